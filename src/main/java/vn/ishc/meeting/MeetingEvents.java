package vn.ishc.meeting;

import java.time.LocalDate;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Vnd;

/**
 * What happened to a club's meetings, published in the transaction of the change; each is {@link Audited}
 * under the club and its unit.
 */
public final class MeetingEvents {
    private MeetingEvents() {}

    /** A meeting recorded with its sheet: the day, the attendance counted, the money taken by kind. */
    public record MeetingHeld(
            long meetingId,
            long clubId,
            long unitId,
            LocalDate heldOn,
            long present,
            long excused,
            long absent,
            Vnd fees,
            Vnd contributions,
            Vnd repayments,
            String sheetKey)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "meeting",
                    meetingId,
                    "MeetingHeld",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "meetingId", "clubId", "unitId"));
        }
    }

    /** A meeting and its sheet's postings reversed, with the reason. */
    public record MeetingReversed(
            long meetingId, long clubId, long unitId, LocalDate heldOn, LocalDate on, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "meeting",
                            meetingId,
                            "MeetingReversed",
                            unitId,
                            clubId,
                            FieldChange.between(null, this, "meetingId", "clubId", "unitId", "reason"))
                    .because(reason);
        }
    }

    /** The minutes corrected: the place, topics and decisions before and after. */
    public record MinutesEdited(
            long meetingId, long clubId, long unitId, java.util.List<vn.ishc.shared.FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("meeting", meetingId, "MinutesEdited", unitId, clubId, changes);
        }
    }

    /** What the club collects at its meetings changed. */
    public record DuesSet(long clubId, long unitId, java.util.List<vn.ishc.shared.FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("meeting-dues", clubId, "DuesSet", unitId, clubId, changes);
        }
    }
}
