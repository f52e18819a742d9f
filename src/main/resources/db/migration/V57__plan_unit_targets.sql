-- Each unit's share of a plan's count targets that the ward roadmap does not already give (the members
-- of new clubs and, of them, the older members): entered on the plan's page per unit of the plan's scope.
-- New clubs (in all and per year) are the roadmap's. A unit without a share has none: a ward's view then
-- says so instead of judging the ward against the whole plan's figure.
create table plan_unit_target (
    plan_id bigint not null references plan (id),
    unit_id bigint not null references admin_unit (id),
    indicator varchar(60) not null,
    target_value integer not null,
    primary key (plan_id, unit_id, indicator),
    constraint plan_unit_target_value check (target_value >= 0)
);
