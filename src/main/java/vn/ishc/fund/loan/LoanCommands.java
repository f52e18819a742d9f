package vn.ishc.fund.loan;

import java.time.LocalDate;
import vn.ishc.shared.Vnd;

/**
 * One typed command per loan operation. {@link RecordRepayment} is the one a future meeting sheet calls
 * (inside its own transaction) for repayments taken at the monthly meeting.
 */
public final class LoanCommands {
    private LoanCommands() {}

    public record AdoptProduct(
            long clubId,
            FeeMethod feeMethod,
            int rateBasisPoints,
            java.util.List<Integer> terms,
            Vnd maxAmount,
            Frequency frequency,
            int graceMonths,
            OverpaymentRule overpayment,
            LocalDate adoptedOn) {}

    public record ApplyForLoan(
            long clubId, long membershipId, Purpose purpose, Vnd amount, Integer termMonths, LocalDate appliedOn) {}

    public record ApproveLoan(long loanId, LocalDate on) {}

    public record DisburseLoan(long loanId, LocalDate on) {}

    public record RecordRepayment(long loanId, Vnd amount, LocalDate on, String documentNo, String note) {}

    public record RescheduleLoan(long loanId, LocalDate on, Integer termMonths, String reason) {}

    public record WriteOffLoan(long loanId, LocalDate on, String reason) {}

    public record ReverseLoanPosting(long loanId, long posting, LocalDate on, String note) {}

    public record RefundCredit(long loanId, LocalDate on, String note) {}
}
