package vn.ishc.fund;

import java.time.LocalDate;
import vn.ishc.shared.Vnd;

/**
 * What happened to a club's funds, published (in the transaction of the change) by every write of the
 * module, for other modules to react to: the audit trail records them.
 */
public final class FundEvents {
    private FundEvents() {}

    public record LendingRulesAdopted(long clubId, long productId, int versionNo, LocalDate adoptedOn) {}

    public record LoanApplied(
            long loanId, long clubId, long personId, Vnd amount, int termMonths, LocalDate appliedOn) {}

    public record LoanApproved(long loanId, long clubId, LocalDate on) {}

    public record LoanDisbursed(long loanId, long clubId, long personId, Vnd amount, LocalDate on, long posting) {}

    public record LoanRepaid(
            long loanId,
            long clubId,
            long personId,
            Vnd amount,
            Vnd fee,
            Vnd principal,
            Vnd credit,
            LocalDate on,
            long posting) {}

    public record LoanRescheduled(
            long loanId, long clubId, LocalDate on, int termBefore, int termAfter, String reason) {}

    public record LoanWrittenOff(long loanId, long clubId, Vnd principal, LocalDate on, String reason, long posting) {}

    public record LoanPostingReversed(
            long loanId, long clubId, long reversed, LocalDate on, String reason, long posting) {}

    public record CreditRefunded(long loanId, long clubId, Vnd amount, LocalDate on, long posting) {}

    /** Entries posted together outside a loan's life: capital, a cash-book entry, a transfer, an approved expense. */
    public record FundEntriesPosted(long clubId, String kind, Vnd amount, LocalDate on, long posting) {}

    /** An expense beyond the activity fund's balance, waiting for a second board member. */
    public record ExpenseRequested(long clubId, long requestId, String kind, Vnd amount, LocalDate on) {}

    public record PostingReversed(long clubId, long reversed, LocalDate on, String reason, long posting) {}

    public record OpeningBalancesEntered(long clubId, LocalDate cutOff, int loans) {}
}
