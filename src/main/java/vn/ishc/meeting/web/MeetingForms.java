package vn.ishc.meeting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ishc.meeting.Attendance;
import vn.ishc.meeting.ContributionKind;

/**
 * The meeting pages' forms, bound field by field. Amounts stay text as the treasurer typed them ("50.000",
 * "50000"), read by the fund module's money rules on submit, so a refused sheet comes back exactly as typed.
 */
final class MeetingForms {
    private MeetingForms() {}

    /** The meeting sheet: the minutes at the top and one line per member, in the sheet's order. */
    static class SheetForm {
        /** The key the device made for this sheet (a fresh one server-side when the page has no script). */
        public String key;

        public LocalDate heldOn;
        public String place;
        public String topics;
        public String decisions;
        public List<LineForm> lines = new ArrayList<>();
    }

    /** One member's line: attendance, fee, contribution, and one repayment per loan they owe on. */
    static class LineForm {
        public Long personId;
        public Attendance attendance;
        public String fee;
        public String contribution;
        public List<RepaymentForm> repayments = new ArrayList<>();
    }

    /** Money received on one loan. */
    static class RepaymentForm {
        public Long loanId;
        public String amount;
    }

    /** What the club collects at its meetings, with the version read. */
    static class DuesForm {
        public int version;
        public String feePerMonth;
        public String contributionPerMonth;
        public ContributionKind contributionKind;
    }

    /** Reversing a meeting: the reason. */
    static class ReverseForm {
        public String reason;
    }

    /** Correcting the minutes, with the version read. */
    static class MinutesForm {
        /** Null when the form came without it: refused as another person's change, never saved over it. */
        public Integer version;

        public String place;
        public String topics;
        public String decisions;
    }
}
