package vn.ishc.fund.cashbook;

import java.time.LocalDate;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.shared.Vnd;

/**
 * One typed command per operation on the funds outside loans. {@link RecordCashEntry} with {@code
 * MEMBERSHIP_FEE} is the fee receipt a future meeting sheet calls inside its own transaction.
 */
public final class CashBookCommands {
    private CashBookCommands() {}

    public record ContributeCapital(
            long clubId,
            FundingSource source,
            LocalDate on,
            Vnd amount,
            String documentNo,
            String counterpart,
            String note) {}

    public record RecordCashEntry(
            long clubId,
            EntryKind kind,
            LocalDate on,
            Vnd amount,
            String counterpart,
            String documentNo,
            String note) {}

    public record ApproveExpense(long clubId, long requestId) {}

    public record TransferFees(long clubId, LocalDate on, Vnd amount, String documentNo, String note) {}

    public record ReversePosting(long clubId, long posting, LocalDate on, String note) {}
}
