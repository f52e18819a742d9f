package vn.ishc.audit;

import java.time.LocalDate;

/**
 * The audit screens' filters, each optional: the kind of record (or, in the access log, the kind of
 * view), the action (changes only, e.g. {@code TAKEN} of a backup), the record's id (in the access log, a
 * person's id), the username, and a date range (inclusive).
 */
public record AuditQuery(
        String recordType,
        String action,
        String recordId,
        String username,
        LocalDate from,
        LocalDate to,
        int page,
        int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 1_000_000);
    }

    /** The filters of the audit screens, every action. */
    public AuditQuery(
            String recordType, String recordId, String username, LocalDate from, LocalDate to, int page, int size) {
        this(recordType, null, recordId, username, from, to, page, size);
    }
}
