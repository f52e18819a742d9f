package vn.ishc.club;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * The club registry's past-tense events, published in the transaction of the change; each says what it
 * changed, old and new, for the audit trail. ({@link ClubDissolved} is the member module's cue besides.)
 */
public final class ClubEvents {
    private ClubEvents() {}

    /** A club was founded with these details. */
    public record ClubFounded(long clubId, long unitId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("club", clubId, "ClubFounded", unitId, clubId, changes);
        }
    }

    /** A club's details (name, unit, founding, decision, phase, meeting day, …) were changed. */
    public record ClubChanged(long clubId, long unitId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("club", clubId, "ClubChanged", unitId, clubId, changes);
        }
    }

    /** A club's status changed from a date, for a reason. */
    public record ClubStatusChanged(
            long clubId, long unitId, ClubStatus from, ClubStatus to, LocalDate since, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "club",
                            clubId,
                            "ClubStatusChanged",
                            unitId,
                            clubId,
                            List.of(
                                    new FieldChange("status", from.name(), to.name()),
                                    new FieldChange("since", null, since.toString())))
                    .because(reason);
        }
    }

    /** A club's board was replaced. */
    public record BoardChanged(long clubId, long unitId, List<BoardMember> before, List<BoardMember> after)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "club",
                    clubId,
                    "BoardChanged",
                    unitId,
                    clubId,
                    FieldChange.between(
                            java.util.Map.of("board", text(before)), java.util.Map.of("board", text(after))));
        }

        private static String text(List<BoardMember> board) {
            return board.stream()
                    .map(b -> b.fullName() + " (" + b.role() + ", " + b.since()
                            + (b.until() == null ? "" : "–" + b.until()) + ")")
                    .collect(Collectors.joining("; "));
        }
    }

    static final String[] NOT_DETAILS = {"id", "version", "statusHistory", "board", "status"};
}
