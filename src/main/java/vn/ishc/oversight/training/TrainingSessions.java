package vn.ishc.oversight.training;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.training.TrainingSession.Participant;

/** The training sessions' storage: a session with its participants, and the list's query. */
@Repository
public class TrainingSessions {
    private static final String SELECT = "select s.id, s.topic, s.starts_on, s.ends_on, s.place, s.trainers,"
            + " s.organiser, s.organiser_name, s.unit_id, s.materials, s.cancelled_on, s.cancel_reason,"
            + " s.recorded_by, s.recorded_at, s.version from training_session s";

    private final JdbcClient jdbc;

    TrainingSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TrainingSession insert(TrainingSession s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into training_session (topic, starts_on, ends_on, place, trainers, organiser,
                            organiser_name, unit_id, materials, recorded_by, recorded_at, version)
                        values (:topic, :startsOn, :endsOn, :place, :trainers, :organiser, :organiserName, :unit,
                            :materials, :by, :at, 0)""")
                .param("topic", s.topic())
                .param("startsOn", s.startsOn())
                .param("endsOn", s.endsOn())
                .param("place", s.place(), Types.VARCHAR)
                .param("trainers", s.trainers())
                .param("organiser", s.organiser().name())
                .param("organiserName", s.organiserName(), Types.VARCHAR)
                .param("unit", s.unitId())
                .param("materials", s.materials(), Types.VARCHAR)
                .param("by", s.recordedBy())
                .param("at", Timestamp.from(s.recordedAt()))
                .update(keys, "id");
        TrainingSession saved = s.withId(keys.getKey().longValue());
        insertParticipants(saved);
        return saved;
    }

    /** Saves a changed session if it is still at the version read (else {@link OversightEditedConcurrently}). */
    void update(TrainingSession s) {
        int n = jdbc.sql("""
                        update training_session set topic = :topic, starts_on = :startsOn, ends_on = :endsOn,
                            place = :place, trainers = :trainers, organiser = :organiser,
                            organiser_name = :organiserName, unit_id = :unit, materials = :materials,
                            cancelled_on = :cancelledOn, cancel_reason = :cancelReason, version = version + 1
                        where id = :id and version = :version""")
                .param("topic", s.topic())
                .param("startsOn", s.startsOn())
                .param("endsOn", s.endsOn())
                .param("place", s.place(), Types.VARCHAR)
                .param("trainers", s.trainers())
                .param("organiser", s.organiser().name())
                .param("organiserName", s.organiserName(), Types.VARCHAR)
                .param("unit", s.unitId())
                .param("materials", s.materials(), Types.VARCHAR)
                .param("cancelledOn", s.cancelledOn(), Types.DATE)
                .param("cancelReason", s.cancelReason(), Types.VARCHAR)
                .param("id", s.id())
                .param("version", s.version())
                .update();
        if (n != 1) throw new OversightEditedConcurrently("training " + s.id());
        jdbc.sql("delete from training_participant where session_id = ?")
                .param(s.id())
                .update();
        insertParticipants(s);
    }

    private void insertParticipants(TrainingSession s) {
        int position = 0;
        for (Participant p : s.participants()) {
            jdbc.sql("insert into training_participant (session_id, position, person_id, full_name, club_id, role)"
                            + " values (:session, :position, :person, :name, :club, :role)")
                    .param("session", s.id())
                    .param("position", ++position)
                    .param("person", p.personId(), Types.BIGINT)
                    .param("name", p.fullName())
                    .param("club", p.clubId(), Types.BIGINT)
                    .param("role", p.role().name())
                    .update();
        }
    }

    Optional<TrainingSession> find(long id) {
        List<TrainingSession> found = load(SELECT + " where s.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    /** Sessions matching a condition on {@code s} (the caller's scope and filters), latest first, one page. */
    List<TrainingSession> page(String where, Map<String, Object> params, int limit, long offset) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", limit);
        p.put("offset", offset);
        return load(
                SELECT + " where " + where + " order by s.starts_on desc, s.id desc limit :limit offset :offset", p);
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from training_session s where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Each club's recorded unit (from the club module's published view), for the scope checks. */
    Map<Long, Long> clubUnits(java.util.Collection<Long> clubIds) {
        Map<Long, Long> out = new HashMap<>();
        if (clubIds.isEmpty()) return out;
        jdbc.sql("select id, unit_id from club_fact_v where id in (:ids)")
                .param("ids", clubIds)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** The club names of the ids (from the club module's published view). */
    Map<Long, String> clubNames(java.util.Collection<Long> clubIds) {
        Map<Long, String> out = new HashMap<>();
        if (clubIds.isEmpty()) return out;
        jdbc.sql("select id, name from club_fact_v where id in (:ids)")
                .param("ids", clubIds)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    private List<TrainingSession> load(String sql, Map<String, Object> params) {
        List<Object[]> rows =
                jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) return List.of();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<Participant>> people = new HashMap<>();
        jdbc.sql("select session_id, person_id, full_name, club_id, role from training_participant"
                        + " where session_id in (:ids) order by session_id, position")
                .param("ids", ids)
                .query(rs -> {
                    people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Participant(
                                    (Long) rs.getObject(2, Long.class),
                                    rs.getString(3),
                                    (Long) rs.getObject(4, Long.class),
                                    ParticipantRole.valueOf(rs.getString(5))));
                });
        List<TrainingSession> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            out.add(new TrainingSession(
                    id,
                    (String) r[1],
                    (LocalDate) r[2],
                    (LocalDate) r[3],
                    (String) r[4],
                    (String) r[5],
                    Organiser.valueOf((String) r[6]),
                    (String) r[7],
                    (Long) r[8],
                    (String) r[9],
                    people.getOrDefault(id, List.of()),
                    (LocalDate) r[10],
                    (String) r[11],
                    (String) r[12],
                    ((Timestamp) r[13]).toInstant(),
                    (Integer) r[14]));
        }
        return out;
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {
            rs.getLong(1),
            rs.getString(2),
            rs.getObject(3, LocalDate.class),
            rs.getObject(4, LocalDate.class),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getLong(9),
            rs.getString(10),
            rs.getObject(11, LocalDate.class),
            rs.getString(12),
            rs.getString(13),
            rs.getTimestamp(14),
            rs.getInt(15)
        };
    }
}
