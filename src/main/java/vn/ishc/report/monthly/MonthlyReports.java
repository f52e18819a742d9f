package vn.ishc.report.monthly;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.report.MonthlyReportChanged;
import vn.ishc.report.ReportState;

/** The monthly reports and their steps (tables {@code report_monthly}, {@code report_monthly_step}). */
@Repository
public class MonthlyReports {
    private final JdbcClient jdbc;

    MonthlyReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MonthlyReport> find(long clubId, YearMonth month) {
        record Row(
                long id,
                long clubId,
                long unitId,
                LocalDate reportMonth,
                String state,
                String narrative,
                int version) {}
        Optional<Row> row = jdbc.sql(
                        "select id, club_id, unit_id, report_month, state, narrative, version from report_monthly"
                                + " where club_id = :club and report_month = :month")
                .param("club", clubId)
                .param("month", month.atDay(1))
                .query(Row.class)
                .optional();
        return row.map(r -> new MonthlyReport(
                r.id(),
                r.clubId(),
                r.unitId(),
                YearMonth.from(r.reportMonth()),
                ReportState.valueOf(r.state()),
                r.narrative(),
                r.version(),
                steps(r.id())));
    }

    private List<MonthlyReport.Step> steps(long reportId) {
        return jdbc.sql(
                        "select position, action, done_by, done_at, comment, narrative, content from report_monthly_step"
                                + " where report_id = :id order by position")
                .param("id", reportId)
                .query((rs, n) -> new MonthlyReport.Step(
                        rs.getInt("position"),
                        MonthlyReport.Action.valueOf(rs.getString("action")),
                        rs.getString("done_by"),
                        rs.getTimestamp("done_at").toInstant(),
                        rs.getString("comment"),
                        rs.getString("narrative"),
                        rs.getString("content")))
                .list();
    }

    /**
     * Stores a report's new state and its new steps, if it is still the version that was read (otherwise
     * {@link MonthlyReportChanged}); returns the report as stored.
     */
    public MonthlyReport save(MonthlyReport r) {
        long id;
        if (r.id() == null) {
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into report_monthly (club_id, unit_id, report_month, state, narrative, version)"
                            + " values (:club, :unit, :month, :state, :narrative, 1)")
                    .param("club", r.clubId())
                    .param("unit", r.unitId())
                    .param("month", r.month().atDay(1))
                    .param("state", r.state().name())
                    .param("narrative", r.narrative())
                    .update(key, "id");
            id = key.getKeyAs(Number.class).longValue();
        } else {
            int updated = jdbc.sql("update report_monthly set state = :state, narrative = :narrative,"
                            + " version = version + 1 where id = :id and version = :version")
                    .param("state", r.state().name())
                    .param("narrative", r.narrative())
                    .param("id", r.id())
                    .param("version", r.version())
                    .update();
            if (updated != 1) throw new MonthlyReportChanged("report " + r.id());
            id = r.id();
        }
        for (MonthlyReport.Step s : r.newSteps()) {
            jdbc.sql(
                            "insert into report_monthly_step (report_id, position, action, done_by, done_at, comment,"
                                    + " narrative, content) values (:id, :pos, :action, :by, :at, :comment, :narrative, :content)")
                    .param("id", id)
                    .param("pos", s.position())
                    .param("action", s.action().name())
                    .param("by", s.by())
                    .param("at", Timestamp.from(s.at()))
                    .param("comment", s.comment())
                    .param("narrative", s.narrative())
                    .param("content", s.content())
                    .update();
        }
        return find(r.clubId(), r.month()).orElseThrow();
    }

    /** The state of each given club's report of a month (clubs with no report are left out). */
    public Map<Long, ReportState> states(Collection<Long> clubIds, YearMonth month) {
        Map<Long, ReportState> out = new HashMap<>();
        if (clubIds.isEmpty()) return out;
        String ids = clubIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.sql("select club_id, state from report_monthly where report_month = :month and club_id in (" + ids + ")")
                .param("month", month.atDay(1))
                .query(rs -> {
                    out.put(rs.getLong("club_id"), ReportState.valueOf(rs.getString("state")));
                });
        return out;
    }

    /** The state of a club-month's report as stored now (null: nothing submitted). */
    public ReportState stateOf(long clubId, LocalDate day) {
        return jdbc.sql("select state from report_monthly where club_id = :club and report_month = :month")
                .param("club", clubId)
                .param("month", YearMonth.from(day).atDay(1))
                .query(String.class)
                .optional()
                .map(ReportState::valueOf)
                .orElse(null);
    }

    /** Locks the club's row for the rest of the transaction, making it on first use. */
    public void lockClub(long clubId) {
        jdbc.sql("insert into report_club_lock (club_id) values (:club) on conflict do nothing")
                .param("club", clubId)
                .update();
        jdbc.sql("select club_id from report_club_lock where club_id = :club for update")
                .param("club", clubId)
                .query(Long.class)
                .single();
    }
}
