-- The fund module's views for the plan module's indicators, made cheap to ask per club and per member.
--
-- fund_loan_disbursed_v: loans paid out and not reversed. The loan itself says so: disbursing sets
-- fund_loan.disbursed_on in the same transaction as the DISBURSEMENT entry, reversing the disbursement
-- clears it again (fund.loan.Loan, and FundServiceTest checks the view after a reversal through the
-- service), and an opening loan is outstanding from its cut-off day. Reading the ledger for every loan, as
-- V9 and V21 did, cost a scan of the whole ledger on PostgreSQL once the plan used a hash of all loans.
--
-- fund_receipt_v: the money a club's funds received (non-reversed receipts), one row per entry. An
-- exists over it stops at a club's first receipt through fund_entry_club_idx (club_id, fund, entry_date),
-- where the grouped fund_established_v makes the database find the earliest receipt of every fund first.
-- fund_established_v is now these rows grouped; its columns and rows are unchanged.
create or replace view fund_loan_disbursed_v as
select l.id as loan_id, l.club_id, l.person_id, l.disbursed_on
from fund_loan l
where l.disbursed_on is not null;

create or replace view fund_receipt_v as
select e.club_id, e.fund, e.entry_date
from fund_entry e
where coalesce(e.reverses_id, 0) = 0
  and e.kind in ('CAPITAL', 'OPENING_CAPITAL', 'OPENING_BALANCE', 'MEMBERSHIP_FEE', 'GOLDEN_HEART_DONATION',
                 'INTEREST_SHARE', 'FUND_RAISING', 'OTHER_RECEIPT')
  and not exists (select 1 from fund_entry r where r.reverses_id = e.id);

create or replace view fund_established_v as
select f.club_id, f.fund, min(f.entry_date) as established_on
from fund_receipt_v f
group by f.club_id, f.fund;
