-- Parts of bench/dashboard-sql/dashboard.sql, each timed alone by SqlTimer --parts, to show where the time
-- goes (same input and parameters; each part reads the view's clubs again, which is cheap).

-- part: clubs of the view with their status on the date and before the plan (OLD_CLUBS_MAINTAINED, UNITS_WITH_CLUB, the active clubs)
select count(*), sum(case when s1 = 'ACTIVE' then 1 else 0 end), sum(case when s0 = 'DISSOLVED' then 1 else 0 end)
from (select c.id,
             (select s.status from club_status_change s where s.club_id = c.id and s.since <= :asOf
              order by s.since desc, s.position desc limit 1) as s1,
             (select s.status from club_status_change s where s.club_id = c.id and s.since <= :beforeStart
              order by s.since desc, s.position desc limit 1) as s0
      from club c where c.unit_id in (:units)) v;

-- part: members on the date, one pass (NEW_CLUB_MEMBERS, NEW_CLUB_OLDER_MEMBERS, DISADVANTAGED_MEMBERS, composition)
select count(*), sum(case when p.sex = 'FEMALE' then 1 else 0 end),
       sum(case when p.birth_date is not null then (case when p.birth_date <= :olderDate then 1 else 0 end)
                else (case when p.birth_year <= :olderYear then 1 else 0 end) end),
       sum(case when p.household_status in ('POOR', 'NEAR_POOR')
                     or translate(lower(p.ethnicity), 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
                                  'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy') <> 'kinh'
                     or p.disability = true or p.lives_alone = true then 1 else 0 end)
from membership m join person p on p.id = m.person_id join club c on c.id = m.club_id
where c.unit_id in (:units) and m.joined_on <= :asOf and (m.left_on is null or m.left_on >= :asOf);

-- part: members on the date with a loan disbursed in the period so far (MEMBERS_WITH_LOANS)
select count(*)
from membership m join club c on c.id = m.club_id
where c.unit_id in (:units) and m.joined_on <= :asOf and (m.left_on is null or m.left_on >= :asOf)
  and exists (select 1 from fund_loan l
              where l.person_id = m.person_id and l.disbursed_on between :start and :upTo
                and exists (select 1 from fund_entry e
                            where e.loan_id = l.id and e.kind in ('DISBURSEMENT', 'OPENING_LOAN')
                              and coalesce(e.reverses_id, 0) = 0
                              and not exists (select 1 from fund_entry r where r.reverses_id = e.id))
              offset 0);

-- part: clubs with both funds established on the date, under regulations (CLUBS_WITH_BOTH_FUNDS numerator, all view clubs)
select count(*)
from club c
where c.unit_id in (:units) and c.regulations_adopted_on <= :asOf
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
              offset 0);

-- part: new clubs per year (NEW_CLUBS_YEAR, NEW_CLUBS)
select extract(year from c.founded_on) as yr, count(*) as num
from club c
where c.unit_id in (:units) and c.founded_on between :start and :upTo
group by extract(year from c.founded_on);
