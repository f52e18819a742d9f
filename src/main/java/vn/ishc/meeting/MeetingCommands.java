package vn.ishc.meeting;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.Vnd;

/** One typed command per use of the meeting module. Amounts are whole đồng; null or zero: nothing taken. */
public final class MeetingCommands {
    private MeetingCommands() {}

    /**
     * A meeting with its sheet, sent as one document under the key the device made for it ({@code key}, 8 to
     * 64 letters, digits, '-' or '_'): a second sending of the same key records nothing and answers the
     * meeting the first recorded.
     */
    public record HoldMeeting(
            long clubId,
            String key,
            LocalDate heldOn,
            String place,
            String topics,
            String decisions,
            List<SheetLine> lines) {
        public HoldMeeting {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** One member's line: attendance, the fee and contribution received, the repayments received. */
    public record SheetLine(long personId, Attendance attendance, Vnd fee, Vnd contribution, List<Payment> repayments) {
        public SheetLine {
            repayments = repayments == null ? List.of() : List.copyOf(repayments);
        }
    }

    /** Money received on one loan. */
    public record Payment(long loanId, Vnd amount) {}

    /** Reverses a meeting and everything its sheet posted, as one document, with a reason. */
    public record ReverseMeeting(long meetingId, String reason) {}

    /** Corrects what the minutes say (place, topics, decisions); attendance and money are not changed here. */
    public record EditMinutes(long meetingId, int version, String place, String topics, String decisions) {}

    /** What the club collects at its meetings, from its regulations. */
    public record SetDues(
            long clubId, int version, Vnd feePerMonth, Vnd contributionPerMonth, ContributionKind contributionKind) {}
}
