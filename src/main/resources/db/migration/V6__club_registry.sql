-- The club registry (R2): founding decision, phase, meeting day, regulations, initial support,
-- status history and board.
alter table club add column decision_number varchar(50);
alter table club add column decision_date date;
alter table club add column decision_issuer varchar(200);
alter table club add column phase_override varchar(30);
alter table club add column phase_override_reason varchar(500);
alter table club add column meeting_day integer;
alter table club add column regulations_adopted_on date;
alter table club add column initial_fund_capital bigint;
alter table club add column initial_equipment varchar(1000);
alter table club add constraint club_meeting_day check (meeting_day is null or (meeting_day between 1 and 31));
alter table club add constraint club_initial_fund check (initial_fund_capital is null or initial_fund_capital >= 0);

-- Status over time: the latest entry (by position) is the current status.
create table club_status_change (
    club_id bigint not null references club (id),
    position integer not null,
    status varchar(20) not null,
    since date not null,
    reason varchar(500),
    primary key (club_id, position)
);

create table club_board_member (
    club_id bigint not null references club (id),
    position integer not null,
    full_name varchar(200) not null,
    role varchar(30) not null,
    since date,
    until date,
    primary key (club_id, position)
);

-- Clubs already recorded start active on their founding date.
insert into club_status_change (club_id, position, status, since, reason)
select id, 0, 'ACTIVE', coalesce(founded_on, date '2016-01-01'), null from club;
