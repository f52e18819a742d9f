-- fund_capital_v (V43: the capital clubs' loan funds received from a source, read by funding_resource_v and
-- so by the dashboard's RESOURCES_MOBILISED) made cheap on H2. With "e.reverses_id is null", H2 chose the
-- unique index on reverses_id for that condition (which nearly every entry meets) and read the whole ledger
-- through it (103,187 rows for a city: seconds per dashboard on a loaded machine), as V21 found for the
-- other fund views. Ids start at 1, so coalesce(…, 0) = 0 is the same condition as "is null"; the new index
-- on (kind, entry_date) lets both databases read only the CAPITAL entries of the period (EXPLAIN on the
-- generated city: H2 reads fund_entry_kind_idx for kind = 'CAPITAL'). The columns and rows are unchanged.
create index fund_entry_kind_idx on fund_entry (kind, entry_date);

create or replace view fund_capital_v as
select e.id as entry_id, e.club_id, e.source, e.entry_date, e.amount
from fund_entry e
where e.kind = 'CAPITAL'
  and coalesce(e.reverses_id, 0) = 0
  and e.source is not null
  and e.source <> 'RETAINED_INTEREST'
  and not exists (select 1 from fund_entry r where r.reverses_id = e.id);
