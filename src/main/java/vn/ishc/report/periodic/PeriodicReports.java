package vn.ishc.report.periodic;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The periodic reports' storage: a report row and its narrative revisions. */
@Repository
class PeriodicReports {
    private static final String SELECT = "select id, kind, period_year, period_no, unit_id, era, plan_id, document_no,"
            + " created_by, created_at, version from report_periodic";

    private final JdbcClient jdbc;

    PeriodicReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new report and returns its id. */
    long insert(PeriodicReport r) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into report_periodic (kind, period_year, period_no, unit_id, era, plan_id, document_no,"
                        + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        r.kind().name(),
                        r.year(),
                        r.number(),
                        r.unitId(),
                        r.era(),
                        r.planId(),
                        r.documentNo(),
                        r.createdBy(),
                        Timestamp.from(r.createdAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Stores what {@link PeriodicReport#write} changed, if the stored version is still {@code readVersion}
     * (another save in between is refused, also when two saves race).
     */
    void saveNarrative(PeriodicReport r, int readVersion, List<NarrativeSection> changed) {
        int n = jdbc.sql("update report_periodic set version = ?, document_no = ? where id = ? and version = ?")
                .params(r.version(), r.documentNo(), r.id(), readVersion)
                .update();
        if (n != 1) throw new PeriodicReportEditedConcurrently(r.id());
        for (NarrativeSection s : changed) {
            PeriodicReport.Revision latest = r.revisions().stream()
                    .filter(v -> v.section() == s)
                    .reduce((a, b) -> b)
                    .orElseThrow();
            jdbc.sql("insert into report_narrative (report_id, section, revision, body, saved_by, saved_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            r.id(),
                            s.name(),
                            latest.revision(),
                            latest.body(),
                            latest.savedBy(),
                            Timestamp.from(latest.savedAt()))
                    .update();
        }
    }

    Optional<PeriodicReport> find(long id) {
        List<PeriodicReport> found = load(SELECT + " where id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** Whether a report of the same kind, period, unit, era and plan exists. */
    boolean exists(PeriodicReport r) {
        return jdbc.sql("select count(*) from report_periodic where kind = ? and period_year = ? and period_no = ?"
                                + " and unit_id = ? and era = ? and plan_id = ?")
                        .params(r.kind().name(), r.year(), r.number(), r.unitId(), r.era(), r.planId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The reports of the units whose ids the SQL condition on {@code unit_id} keeps, newest period first. */
    List<PeriodicReport> ofUnits(String unitCondition) {
        return load(
                SELECT + " where " + unitCondition + " order by period_year desc, kind, period_no desc, id desc",
                List.of());
    }

    private List<PeriodicReport> load(String sql, List<Object> params) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            rows.add(new Object[] {
                rs.getLong("id"),
                PeriodKind.valueOf(rs.getString("kind")),
                rs.getInt("period_year"),
                rs.getInt("period_no"),
                rs.getLong("unit_id"),
                rs.getString("era"),
                rs.getLong("plan_id"),
                rs.getString("document_no"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version")
            });
        });
        if (rows.isEmpty()) return List.of();
        Map<Long, List<PeriodicReport.Revision>> revisions = new HashMap<>();
        String ids = rows.stream().map(r -> String.valueOf(r[0])).collect(java.util.stream.Collectors.joining(","));
        jdbc.sql("select report_id, section, revision, body, saved_by, saved_at from report_narrative"
                        + " where report_id in (" + ids + ") order by report_id, section, revision")
                .query(rs -> {
                    revisions
                            .computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                            .add(new PeriodicReport.Revision(
                                    NarrativeSection.valueOf(rs.getString("section")),
                                    rs.getInt("revision"),
                                    rs.getString("body"),
                                    rs.getString("saved_by"),
                                    rs.getTimestamp("saved_at").toInstant()));
                });
        List<PeriodicReport> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new PeriodicReport(
                    (Long) r[0],
                    (PeriodKind) r[1],
                    (Integer) r[2],
                    (Integer) r[3],
                    (Long) r[4],
                    (String) r[5],
                    (Long) r[6],
                    (String) r[7],
                    (String) r[8],
                    (Instant) r[9],
                    (Integer) r[10],
                    revisions.getOrDefault((Long) r[0], List.of())));
        }
        return out;
    }
}
