-- The plan module's two fund views, as in V9, written so that H2 reads a loan's entries through
-- fund_entry_loan_idx and a club's through fund_entry_club_idx. With "e.reverses_id is null", H2 chose the
-- unique index on reverses_id for that condition (which nearly every entry meets) and scanned the whole
-- ledger for each loan: seconds for the dashboard of a city. Ids start at 1, so coalesce(…, 0) = 0 is
-- the same condition as "is null". The columns are unchanged.
create or replace view fund_loan_disbursed_v as
select l.id as loan_id, l.club_id, l.person_id, l.disbursed_on
from fund_loan l
where l.disbursed_on is not null
  and exists (
    select 1 from fund_entry e
    where e.loan_id = l.id and e.kind in ('DISBURSEMENT', 'OPENING_LOAN') and coalesce(e.reverses_id, 0) = 0
      and not exists (select 1 from fund_entry r where r.reverses_id = e.id));

create or replace view fund_established_v as
select e.club_id, e.fund, min(e.entry_date) as established_on
from fund_entry e
where coalesce(e.reverses_id, 0) = 0
  and e.kind in ('CAPITAL', 'OPENING_CAPITAL', 'OPENING_BALANCE', 'MEMBERSHIP_FEE', 'GOLDEN_HEART_DONATION',
                 'INTEREST_SHARE', 'FUND_RAISING', 'OTHER_RECEIPT')
  and not exists (select 1 from fund_entry r where r.reverses_id = e.id)
group by e.club_id, e.fund;
