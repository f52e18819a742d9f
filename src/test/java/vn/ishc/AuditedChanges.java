package vn.ishc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * For the modules' audit tests: runs code as a demo account (as a request would, through the security
 * context) and reads what the audit trail recorded.
 */
public final class AuditedChanges {
    private AuditedChanges() {}

    /** One recorded change: who, the reason, and each field's old and new value. */
    public record Entry(String username, String reason, Long unitId, Map<String, List<String>> changes) {}

    public static void as(UserDetailsService accounts, String username, Runnable work) {
        TestClubs.as(accounts, username, () -> {
            work.run();
            return null;
        });
    }

    /** The latest entry for the record and action, with its field changes (field → [old, new]). */
    public static Entry latest(JdbcClient jdbc, String recordType, Object recordId, String action) {
        Map<String, Object> row = jdbc.sql("select id, username, reason, unit_id from audit_entry where record_type = ?"
                        + " and record_id = ? and action = ? order by id desc limit 1")
                .param(recordType)
                .param(String.valueOf(recordId))
                .param(action)
                .query()
                .singleRow();
        Map<String, List<String>> changes = new LinkedHashMap<>();
        jdbc.sql("select field, old_value, new_value from audit_change where entry_id = ? order by position")
                .param(row.get("id"))
                .query(rs -> {
                    changes.put(
                            rs.getString("field"),
                            java.util.Arrays.asList(rs.getString("old_value"), rs.getString("new_value")));
                });
        return new Entry(
                (String) row.get("username"),
                (String) row.get("reason"),
                row.get("unit_id") == null ? null : ((Number) row.get("unit_id")).longValue(),
                changes);
    }
}
