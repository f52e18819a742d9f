package vn.ishc.fund;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.Vnd;

/**
 * The typed commands of the fund module's API ({@link ClubFunds}), for other modules. Amounts are whole
 * đồng; dates are the days the money changed hands.
 */
public final class FundCommands {
    private FundCommands() {}

    /** A repayment of one loan: the money received, split by the loan's rules into fee and principal. */
    public record Repay(long loanId, Vnd amount, LocalDate on, String documentNo, String note) {}

    /** Money received into the club's activity fund: a membership fee, a donation, a contribution. */
    public record Receive(
            long clubId,
            ReceiptKind kind,
            LocalDate on,
            Vnd amount,
            String counterpart,
            String documentNo,
            String note) {}

    /**
     * Members' own contribution to the loan fund's capital (a savings contribution taken at a meeting): capital
     * from the source "club members and the community".
     */
    public record Contribute(
            long clubId, LocalDate on, Vnd amount, String counterpart, String documentNo, String note) {}

    /**
     * One line of a document that posts many (a meeting sheet): the caller's key for the line (the member's
     * row, e.g. a person id) and exactly one of a repayment, a receipt or a capital contribution.
     */
    public record Line(String row, Repay repay, Receive receive, Contribute contribute) {
        public static Line repay(String row, Repay repay) {
            return new Line(row, repay, null, null);
        }

        public static Line receive(String row, Receive receive) {
            return new Line(row, null, receive, null);
        }

        public static Line contribute(String row, Contribute contribute) {
            return new Line(row, null, null, contribute);
        }

        int parts() {
            return (repay == null ? 0 : 1) + (receive == null ? 0 : 1) + (contribute == null ? 0 : 1);
        }
    }

    /**
     * Reverses the postings of one document (a meeting sheet) in one transaction, the latest first: all of
     * them or none. Each reversal is dated {@code on} and carries the reason.
     */
    public record ReversePostings(long clubId, List<Long> postings, LocalDate on, String reason) {
        public ReversePostings {
            postings = List.copyOf(postings);
        }
    }

    /** Lines of one club posted together: all of them or none. */
    public record PostLines(long clubId, List<Line> lines) {
        public PostLines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * An expense of the club's activity fund for one of its activities (an {@code ACTIVITY} expense): posted,
     * or, when the fund does not have the money on that day and every later day, waiting for a second approver.
     */
    public record Spend(long clubId, LocalDate on, Vnd amount, String counterpart, String documentNo, String note) {}

    /**
     * Takes back what a {@link Spend} did, dated {@code on}, with a reason: its posting is reversed; an expense
     * still waiting for a second approver is withdrawn; one approved since is reversed. {@code posting} is 0
     * and {@code request} null where there is none.
     */
    public record CancelSpending(long clubId, long posting, Long request, LocalDate on, String reason) {}
}
