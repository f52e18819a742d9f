package vn.ishc.activity.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Home care's storage: volunteers, recipients, pairings and visits of each club. */
@Repository
public class HomeCare {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    HomeCare(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Volunteer insert(Volunteer v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into care_volunteer (club_id, person_id, full_name, phone, since, until, version)
                        values (:club, :person, :name, :phone, :since, :until, 0)""")
                .param("club", v.clubId())
                .param("person", v.personId())
                .param("name", v.fullName())
                .param("phone", v.phone())
                .param("since", v.since())
                .param("until", v.until())
                .update(keys, "id");
        return new Volunteer(
                keys.getKey().longValue(), v.clubId(), v.personId(), v.fullName(), v.phone(), v.since(), v.until());
    }

    CareRecipient insert(CareRecipient r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into care_recipient (club_id, person_id, full_name, frail, alone, disabled, since, until, version)
                        values (:club, :person, :name, :frail, :alone, :disabled, :since, :until, 0)""")
                .param("club", r.clubId())
                .param("person", r.personId())
                .param("name", r.fullName())
                .param("frail", r.frail())
                .param("alone", r.alone())
                .param("disabled", r.disabled())
                .param("since", r.since())
                .param("until", r.until())
                .update(keys, "id");
        return new CareRecipient(
                keys.getKey().longValue(),
                r.clubId(),
                r.personId(),
                r.fullName(),
                r.frail(),
                r.alone(),
                r.disabled(),
                r.since(),
                r.until());
    }

    Pairing insert(Pairing p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into care_pairing (club_id, volunteer_id, recipient_id, since, until, version)
                        values (:club, :v, :r, :since, :until, 0)""")
                .param("club", p.clubId())
                .param("v", p.volunteerId())
                .param("r", p.recipientId())
                .param("since", p.since())
                .param("until", p.until())
                .update(keys, "id");
        return new Pairing(
                keys.getKey().longValue(), p.clubId(), p.volunteerId(), p.recipientId(), p.since(), p.until());
    }

    Visit insert(Visit v) {
        var keys = new GeneratedKeyHolder();
        visitParams(jdbc.sql(INSERT_VISIT), v).update(keys, "id");
        return new Visit(
                keys.getKey().longValue(),
                v.clubId(),
                v.visitedOn(),
                v.volunteerId(),
                v.recipientId(),
                v.services(),
                v.notes(),
                v.recordedBy(),
                v.recordedAt());
    }

    private static final String INSERT_VISIT = """
            insert into care_visit (club_id, visited_on, volunteer_id, recipient_id, services, notes, recorded_by, recorded_at)
            values (:club, :on, :v, :r, :services, :notes, :by, :at)""";

    private static JdbcClient.StatementSpec visitParams(JdbcClient.StatementSpec s, Visit v) {
        return s.param("club", v.clubId())
                .param("on", v.visitedOn())
                .param("v", v.volunteerId())
                .param("r", v.recipientId())
                .param("services", codes(v.services()))
                .param("notes", v.notes())
                .param("by", v.recordedBy())
                .param("at", Timestamp.from(v.recordedAt()));
    }

    /** Many visits at once (demo data). */
    void insertVisits(List<Visit> visits) {
        if (visits.isEmpty()) return;
        batch.batchUpdate(
                INSERT_VISIT,
                visits.stream()
                        .map(v -> new MapSqlParameterSource()
                                .addValue("club", v.clubId())
                                .addValue("on", v.visitedOn())
                                .addValue("v", v.volunteerId())
                                .addValue("r", v.recipientId())
                                .addValue("services", codes(v.services()))
                                .addValue("notes", v.notes(), java.sql.Types.VARCHAR)
                                .addValue("by", v.recordedBy())
                                .addValue("at", Timestamp.from(v.recordedAt())))
                        .toArray(MapSqlParameterSource[]::new));
    }

    private static String codes(List<VisitService> services) {
        return services.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    void end(String table, long id, LocalDate until) {
        jdbc.sql("update " + table + " set until = :until, version = version + 1 where id = :id and until is null")
                .param("until", until)
                .param("id", id)
                .update();
    }

    boolean anyOf(long clubId) {
        return jdbc.sql("select count(*) from care_volunteer where club_id = :c")
                        .param("c", clubId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Volunteer> volunteers(long clubId) {
        return jdbc.sql(
                        "select * from care_volunteer where club_id = :c order by until desc nulls first, full_name, id")
                .param("c", clubId)
                .query((rs, n) -> volunteer(rs))
                .list();
    }

    Optional<Volunteer> volunteer(long id) {
        return jdbc.sql("select * from care_volunteer where id = :id")
                .param("id", id)
                .query((rs, n) -> volunteer(rs))
                .optional();
    }

    private static Volunteer volunteer(ResultSet rs) throws SQLException {
        return new Volunteer(
                rs.getLong("id"),
                rs.getLong("club_id"),
                (Long) rs.getObject("person_id", Long.class),
                rs.getString("full_name"),
                rs.getString("phone"),
                rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class));
    }

    List<CareRecipient> recipients(long clubId) {
        return jdbc.sql(
                        "select * from care_recipient where club_id = :c order by until desc nulls first, full_name, id")
                .param("c", clubId)
                .query((rs, n) -> recipient(rs))
                .list();
    }

    Optional<CareRecipient> recipient(long id) {
        return jdbc.sql("select * from care_recipient where id = :id")
                .param("id", id)
                .query((rs, n) -> recipient(rs))
                .optional();
    }

    private static CareRecipient recipient(ResultSet rs) throws SQLException {
        return new CareRecipient(
                rs.getLong("id"),
                rs.getLong("club_id"),
                (Long) rs.getObject("person_id", Long.class),
                rs.getString("full_name"),
                rs.getBoolean("frail"),
                rs.getBoolean("alone"),
                rs.getBoolean("disabled"),
                rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class));
    }

    List<Pairing> pairings(long clubId) {
        return jdbc.sql("select * from care_pairing where club_id = :c order by since desc, id desc")
                .param("c", clubId)
                .query((rs, n) -> pairing(rs))
                .list();
    }

    Optional<Pairing> pairing(long id) {
        return jdbc.sql("select * from care_pairing where id = :id")
                .param("id", id)
                .query((rs, n) -> pairing(rs))
                .optional();
    }

    private static Pairing pairing(ResultSet rs) throws SQLException {
        return new Pairing(
                rs.getLong("id"),
                rs.getLong("club_id"),
                rs.getLong("volunteer_id"),
                rs.getLong("recipient_id"),
                rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class));
    }

    /** The club's visits between two days (inclusive), latest first. */
    List<Visit> visits(long clubId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from care_visit where club_id = :c and visited_on between :from and :to
                        order by visited_on desc, id desc""")
                .param("c", clubId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Visit(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        rs.getObject("visited_on", LocalDate.class),
                        rs.getLong("volunteer_id"),
                        rs.getLong("recipient_id"),
                        Arrays.stream(rs.getString("services").split(","))
                                .map(VisitService::valueOf)
                                .toList(),
                        rs.getString("notes"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Each recipient's last visit on or before a day: recipient id → day. */
    Map<Long, LocalDate> lastVisits(long clubId, LocalDate on) {
        Map<Long, LocalDate> out = new HashMap<>();
        jdbc.sql("""
                        select recipient_id, max(visited_on) last_on from care_visit
                        where club_id = :c and visited_on <= :on group by recipient_id""").param("c", clubId).param("on", on).query((ResultSet rs) -> {
            out.put(rs.getLong("recipient_id"), rs.getObject("last_on", LocalDate.class));
        });
        return out;
    }

    /** How many visits each club had in each month of a year: club id → month → count. */
    Map<Long, Map<Integer, Long>> countByMonth(Collection<Long> clubIds, int year) {
        Map<Long, Map<Integer, Long>> out = new HashMap<>();
        if (clubIds.isEmpty()) return out;
        jdbc.sql("""
                        select club_id, extract(month from visited_on) m, count(*) n from care_visit
                        where club_id in (:ids) and visited_on between :from and :to
                        group by club_id, extract(month from visited_on)""")
                .param("ids", new ArrayList<>(clubIds))
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("club_id"), k -> new HashMap<>())
                            .put(rs.getInt("m"), rs.getLong("n"));
                });
        return out;
    }
}
