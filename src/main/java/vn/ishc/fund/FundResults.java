package vn.ishc.fund;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.Vnd;

/** What the fund module's API ({@link ClubFunds}) answers: plain values, no internal types. */
public final class FundResults {
    private FundResults() {}

    /**
     * What a borrower owes on a loan on a date: {@code due} is every instalment due on or before the date and
     * not yet paid (what to collect at a meeting that day), {@code overdue} the part of it due before the date;
     * then the principal still owed and the next instalment after the date, if any.
     */
    public record Owed(
            long loanId,
            long personId,
            Vnd due,
            Vnd overdue,
            long daysOverdue,
            Vnd outstanding,
            LocalDate nextDueOn,
            Vnd nextDue) {}

    /** A repayment as posted: its split, and the posting number that groups its entries. */
    public record Repaid(long loanId, Vnd fee, Vnd principal, Vnd credit, long posting) {}

    /** A receipt as posted. */
    public record Received(long clubId, ReceiptKind kind, Vnd amount, long posting) {}

    /** A capital contribution as posted. */
    public record Contributed(long clubId, Vnd amount, long posting) {}

    /**
     * A document's lines as posted: {@code postings} holds each line's posting number in the order of the
     * lines; the other lists hold the lines of each kind, in that order.
     */
    public record Posted(
            List<Long> postings, List<Repaid> repaid, List<Received> received, List<Contributed> contributed) {}

    /** A document's postings reversed, in the order they were reversed (the latest first). */
    public record Reversed(List<Long> reversals) {}

    /** Both funds of a club on a date, and whether their equations hold. */
    public record Balances(
            long clubId, LocalDate on, Vnd loanFundCash, Vnd outstanding, Vnd activityFund, boolean holds) {}

    /**
     * An activity's expense: posted ({@code posting}, the posting number) or waiting for a second approver
     * ({@code pendingRequest}, with {@code posting} 0).
     */
    public record Spent(long clubId, Vnd amount, long posting, Long pendingRequest) {
        public boolean pending() {
            return pendingRequest != null;
        }
    }

    /**
     * An expense taken back: the posting of its reversal (0 when nothing had been posted) and whether a request
     * still waiting was withdrawn.
     */
    public record SpendingCancelled(long reversal, boolean withdrawn) {}

    /** What a club takes from its members: a receipt, a member's capital contribution, a loan repayment. */
    public enum TakenKind {
        MEMBERSHIP_FEE,
        GOLDEN_HEART_DONATION,
        /** Members' own contribution to the loan fund's capital (the members and community source). */
        CAPITAL,
        /** A repayment of a loan: its fee, principal and any credit held, together. */
        REPAYMENT
    }

    /**
     * Money a club took, as one posting that stands (neither a reversal nor reversed): its posting number and
     * day, what it was, the loan and its borrower for a repayment (null otherwise), who paid as the book
     * names them (null when it does not) and the amount.
     */
    public record Taken(
            long posting, LocalDate on, TakenKind kind, Long loanId, Long borrowerId, String counterpart, Vnd amount) {}

    /**
     * A club's funds over a span of days (a month, for the monthly report): each fund's cash at the start
     * (the end of the day before) and end, what came in and went out (reversals counted against the kind they
     * reverse), the loans disbursed, principal and fees repaid, and the loans outstanding and overdue at the end.
     */
    public record SpanFigures(
            long clubId,
            LocalDate from,
            LocalDate to,
            Vnd loanFundOpening,
            Vnd loanFundReceipts,
            Vnd loanFundPayments,
            Vnd loanFundClosing,
            Vnd activityFundOpening,
            Vnd activityFundReceipts,
            Vnd activityFundExpenses,
            Vnd activityFundClosing,
            Vnd disbursed,
            int loansDisbursed,
            Vnd principalRepaid,
            Vnd feesReceived,
            Vnd outstanding,
            int loansRunning,
            Vnd overdue,
            int loansOverdue) {}
}
