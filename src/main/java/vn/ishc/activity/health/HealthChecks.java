package vn.ishc.activity.health;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The health records' storage: checks with their screenings, exercise groups with their participants. */
@Repository
public class HealthChecks {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    HealthChecks(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A check as its list shows it: no readings, only how many were examined. */
    public record Summary(long id, long clubId, LocalDate checkedOn, String station, String examiner, int examined) {}

    /** One reading of a person, at a check of some club. */
    public record Reading(
            long checkId,
            long clubId,
            LocalDate checkedOn,
            String station,
            Integer systolic,
            Integer diastolic,
            BigDecimal bloodSugar,
            String notes) {}

    HealthCheck insert(HealthCheck c) {
        HealthCheck saved = insert0(c);
        insertScreenings(List.of(saved));
        return saved;
    }

    /** Inserts the screenings of checks already inserted, in one batch. */
    void insertScreenings(List<HealthCheck> checks) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (HealthCheck c : checks)
            for (Screening s : c.screenings())
                rows.add(new MapSqlParameterSource()
                        .addValue("c", c.id())
                        .addValue("p", s.personId())
                        .addValue("sys", s.systolic(), java.sql.Types.INTEGER)
                        .addValue("dia", s.diastolic(), java.sql.Types.INTEGER)
                        .addValue("sugar", s.bloodSugar(), java.sql.Types.NUMERIC)
                        .addValue("notes", s.notes(), java.sql.Types.VARCHAR));
        if (rows.isEmpty()) return;
        batch.batchUpdate("""
                insert into health_screening (check_id, person_id, systolic, diastolic, blood_sugar, notes)
                values (:c, :p, :sys, :dia, :sugar, :notes)""", rows.toArray(MapSqlParameterSource[]::new));
    }

    /** Inserts many checks at once (demo data), then their screenings. */
    void insertAll(List<HealthCheck> checks) {
        List<HealthCheck> saved = new ArrayList<>();
        for (HealthCheck c : checks) saved.add(insert0(c));
        insertScreenings(saved);
    }

    private HealthCheck insert0(HealthCheck c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into health_check (club_id, checked_on, station, examiner, recorded_by, recorded_at, version)
                        values (:club, :on, :station, :examiner, :by, :at, 0)""")
                .param("club", c.clubId())
                .param("on", c.checkedOn())
                .param("station", c.station())
                .param("examiner", c.examiner())
                .param("by", c.recordedBy())
                .param("at", Timestamp.from(c.recordedAt()))
                .update(keys, "id");
        return c.withId(keys.getKey().longValue());
    }

    boolean anyOf(long clubId) {
        return jdbc.sql("select count(*) from health_check where club_id = :c")
                        .param("c", clubId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The club's checks, latest first, with how many were examined at each. */
    List<Summary> summaries(long clubId) {
        return jdbc.sql("""
                        select h.id, h.club_id, h.checked_on, h.station, h.examiner,
                            (select count(*) from health_screening s where s.check_id = h.id) examined
                        from health_check h where h.club_id = :c order by h.checked_on desc, h.id desc""")
                .param("c", clubId)
                .query((rs, n) -> new Summary(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        rs.getObject("checked_on", LocalDate.class),
                        rs.getString("station"),
                        rs.getString("examiner"),
                        rs.getInt("examined")))
                .list();
    }

    Optional<HealthCheck> find(long id) {
        List<Screening> screenings = jdbc.sql("""
                        select person_id, systolic, diastolic, blood_sugar, notes from health_screening
                        where check_id = :id order by person_id""")
                .param("id", id)
                .query((rs, n) -> new Screening(
                        rs.getLong("person_id"),
                        (Integer) rs.getObject("systolic", Integer.class),
                        (Integer) rs.getObject("diastolic", Integer.class),
                        scaled(rs.getBigDecimal("blood_sugar")),
                        rs.getString("notes")))
                .list();
        return jdbc.sql("select * from health_check where id = :id")
                .param("id", id)
                .query((rs, n) -> new HealthCheck(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        rs.getObject("checked_on", LocalDate.class),
                        rs.getString("station"),
                        rs.getString("examiner"),
                        screenings,
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /**
     * A person's readings over time, oldest first, at checks of the clubs a scope predicate over {@code
     * club_fact_v c} lets through.
     */
    List<Reading> readingsOf(long personId, String clubPredicate) {
        return jdbc.sql("""
                        select h.id, h.club_id, h.checked_on, h.station, s.systolic, s.diastolic, s.blood_sugar, s.notes
                        from health_screening s join health_check h on h.id = s.check_id
                        join club_fact_v c on c.id = h.club_id
                        where s.person_id = :p""" + " and " + clubPredicate + " order by h.checked_on, h.id")
                .param("p", personId)
                .query((rs, n) -> new Reading(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        rs.getObject("checked_on", LocalDate.class),
                        rs.getString("station"),
                        (Integer) rs.getObject("systolic", Integer.class),
                        (Integer) rs.getObject("diastolic", Integer.class),
                        scaled(rs.getBigDecimal("blood_sugar")),
                        rs.getString("notes")))
                .list();
    }

    /** How many checks each club held in each month of a year: club id → month (1–12) → count. */
    Map<Long, Map<Integer, Long>> countByMonth(Collection<Long> clubIds, int year) {
        Map<Long, Map<Integer, Long>> out = new HashMap<>();
        if (clubIds.isEmpty()) return out;
        jdbc.sql("""
                        select club_id, extract(month from checked_on) m, count(*) n from health_check
                        where club_id in (:ids) and checked_on between :from and :to
                        group by club_id, extract(month from checked_on)""")
                .param("ids", clubIds)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("club_id"), k -> new HashMap<>())
                            .put(rs.getInt("m"), rs.getLong("n"));
                });
        return out;
    }

    // ---- exercise groups ----

    ExerciseGroup insertGroup(ExerciseGroup g) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into health_exercise_group (club_id, name, kind, since, version)
                        values (:club, :name, :kind, :since, 0)""")
                .param("club", g.clubId())
                .param("name", g.name())
                .param("kind", g.kind())
                .param("since", g.since())
                .update(keys, "id");
        ExerciseGroup saved = g.withId(keys.getKey().longValue());
        for (long p : saved.personIds()) addMember(saved.id(), p);
        return saved;
    }

    void addMember(long groupId, long personId) {
        jdbc.sql("insert into health_exercise_member (group_id, person_id) values (:g, :p)")
                .param("g", groupId)
                .param("p", personId)
                .update();
    }

    List<ExerciseGroup> groups(long clubId) {
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.sql("""
                        select m.group_id, m.person_id from health_exercise_member m
                        join health_exercise_group g on g.id = m.group_id where g.club_id = :c""").param("c", clubId).query((ResultSet rs) -> {
            members.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
                    .add(rs.getLong("person_id"));
        });
        return jdbc.sql("select * from health_exercise_group where club_id = :c order by name, id")
                .param("c", clubId)
                .query((rs, n) -> group(rs, members.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<ExerciseGroup> findGroup(long id) {
        List<Long> members = jdbc.sql("select person_id from health_exercise_member where group_id = :g")
                .param("g", id)
                .query(Long.class)
                .list();
        return jdbc.sql("select * from health_exercise_group where id = :g")
                .param("g", id)
                .query((rs, n) -> group(rs, members))
                .optional();
    }

    private static ExerciseGroup group(ResultSet rs, List<Long> members) throws SQLException {
        return new ExerciseGroup(
                rs.getLong("id"),
                rs.getLong("club_id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getObject("since", LocalDate.class),
                members,
                rs.getInt("version"));
    }
}
