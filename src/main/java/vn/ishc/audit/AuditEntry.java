package vn.ishc.audit;

import java.time.LocalDateTime;
import java.util.List;
import vn.ishc.shared.FieldChange;

/** One recorded change, as the audit screen shows it. */
public record AuditEntry(
        long id,
        LocalDateTime at,
        String username,
        String address,
        String recordType,
        String recordId,
        String action,
        Long unitId,
        Long clubId,
        String reason,
        List<FieldChange> changes) {}
