package vn.ishc.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.PersonalDataViewed;

/**
 * Writes the audit trail and the access log, and reads them for the screens. The listeners run
 * synchronously in the publisher's transaction (plain {@code @EventListener}, not after commit), so a
 * change and its entry are saved or rolled back together. Nothing here updates or deletes an entry (the
 * database would refuse it); only {@link AuditRetention} removes entries past the retention period.
 */
@Service
public class AuditTrail {
    /** At most this many person ids are kept with one view (the count is always kept). */
    static final int MAX_PERSON_IDS = 1000;

    private static final int MAX_VALUE = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CurrentUser user;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JdbcTemplate batch, CurrentUser user, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.user = user;
        this.clock = clock;
    }

    @EventListener
    void changed(Audited event) {
        AuditRecord r = event.audit();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into audit_entry (at, username, address, record_type, record_id, action, unit_id, club_id,"
                                + " reason) values (:at, :username, :address, :type, :recordId, :action, :unit, :club, :reason)")
                .param("at", LocalDateTime.now(clock))
                .param("username", user.name())
                .param("address", address())
                .param("type", r.recordType())
                .param("recordId", r.recordId())
                .param("action", r.action())
                .param("unit", r.unitId())
                .param("club", r.clubId())
                .param("reason", cut(r.reason(), 1000))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        List<Object[]> rows = new ArrayList<>(r.changes().size());
        for (FieldChange c : r.changes()) {
            rows.add(new Object[] {
                id, rows.size(), cut(c.field(), 100), cut(c.before(), MAX_VALUE), cut(c.after(), MAX_VALUE)
            });
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(
                    "insert into audit_change (entry_id, position, field, old_value, new_value) values (?, ?, ?, ?, ?)",
                    rows);
        }
    }

    @EventListener
    void viewed(PersonalDataViewed event) {
        List<Long> ids = List.copyOf(event.personIds());
        String kept = ids.isEmpty()
                ? null
                : ids.stream().limit(MAX_PERSON_IDS).map(String::valueOf).collect(Collectors.joining(",", ",", ","));
        jdbc.sql("insert into audit_access (at, username, address, what, subject, unit_id, club_id, person_count,"
                        + " person_ids) values (:at, :username, :address, :what, :subject, :unit, :club, :count, :ids)")
                .param("at", LocalDateTime.now(clock))
                .param("username", user.name())
                .param("address", address())
                .param("what", event.what())
                .param("subject", cut(event.subject(), 1000))
                .param("unit", event.unitId())
                .param("club", event.clubId())
                .param("count", ids.size())
                .param("ids", kept)
                .update();
    }

    /** The client's address: with {@code server.forward-headers-strategy=framework} already the forwarded one. */
    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest request = a.getRequest();
            return cut(request.getRemoteAddr(), 100);
        }
        return null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ---- reading ----

    /** Whether the current user may read the trail at all. */
    public boolean mayRead() {
        return user.mayReadAudit();
    }

    /** One page of changes in the caller's scope, newest first. */
    public AuditPage<AuditEntry> changes(AuditQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params, "record_type", "record_id");
        long total = jdbc.sql("select count(*) from audit_entry e where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> rows = new ArrayList<>();
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        jdbc.sql("select * from audit_entry e where " + where + " order by e.at desc, e.id desc limit :limit offset"
                        + " :offset")
                .params(params)
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query(rs -> {
                    List<FieldChange> list = new ArrayList<>();
                    changes.put(rs.getLong("id"), list);
                    rows.add(entry(rs, list));
                });
        if (!changes.isEmpty()) {
            jdbc.sql("select entry_id, field, old_value, new_value from audit_change where entry_id in ("
                            + changes.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                            + ") order by entry_id, position")
                    .query(rs -> {
                        changes.get(rs.getLong("entry_id"))
                                .add(new FieldChange(
                                        rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
                    });
        }
        return new AuditPage<>(rows, total, q.page(), q.size());
    }

    /** One page of the access log in the caller's scope, newest first; the record id filters by person. */
    public AuditPage<AccessEntry> views(AuditQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params, "what", null);
        long total = jdbc.sql("select count(*) from audit_access e where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AccessEntry> rows = jdbc.sql("select * from audit_access e where " + where
                        + " order by e.at desc, e.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query((rs, n) -> new AccessEntry(
                        rs.getLong("id"),
                        rs.getObject("at", LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("address"),
                        rs.getString("what"),
                        rs.getString("subject"),
                        (Long) rs.getObject("unit_id", Long.class),
                        (Long) rs.getObject("club_id", Long.class),
                        rs.getInt("person_count"),
                        rs.getString("person_ids")))
                .list();
        return new AuditPage<>(rows, total, q.page(), q.size());
    }

    private String where(AuditQuery q, Map<String, Object> params, String typeColumn, String idColumn) {
        if (!user.mayReadAudit()) throw new AccessDeniedException("may not read the audit trail");
        StringBuilder where = new StringBuilder(user.scope().unitPredicate("e.unit_id", "e.club_id"));
        if (q.recordType() != null && !q.recordType().isBlank()) {
            where.append(" and e.").append(typeColumn).append(" = :type");
            params.put("type", q.recordType().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            if (idColumn == null) throw new IllegalArgumentException("the access log has no actions");
            where.append(" and e.action = :action");
            params.put("action", q.action().strip());
        }
        if (q.recordId() != null && !q.recordId().isBlank()) {
            if (idColumn != null) {
                where.append(" and e.").append(idColumn).append(" = :recordId");
                params.put("recordId", q.recordId().strip());
            } else {
                where.append(" and e.person_ids like :recordId");
                params.put("recordId", "%," + q.recordId().strip() + ",%");
            }
        }
        if (q.username() != null && !q.username().isBlank()) {
            where.append(" and e.username = :username");
            params.put("username", q.username().strip());
        }
        if (q.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", q.from().atStartOfDay());
        }
        if (q.to() != null) {
            where.append(" and e.at < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay());
        }
        return where.toString();
    }

    private static AuditEntry entry(ResultSet rs, List<FieldChange> changes) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("at", LocalDateTime.class),
                rs.getString("username"),
                rs.getString("address"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("action"),
                (Long) rs.getObject("unit_id", Long.class),
                (Long) rs.getObject("club_id", Long.class),
                rs.getString("reason"),
                changes);
    }
}
