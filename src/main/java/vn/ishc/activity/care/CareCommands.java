package vn.ishc.activity.care;

import java.time.LocalDate;
import java.util.List;

/** One typed command per use of home care. */
public final class CareCommands {
    private CareCommands() {}

    /** A volunteer joins the club's home care: a member (personId) or someone else, by name. */
    public record EnrolVolunteer(long clubId, Long personId, String fullName, String phone, LocalDate since) {}

    /** A person taken into the club's care: a member or not; frail, living alone, disabled (at least one). */
    public record TakeIntoCare(
            long clubId,
            Long personId,
            String fullName,
            boolean frail,
            boolean alone,
            boolean disabled,
            LocalDate since) {}

    /** A volunteer paired with a recipient for regular visits. */
    public record PairVolunteer(long clubId, long volunteerId, long recipientId, LocalDate since) {}

    /** A volunteer, recipient or pairing ends on a day. */
    public record EndCare(long id, LocalDate until) {}

    /** A visit: the day, who visited whom, the services given (at least one), notes. */
    public record RecordVisit(
            long clubId,
            LocalDate visitedOn,
            long volunteerId,
            long recipientId,
            List<VisitService> services,
            String notes) {
        public RecordVisit {
            services = services == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(services));
        }
    }
}
