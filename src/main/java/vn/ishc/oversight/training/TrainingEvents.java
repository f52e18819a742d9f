package vn.ishc.oversight.training;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** What happened to training sessions, audited under the holding unit (record type {@code training}). */
public final class TrainingEvents {
    private TrainingEvents() {}

    /** A session recorded: what, when, by whom held, and how many attended. */
    public record TrainingRecorded(
            long sessionId,
            long unitId,
            String topic,
            LocalDate startsOn,
            LocalDate endsOn,
            String trainers,
            Organiser organiser,
            int participants,
            String participantNames)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "training",
                    sessionId,
                    "TrainingRecorded",
                    unitId,
                    null,
                    FieldChange.between(null, this, "sessionId", "unitId"));
        }
    }

    /** A session's details or participants changed: the values before and after. */
    public record TrainingEdited(long sessionId, long unitId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("training", sessionId, "TrainingEdited", unitId, null, changes);
        }
    }

    /** A session cancelled with its reason. */
    public record TrainingCancelled(long sessionId, long unitId, LocalDate on, String reason) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "training",
                            sessionId,
                            "TrainingCancelled",
                            unitId,
                            null,
                            FieldChange.between(null, this, "sessionId", "unitId", "reason"))
                    .because(reason);
        }
    }
}
