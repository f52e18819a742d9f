package vn.ishc.fund.cashbook;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * Receipts of one document (a meeting sheet's fees and contributions), posted together as one posting:
     * each an activity fund receipt a treasurer enters by hand, or members' capital ({@code CAPITAL} with a
     * source).
     */
    public record ReceiveAll(long clubId, List<Receipt> receipts) {
        public ReceiveAll {
            receipts = List.copyOf(receipts);
        }
    }

    public record Receipt(
            EntryKind kind,
            FundingSource source,
            LocalDate on,
            Vnd amount,
            String counterpart,
            String documentNo,
            String note) {}

    public record ApproveExpense(long clubId, long requestId) {}

    public record TransferFees(long clubId, LocalDate on, Vnd amount, String documentNo, String note) {}

    public record ReversePosting(long clubId, long posting, LocalDate on, String note) {}
}
