-- PostgreSQL: the audit tables refuse updates, deletes and truncation. The one exception is the retention
-- purge (audit.AuditRetention), which deletes old rows in a transaction that first ran
-- "select set_config('ishc.audit_purge', 'on', true)" (a setting local to that transaction).
create function audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('ishc.audit_purge', true), '') = 'on' then
        return old;
    end if;
    raise exception 'The audit trail is append-only: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_append_only();
create trigger audit_change_append_only before update or delete on audit_change
    for each row execute function audit_append_only();
create trigger audit_access_append_only before update or delete on audit_access
    for each row execute function audit_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_append_only();
create trigger audit_change_no_truncate before truncate on audit_change
    for each statement execute function audit_append_only();
create trigger audit_access_no_truncate before truncate on audit_access
    for each statement execute function audit_append_only();
