-- A person's personal data erased on request (Decree 13/2023/NĐ-CP): the day it was done. The name is then
-- an anonymous label and the identifiers are cleared (vn.ishc.member.Person.erase); the row stays, with
-- what the aggregates need, so memberships, loans and every figure keep pointing at it. Null: not erased.
alter table person add column erased_on date;
