-- The rows of a pending member import are kept in one value of the import (MemberImportRows: the
-- column names, then each row's Excel row number and cell texts) instead of one table row per sheet
-- row: an upload of 10,000 rows writes one value, and saving or discarding clears it. Imports pending
-- now are discarded with their rows (drafts, at most a week old, that are uploaded again in a minute);
-- their headers stay.
alter table member_import add column row_data bytea;
update member_import set status = 'DISCARDED', version = version + 1 where status = 'PREVIEW';
drop table member_import_row;
