package vn.ishc.oversight;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The plan's rule "a club is trained in a year" (R14, rules table): one of its board members (a participant
 * who came for the club in one of {@link #BOARD_ROLES}) attended a training session that started in that year
 * and was not cancelled. An ordinary member, a volunteer or an officer does not train the club. Its SQL twin
 * is the view {@code training_club_v} (migration V42), which {@code TrainingRuleViewTest} holds equal.
 */
public final class TrainingRule {
    private TrainingRule() {}

    /** The participant roles that train their club: the board's roles. */
    public static final List<ParticipantRole> BOARD_ROLES = Arrays.stream(ParticipantRole.values())
            .filter(ParticipantRole::onTheBoard)
            .toList();

    /** One person's attendance: the session's first day, whether it was cancelled, the club they came for, role. */
    public record Attendance(
            long sessionId, LocalDate startsOn, boolean cancelled, Long clubId, ParticipantRole role) {}

    /** Whether the attendance trains the club (on the session's first day). */
    public static boolean trains(Attendance a, long clubId) {
        return !a.cancelled()
                && a.clubId() != null
                && a.clubId() == clubId
                && a.role() != null
                && BOARD_ROLES.contains(a.role());
    }

    /** Whether the club was trained in the year, by these attendances. */
    public static boolean trainedIn(Collection<Attendance> attendances, long clubId, int year) {
        return attendances.stream()
                .anyMatch(a -> trains(a, clubId) && a.startsOn().getYear() == year);
    }

    /** The latest day the club was trained, if ever. */
    public static Optional<LocalDate> lastTraining(Collection<Attendance> attendances, long clubId) {
        return attendances.stream()
                .filter(a -> trains(a, clubId))
                .map(Attendance::startsOn)
                .max(LocalDate::compareTo);
    }
}
