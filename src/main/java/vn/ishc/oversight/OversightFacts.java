package vn.ishc.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.oversight.MonitoringRule.VisitFact;
import vn.ishc.oversight.TrainingRule.Attendance;

/**
 * What other modules may ask about a club's oversight, by the rules {@link TrainingRule} and {@link
 * MonitoringRule}: trained in a year, its last training, monitored in a year, its latest visit and rating. It
 * does not check the caller's scope: a caller shows the answer only for a club it has already read through
 * {@code ClubDirectory} (as the club page does).
 */
@Service
public class OversightFacts {
    private final JdbcClient jdbc;

    OversightFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest visit that counts, with its rating. */
    public record LatestVisit(long visitId, LocalDate visitedOn, Rating rating) {}

    @Transactional(readOnly = true)
    public boolean trainedIn(long clubId, int year) {
        return TrainingRule.trainedIn(attendances(clubId), clubId, year);
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> lastTraining(long clubId) {
        return TrainingRule.lastTraining(attendances(clubId), clubId);
    }

    @Transactional(readOnly = true)
    public boolean monitoredIn(long clubId, int year) {
        return MonitoringRule.monitoredIn(visits(clubId), year);
    }

    @Transactional(readOnly = true)
    public Optional<LatestVisit> latestVisit(long clubId) {
        return MonitoringRule.latest(visits(clubId)).map(v -> new LatestVisit(v.visitId(), v.visitedOn(), v.rating()));
    }

    private List<Attendance> attendances(long clubId) {
        return jdbc.sql("select s.id, s.starts_on, s.cancelled_on, p.club_id, p.role from training_participant p"
                        + " join training_session s on s.id = p.session_id where p.club_id = ?")
                .param(clubId)
                .query((rs, n) -> new Attendance(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3) != null,
                        rs.getLong(4),
                        ParticipantRole.valueOf(rs.getString(5))))
                .list();
    }

    private List<VisitFact> visits(long clubId) {
        return jdbc.sql("select id, visited_on, cancelled_on, rating from monitoring_visit where club_id = ?")
                .param(clubId)
                .query((rs, n) -> new VisitFact(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3) != null,
                        Rating.valueOf(rs.getString(4))))
                .list();
    }
}
