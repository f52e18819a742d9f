package vn.ishc.shared;

import java.util.List;

/**
 * What the audit trail records about one change: the kind of record and its id ({@code "club"}, {@code
 * "42"}), the action (the event's name, e.g. {@code ClubRenamed}), where it lies (the unit and club, for
 * the officers who may read the entry; both null for records of no territory, which only administrators
 * see), the fields changed with their old and new values, and the reason given, if one was asked.
 */
public record AuditRecord(
        String recordType,
        String recordId,
        String action,
        Long unitId,
        Long clubId,
        List<FieldChange> changes,
        String reason) {

    public AuditRecord {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditRecord of(
            String recordType, Object recordId, String action, Long unitId, Long clubId, List<FieldChange> changes) {
        return new AuditRecord(recordType, String.valueOf(recordId), action, unitId, clubId, changes, null);
    }

    public AuditRecord because(String reason) {
        return new AuditRecord(recordType, recordId, action, unitId, clubId, changes, reason);
    }
}
