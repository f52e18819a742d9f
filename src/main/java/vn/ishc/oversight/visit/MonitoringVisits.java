package vn.ishc.oversight.visit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ishc.oversight.OversightEditedConcurrently;
import vn.ishc.oversight.Rating;
import vn.ishc.oversight.RatingThresholds;
import vn.ishc.oversight.visit.MonitoringVisit.FollowUp;
import vn.ishc.oversight.visit.MonitoringVisit.Score;

/** The visits' storage (visit, scores, follow-ups) and the checklists (defaults, per plan, thresholds). */
@Repository
public class MonitoringVisits {
    private static final String SELECT = "select v.id, v.club_id, v.plan_id, v.visited_on, v.visitors, v.findings,"
            + " v.score, v.max_score, v.rating, v.cancelled_on, v.cancel_reason, v.recorded_by, v.recorded_at,"
            + " v.version from monitoring_visit v";

    private final JdbcClient jdbc;

    MonitoringVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- visits ----

    MonitoringVisit insert(MonitoringVisit v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into monitoring_visit (club_id, plan_id, visited_on, visitors, findings, score, max_score,
                            rating, recorded_by, recorded_at, version)
                        values (:club, :plan, :on, :visitors, :findings, :score, :max, :rating, :by, :at, 0)""")
                .param("club", v.clubId())
                .param("plan", v.planId())
                .param("on", v.visitedOn())
                .param("visitors", v.visitors())
                .param("findings", v.findings(), Types.VARCHAR)
                .param("score", v.score())
                .param("max", v.maxScore())
                .param("rating", v.rating().name())
                .param("by", v.recordedBy())
                .param("at", Timestamp.from(v.recordedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Score s : v.scores()) {
            jdbc.sql("""
                            insert into monitoring_visit_score (visit_id, item_code, position, label_vi, label_en, score,
                                max_score, note)
                            values (:visit, :code, :position, :vi, :en, :score, :max, :note)""")
                    .param("visit", id)
                    .param("code", s.code())
                    .param("position", s.position())
                    .param("vi", s.labelVi())
                    .param("en", s.labelEn())
                    .param("score", s.score())
                    .param("max", s.maxScore())
                    .param("note", s.note(), Types.VARCHAR)
                    .update();
        }
        List<FollowUp> saved = new ArrayList<>();
        for (FollowUp f : v.followUps()) {
            var fk = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into monitoring_follow_up (visit_id, action, responsible, due_on, closed_on,
                                closed_note, closed_by, version)
                            values (:visit, :action, :responsible, :due, :closedOn, :note, :by, 0)""")
                    .param("visit", id)
                    .param("action", f.action())
                    .param("responsible", f.responsible(), Types.VARCHAR)
                    .param("due", f.dueOn())
                    .param("closedOn", f.closedOn(), Types.DATE)
                    .param("note", f.closedNote(), Types.VARCHAR)
                    .param("by", f.closedBy(), Types.VARCHAR)
                    .update(fk, "id");
            saved.add(new FollowUp(
                    fk.getKey().longValue(),
                    f.action(),
                    f.responsible(),
                    f.dueOn(),
                    f.closedOn(),
                    f.closedNote(),
                    f.closedBy(),
                    0));
        }
        return v.withIds(id, saved);
    }

    void cancel(MonitoringVisit v) {
        int n = jdbc.sql("update monitoring_visit set cancelled_on = :on, cancel_reason = :reason,"
                        + " version = version + 1 where id = :id and version = :version")
                .param("on", v.cancelledOn())
                .param("reason", v.cancelReason())
                .param("id", v.id())
                .param("version", v.version())
                .update();
        if (n != 1) throw new OversightEditedConcurrently("visit " + v.id());
    }

    void close(FollowUp f) {
        int n = jdbc.sql("update monitoring_follow_up set closed_on = :on, closed_note = :note, closed_by = :by,"
                        + " version = version + 1 where id = :id and version = :version and closed_on is null")
                .param("on", f.closedOn())
                .param("note", f.closedNote(), Types.VARCHAR)
                .param("by", f.closedBy())
                .param("id", f.id())
                .param("version", f.version())
                .update();
        if (n != 1) throw new OversightEditedConcurrently("follow-up " + f.id());
    }

    Optional<MonitoringVisit> find(long id) {
        return load(SELECT + " where v.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The visit a follow-up belongs to. */
    Optional<Long> visitOf(long followUpId) {
        return jdbc.sql("select visit_id from monitoring_follow_up where id = ?")
                .param(followUpId)
                .query(Long.class)
                .optional();
    }

    List<MonitoringVisit> ofClub(long clubId) {
        return load(SELECT + " where v.club_id = :club order by v.visited_on desc, v.id desc", Map.of("club", clubId));
    }

    /** Visits matching a condition on {@code v} and {@code c} (club_fact_v), latest first, one page. */
    List<MonitoringVisit> page(String where, Map<String, Object> params, int limit, long offset) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", limit);
        p.put("offset", offset);
        return load(
                SELECT + " join club_fact_v c on c.id = v.club_id where " + where
                        + " order by v.visited_on desc, v.id desc limit :limit offset :offset",
                p);
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from monitoring_visit v join club_fact_v c on c.id = v.club_id where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** An open follow-up past its due day, with its visit and club. */
    public record Overdue(
            long followUpId,
            long visitId,
            long clubId,
            String clubName,
            long unitId,
            LocalDate visitedOn,
            String action,
            String responsible,
            LocalDate dueOn) {}

    private static final String OVERDUE = " from monitoring_follow_up f join monitoring_visit v on v.id = f.visit_id"
            + " join club_fact_v c on c.id = v.club_id where f.closed_on is null and f.due_on < :today"
            + " and v.cancelled_on is null and ";

    long countOverdue(String scope, LocalDate today) {
        return jdbc.sql("select count(*)" + OVERDUE + scope)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    List<Overdue> overdue(String scope, LocalDate today, int limit) {
        return jdbc.sql("select f.id, v.id, c.id, c.name, c.unit_id, v.visited_on, f.action, f.responsible, f.due_on"
                        + OVERDUE + scope + " order by f.due_on, f.id limit :limit")
                .param("today", today)
                .param("limit", limit)
                .query((rs, n) -> new Overdue(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class)))
                .list();
    }

    /** Clubs' names and recorded units (club_fact_v). */
    Map<Long, String> clubNames(java.util.Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("select id, name from club_fact_v where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    /** The clubs that have a visit (the demo leaves them alone). */
    java.util.Set<Long> clubsWithVisits() {
        return new java.util.HashSet<>(jdbc.sql("select distinct club_id from monitoring_visit")
                .query(Long.class)
                .list());
    }

    private List<MonitoringVisit> load(String sql, Map<String, Object> params) {
        record Row(
                long id,
                long club,
                long plan,
                LocalDate on,
                String visitors,
                String findings,
                int score,
                int max,
                String rating,
                LocalDate cancelledOn,
                String reason,
                String by,
                Timestamp at,
                int version) {}
        List<Row> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getTimestamp(13),
                        rs.getInt(14)))
                .list();
        if (rows.isEmpty()) return List.of();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Score>> scores = new HashMap<>();
        jdbc.sql(
                        "select visit_id, item_code, position, label_vi, label_en, score, max_score, note"
                                + " from monitoring_visit_score where visit_id in (:ids) order by visit_id, position, item_code")
                .param("ids", ids)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Score(
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getInt(6),
                                    rs.getInt(7),
                                    rs.getString(8)));
                });
        Map<Long, List<FollowUp>> followUps = new HashMap<>();
        jdbc.sql("select visit_id, id, action, responsible, due_on, closed_on, closed_note, closed_by, version"
                        + " from monitoring_follow_up where visit_id in (:ids) order by visit_id, id")
                .param("ids", ids)
                .query(rs -> {
                    followUps
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new FollowUp(
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getObject(5, LocalDate.class),
                                    rs.getObject(6, LocalDate.class),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getInt(9)));
                });
        List<MonitoringVisit> out = new ArrayList<>();
        for (Row r : rows)
            out.add(new MonitoringVisit(
                    r.id(),
                    r.club(),
                    r.plan(),
                    r.on(),
                    r.visitors(),
                    r.findings(),
                    scores.getOrDefault(r.id(), List.of()),
                    r.score(),
                    r.max(),
                    Rating.valueOf(r.rating()),
                    followUps.getOrDefault(r.id(), List.of()),
                    r.cancelledOn(),
                    r.reason(),
                    r.by(),
                    r.at().toInstant(),
                    r.version()));
        return out;
    }

    // ---- checklists ----

    List<ChecklistItem> defaults() {
        return jdbc.sql("select code, position, label_vi, label_en, max_score from monitoring_checklist_default"
                        + " order by position, code")
                .query((rs, n) -> new ChecklistItem(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    List<ChecklistItem> ofPlan(long planId) {
        return jdbc.sql("select code, position, label_vi, label_en, max_score from monitoring_checklist_item"
                        + " where plan_id = ? order by position, code")
                .param(planId)
                .query((rs, n) -> new ChecklistItem(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    Optional<RatingThresholds> thresholds(long planId) {
        return jdbc.sql("select good_min_percent, fair_min_percent from monitoring_rating_rule where plan_id = ?")
                .param(planId)
                .query((rs, n) -> new RatingThresholds(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    void replaceChecklist(long planId, List<ChecklistItem> items, RatingThresholds thresholds) {
        jdbc.sql("delete from monitoring_checklist_item where plan_id = ?")
                .param(planId)
                .update();
        for (ChecklistItem i : items)
            jdbc.sql("insert into monitoring_checklist_item (plan_id, code, position, label_vi, label_en, max_score)"
                            + " values (:plan, :code, :position, :vi, :en, :max)")
                    .param("plan", planId)
                    .param("code", i.code())
                    .param("position", i.position())
                    .param("vi", i.labelVi())
                    .param("en", i.labelEn())
                    .param("max", i.maxScore())
                    .update();
        jdbc.sql("delete from monitoring_rating_rule where plan_id = ?")
                .param(planId)
                .update();
        jdbc.sql("insert into monitoring_rating_rule (plan_id, good_min_percent, fair_min_percent) values (?, ?, ?)")
                .param(planId)
                .param(thresholds.goodMinPercent())
                .param(thresholds.fairMinPercent())
                .update();
    }
}
