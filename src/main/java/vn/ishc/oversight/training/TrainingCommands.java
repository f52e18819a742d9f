package vn.ishc.oversight.training;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.oversight.ParticipantRole;

/** One typed command per use of the training sessions. */
public final class TrainingCommands {
    private TrainingCommands() {}

    /**
     * A person at a session: a member of a club (personId, the name then read from the club's members) or anyone
     * by name; the club they came for (null for an officer or someone else) and their role.
     */
    public record ParticipantEntry(Long personId, String fullName, Long clubId, ParticipantRole role) {}

    /** What a session is: topic, dates, place, trainers, organiser, the unit that held it, materials, who came. */
    public record SessionDetails(
            String topic,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            String trainers,
            Organiser organiser,
            String organiserName,
            Long unitId,
            String materials,
            List<ParticipantEntry> participants) {
        public SessionDetails {
            participants = participants == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(participants));
        }
    }

    public record RecordTraining(SessionDetails details) {}

    /** Replaces a session's details and participants, if it is still the version the user read. */
    public record EditTraining(long sessionId, int version, SessionDetails details) {}

    public record CancelTraining(long sessionId, String reason) {}
}
