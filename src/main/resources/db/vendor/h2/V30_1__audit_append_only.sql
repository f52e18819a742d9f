-- H2: the audit tables refuse updates and deletes (audit.AppendOnlyTrigger, a Java trigger). The one
-- exception is the retention purge (audit.AuditRetention), which deletes old rows after
-- "set @ishc_audit_purge = 'on'" in its session and resets it afterwards.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'vn.ishc.audit.AppendOnlyTrigger';
create trigger audit_change_append_only before update, delete on audit_change
    for each row call 'vn.ishc.audit.AppendOnlyTrigger';
create trigger audit_access_append_only before update, delete on audit_access
    for each row call 'vn.ishc.audit.AppendOnlyTrigger';
