-- The dashboard's whole-view figures for one view, written by hand as fast as we can (bench/SqlTimer.java
-- runs it; docs/performance.md). The same text runs on H2 (PostgreSQL mode) and PostgreSQL.
--
-- Input, worked out before the timing from the unit graph as EraMap does (SqlTimer.java):
--   :units      the recording units of the view (a literal list of ids)
--   :rowOf      (recording unit, row unit) for each recording unit that counts under a single unit row
--               (a literal VALUES list; the "formed from several" rows are not units of UNITS_WITH_CLUB)
--   :asOf, :start, :upTo (earlier of the plan's end and asOf), :beforeStart (the day before the start),
--   :olderDate (asOf minus the plan's older age), :olderYear, and the plan's composition bounds;
--   :yearStart, :yearEnd ("the year" of the yearly rules: 1 January of :upTo's year to :upTo) and the plan's
--   :fullyActiveMeetings, :fullyActiveAreas;
--   :ownUnits   the units of the view's territory that are not wards or communes (a literal list of ids:
--               resources given to the city count in the city's view).
-- The caller's scope is not applied: for the root of a scope, the scope (the territory of the scope's
-- unit) contains every recording unit of the view, so it filters nothing.
--
-- Each view club is read once, with its status on the date and the day before the plan, and each club's
-- members on the date once (one pass over their memberships and people), which gives every member figure
-- and the composition. The fund conditions are the bodies of the views fund_loan_disbursed_v and
-- fund_established_v (V9, V21) as semi-joins: "established on or before the date" is "some entry that
-- establishes it is dated on or before it", which stops at the first such entry instead of grouping the
-- club's whole ledger.

-- Statement 1: one row, numerator and denominator of every computed indicator (NEW_CLUBS_YEAR: below).
-- From the inside out: each club of the view joined to its members on the date, grouped by club (k);
-- its status on the date and on the day before the plan, and its row (c); what it counts for (l); the
-- totals. Derived tables and outer joins, not WITH nor a grouped subquery joined to the clubs: H2 expands
-- a WITH query at every reference, and evaluates a grouped subquery joined to the clubs once per club
-- through a poor index (each ten times slower at city scale). The status subqueries sit above the
-- grouping, so that they run once per club and not once per membership. "offset 0" (no effect on the
-- rows) keeps PostgreSQL from pulling the per-club level up into the totals, which copies each status
-- subquery into every expression that uses it, and from turning the EXISTS subqueries into a hashed scan
-- of the whole ledger (it misjudges "coalesce(reverses_id, 0) = 0" as rare), so that each stays an index
-- lookup per member or per club; H2 plans the same text just as well with or without it.
select count(distinct case when l.active = 1 then l.row_id end) as units_with_club_num,
       (select count(distinct r.row_id) from (values :rowOf) as r (unit_id, row_id)) as units_with_club_den,
       coalesce(sum(l.is_new), 0) as new_clubs_num,
       coalesce(sum(l.is_new * l.members), 0) as new_club_members_num,
       coalesce(sum(l.is_new * l.older), 0) as new_club_older_members_num,
       coalesce(sum(l.is_old * l.active), 0) as old_clubs_maintained_num,
       coalesce(sum(l.is_old), 0) as old_clubs_maintained_den,
       coalesce(sum(l.active * l.composition_ok), 0) as clubs_composition_ok_num,
       coalesce(sum(l.active), 0) as clubs_composition_ok_den,
       coalesce(sum(l.borrowers), 0) as members_with_loans_num,
       coalesce(sum(l.members), 0) as members_with_loans_den,
       coalesce(sum(l.both_funds), 0) as clubs_with_both_funds_num,
       coalesce(sum(l.active), 0) as clubs_with_both_funds_den,
       coalesce(sum(l.disadvantaged), 0) as disadvantaged_members_num,
       coalesce(sum(l.members), 0) as disadvantaged_members_den,
       coalesce(sum(l.active * l.fully_active * l.well_managed), 0) as clubs_fully_active_well_managed_num,
       coalesce(sum(l.active), 0) as clubs_fully_active_well_managed_den,
       coalesce(sum(l.active * l.trained * l.monitored), 0) as clubs_trained_monitored_num,
       coalesce(sum(l.active), 0) as clubs_trained_monitored_den
from (
    -- What each club of the view counts for.
    select c.row_id, c.members, c.older, c.disadvantaged, c.borrowers,
           case when c.founded_on between :start and :upTo then 1 else 0 end as is_new,
           case when c.founded_on < :start and coalesce(c.status_before, 'ACTIVE') <> 'DISSOLVED' then 1 else 0 end
               as is_old,
           case when c.status_now = 'ACTIVE' then 1 else 0 end as active,
           -- every composition rule of the plan, bounds inclusive, in whole numbers; no members: none met
           case when c.members > 0 and c.members >= :membersMin and c.members <= :membersMax
                     and c.women * 100 >= :womenMin * c.members and c.women * 100 <= :womenMax * c.members
                     and c.older * 100 >= :olderMin * c.members and c.older * 100 <= :olderMax * c.members
                     and (c.members - c.older) * 100 >= :youngerMin * c.members
                     and (c.members - c.older) * 100 <= :youngerMax * c.members then 1 else 0 end as composition_ok,
           -- active, regulations adopted, and each fund established (fund_established_v) on or before the date
           case when c.status_now = 'ACTIVE' and c.regulations_adopted_on <= :asOf
                     and exists (select 1 from fund_entry e
                            where e.club_id = c.id and e.fund = 'LOAN_FUND' and e.entry_date <= :asOf
                              and e.kind in ('CAPITAL', 'OPENING_CAPITAL', 'OPENING_BALANCE', 'MEMBERSHIP_FEE',
                                             'GOLDEN_HEART_DONATION', 'INTEREST_SHARE', 'FUND_RAISING', 'OTHER_RECEIPT')
                              and coalesce(e.reverses_id, 0) = 0
                              and not exists (select 1 from fund_entry r where r.reverses_id = e.id)
                            offset 0)
                     and exists (select 1 from fund_entry e
                            where e.club_id = c.id and e.fund = 'ACTIVITY_FUND' and e.entry_date <= :asOf
                              and e.kind in ('CAPITAL', 'OPENING_CAPITAL', 'OPENING_BALANCE', 'MEMBERSHIP_FEE',
                                             'GOLDEN_HEART_DONATION', 'INTEREST_SHARE', 'FUND_RAISING', 'OTHER_RECEIPT')
                              and coalesce(e.reverses_id, 0) = 0
                              and not exists (select 1 from fund_entry r where r.reverses_id = e.id)
                            offset 0)
                then 1 else 0 end as both_funds,
           -- fully active in the year: meetings held (not reversed) in enough months, records in enough of
           -- the 8 areas (activities not cancelled, health checks, home-care visits, cases by their kind)
           case when c.status_now = 'ACTIVE'
                     and (select count(distinct extract(month from h.held_on)) from meeting h
                          where h.club_id = c.id and h.reversed_on is null
                            and h.held_on between :yearStart and :yearEnd) >= :fullyActiveMeetings
                     -- each of the 8 areas with a record in the year counts once (no derived table that
                     -- refers to the club: H2 cannot correlate one)
                     and (case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'INCOME' and a.held_on between :yearStart and :yearEnd) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'HEALTH' and a.held_on between :yearStart and :yearEnd)
                                or exists (select 1 from health_check hc where hc.club_id = c.id and hc.checked_on between :yearStart and :yearEnd) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'HOME_CARE' and a.held_on between :yearStart and :yearEnd)
                                or exists (select 1 from care_visit cv where cv.club_id = c.id and cv.visited_on between :yearStart and :yearEnd) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'SELF_HELP' and a.held_on between :yearStart and :yearEnd)
                                or exists (select 1 from help_case k where k.club_id = c.id and k.opened_on between :yearStart and :yearEnd
                                           and k.kind not in ('SOCIAL_ALLOWANCE', 'HEALTH_INSURANCE_CARD', 'LEGAL_ADVICE')) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'RIGHTS' and a.held_on between :yearStart and :yearEnd)
                                or exists (select 1 from help_case k where k.club_id = c.id and k.opened_on between :yearStart and :yearEnd
                                           and k.kind in ('SOCIAL_ALLOWANCE', 'HEALTH_INSURANCE_CARD', 'LEGAL_ADVICE')) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'COMMUNICATION' and a.held_on between :yearStart and :yearEnd) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'CULTURE_SPORTS' and a.held_on between :yearStart and :yearEnd) then 1 else 0 end
                          + case when exists (select 1 from activity a where a.club_id = c.id and a.cancelled_on is null and a.area_code = 'RESOURCES' and a.held_on between :yearStart and :yearEnd) then 1 else 0 end) >= :fullyActiveAreas
                then 1 else 0 end as fully_active,
           -- well managed: the latest visit of the year good, regulations and both funds by the year's last day
           case when (select v.rating from monitoring_visit v where v.club_id = c.id and v.cancelled_on is null
                        and v.visited_on between :yearStart and :yearEnd
                      order by v.visited_on desc, v.id desc limit 1) = 'GOOD'
                     and c.regulations_adopted_on <= :yearEnd
                     and exists (select 1 from fund_entry e
                            where e.club_id = c.id and e.fund = 'LOAN_FUND' and e.entry_date <= :yearEnd
                              and e.kind in ('CAPITAL', 'OPENING_CAPITAL', 'OPENING_BALANCE', 'MEMBERSHIP_FEE',
                                             'GOLDEN_HEART_DONATION', 'INTEREST_SHARE', 'FUND_RAISING', 'OTHER_RECEIPT')
                              and coalesce(e.reverses_id, 0) = 0
                              and not exists (select 1 from fund_entry r where r.reverses_id = e.id)
                            offset 0)
                     and exists (select 1 from fund_entry e
                            where e.club_id = c.id and e.fund = 'ACTIVITY_FUND' and e.entry_date <= :yearEnd
                              and e.kind in ('CAPITAL', 'OPENING_CAPITAL', 'OPENING_BALANCE', 'MEMBERSHIP_FEE',
                                             'GOLDEN_HEART_DONATION', 'INTEREST_SHARE', 'FUND_RAISING', 'OTHER_RECEIPT')
                              and coalesce(e.reverses_id, 0) = 0
                              and not exists (select 1 from fund_entry r where r.reverses_id = e.id)
                            offset 0)
                then 1 else 0 end as well_managed,
           -- trained: a board member attended a session (not cancelled) starting in the year
           case when exists (select 1 from training_participant tp
                             join training_session ts on ts.id = tp.session_id
                             where tp.club_id = c.id and ts.cancelled_on is null
                               and ts.starts_on between :yearStart and :yearEnd
                               and tp.role in ('CHAIR', 'VICE_CHAIR', 'TREASURER', 'SECRETARY', 'TEAM_LEADER', 'MEMBER'))
                then 1 else 0 end as trained,
           -- monitored: a visit (not cancelled) in the year
           case when exists (select 1 from monitoring_visit v where v.club_id = c.id and v.cancelled_on is null
                               and v.visited_on between :yearStart and :yearEnd)
                then 1 else 0 end as monitored
    from (
        -- Each club's status on the date and on the day before the plan (the latest entry on or before
        -- it), and the row of the view it counts under (none for a "formed from several" row).
        select k.*, r.row_id,
               (select s.status from club_status_change s where s.club_id = k.id and s.since <= :asOf
                order by s.since desc, s.position desc limit 1) as status_now,
               (select s.status from club_status_change s where s.club_id = k.id and s.since <= :beforeStart
                order by s.since desc, s.position desc limit 1) as status_before
        from (
            -- Each club of the view with its members on the date: one pass over their memberships and people.
            select v.id, v.unit_id, v.founded_on, v.regulations_adopted_on,
                   count(p.id) as members,
                   sum(case when p.sex = 'FEMALE' then 1 else 0 end) as women,
                   sum(case when p.birth_date is not null then (case when p.birth_date <= :olderDate then 1 else 0 end)
                            else (case when p.birth_year <= :olderYear then 1 else 0 end) end) as older,
                   sum(case when p.household_status in ('POOR', 'NEAR_POOR')
                                 or translate(lower(p.ethnicity), 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
                                              'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy') <> 'kinh'
                                 or p.disability = true or p.lives_alone = true then 1 else 0 end) as disadvantaged,
                   -- a loan paid out to the person (in any club) in the period so far (fund_loan_disbursed_v)
                   sum(case when exists (
                           select 1 from fund_loan fl
                           where fl.person_id = p.id and fl.disbursed_on between :start and :upTo
                             and exists (select 1 from fund_entry e
                                         where e.loan_id = fl.id and e.kind in ('DISBURSEMENT', 'OPENING_LOAN')
                                           and coalesce(e.reverses_id, 0) = 0
                                           and not exists (select 1 from fund_entry r where r.reverses_id = e.id))
                           offset 0)
                            then 1 else 0 end) as borrowers
            from club v
            left join membership m
                on m.club_id = v.id and m.joined_on <= :asOf and (m.left_on is null or m.left_on >= :asOf)
            left join person p on p.id = m.person_id
            where v.unit_id in (:units)
            group by v.id, v.unit_id, v.founded_on, v.regulations_adopted_on
        ) k
        left join (values :rowOf) as r (unit_id, row_id) on r.unit_id = k.unit_id
        offset 0
    ) c
) l;

-- Statement 2: NEW_CLUBS_YEAR, the clubs founded in each calendar year of the plan period so far.
select extract(year from c.founded_on) as yr, count(*) as num
from club c
where c.unit_id in (:units) and c.founded_on between :start and :upTo
group by extract(year from c.founded_on);

-- Statement 3: RESOURCES_MOBILISED, the money mobilised in the plan period so far: the funding entries not
-- cancelled and the loan-fund capital clubs received from a source (not reversed), each once, given to a
-- club or unit of the view or to a higher unit of its territory (funding_resource_v).
select coalesce(sum(x.amount), 0) as resources_mobilised_num
from (
    select f.amount from funding_entry f
    where f.cancelled_on is null and f.received_on between :start and :upTo
      and f.recipient_unit_id in (:units, :ownUnits)
    union all
    select e.amount from fund_entry e join club k on k.id = e.club_id
    where e.kind = 'CAPITAL' and e.reverses_id is null and e.source is not null and e.source <> 'RETAINED_INTEREST'
      and e.entry_date between :start and :upTo and k.unit_id in (:units)
      and not exists (select 1 from fund_entry r where r.reverses_id = e.id)
) x;
