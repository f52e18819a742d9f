package vn.ishc.oversight.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies, their duties and their tasks ({@code agency}, {@code agency_duty}, {@code agency_task}). */
@Repository
class AgencyTasks {
    private static final String SELECT = "select id, agency_code, unit_id, duty_code, task_year, title, status, due_on,"
            + " done_on, evidence_note, evidence_document, evidence_kind, evidence_id, recorded_by, recorded_at,"
            + " changed_by, changed_at, version from agency_task";

    private final JdbcClient jdbc;

    AgencyTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> agencies() {
        return jdbc.sql("select code, position, plan_section, per_unit, label_vi, label_en from agency"
                        + " order by position, code")
                .query((rs, n) -> new Agency(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    List<Duty> duties() {
        return jdbc.sql("select d.code, d.agency_code, d.position, d.text_vi, d.text_en from agency_duty d"
                        + " join agency a on a.code = d.agency_code order by a.position, d.position")
                .query((rs, n) ->
                        new Duty(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    Optional<AgencyTask> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(AgencyTasks::row)
                .optional();
    }

    List<AgencyTask> ofYear(int year) {
        return jdbc.sql(SELECT + " where task_year = :y order by agency_code, unit_id, duty_code, id")
                .param("y", year)
                .query(AgencyTasks::row)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from agency_task").query(Long.class).single();
    }

    /** The id of a standing resource entry of a unit's budget line of a year, for the demo's evidence. */
    Long budgetLineOf(long unitId, int year) {
        return jdbc.sql("select min(v.entry_id) from funding_resource_v v where v.origin = 'ENTRY'"
                        + " and v.kind = 'BUDGET_LINE' and v.unit_id = :u and extract(year from v.received_on) = :y")
                .param("u", unitId)
                .param("y", year)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    void insert(AgencyTask t) {
        jdbc.sql("""
                        insert into agency_task (agency_code, unit_id, duty_code, task_year, title, status, due_on,
                            recorded_by, recorded_at, version)
                        values (:agency, :unit, :duty, :year, :title, :status, :due, :by, :at, 0)""")
                .param("agency", t.agencyCode())
                .param("unit", t.unitId())
                .param("duty", t.dutyCode())
                .param("year", t.year())
                .param("title", t.title())
                .param("status", t.status().name())
                .param("due", t.dueOn())
                .param("by", t.recordedBy())
                .param("at", Timestamp.from(t.recordedAt()))
                .update();
    }

    boolean update(AgencyTask t) {
        return jdbc.sql("""
                        update agency_task set status = :status, due_on = :due, done_on = :done,
                            evidence_note = :note, evidence_document = :doc, evidence_kind = :kind,
                            evidence_id = :evidence, changed_by = :by, changed_at = :at, version = version + 1
                        where id = :id and version = :version""")
                        .param("status", t.status().name())
                        .param("due", t.dueOn())
                        .param("done", t.doneOn())
                        .param("note", t.evidenceNote())
                        .param("doc", t.evidenceDocument())
                        .param(
                                "kind",
                                t.evidenceKind() == null
                                        ? null
                                        : t.evidenceKind().name())
                        .param("evidence", t.evidenceId())
                        .param("by", t.changedBy())
                        .param("at", t.changedAt() == null ? null : Timestamp.from(t.changedAt()))
                        .param("id", t.id())
                        .param("version", t.version())
                        .update()
                == 1;
    }

    static AgencyTask row(ResultSet rs, int n) throws SQLException {
        java.sql.Date due = rs.getDate("due_on");
        java.sql.Date done = rs.getDate("done_on");
        String kind = rs.getString("evidence_kind");
        Timestamp changed = rs.getTimestamp("changed_at");
        return new AgencyTask(
                rs.getLong("id"),
                rs.getString("agency_code"),
                rs.getObject("unit_id", Long.class),
                rs.getString("duty_code"),
                rs.getInt("task_year"),
                rs.getString("title"),
                TaskStatus.valueOf(rs.getString("status")),
                due == null ? null : due.toLocalDate(),
                done == null ? null : done.toLocalDate(),
                rs.getString("evidence_note"),
                rs.getString("evidence_document"),
                kind == null ? null : EvidenceKind.valueOf(kind),
                rs.getObject("evidence_id", Long.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("changed_by"),
                changed == null ? null : changed.toInstant(),
                rs.getInt("version"));
    }
}
