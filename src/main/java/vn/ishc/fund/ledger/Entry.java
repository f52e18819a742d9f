package vn.ishc.fund.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.ishc.shared.Vnd;

/**
 * One posted ledger entry: immutable once posted (the ledger only inserts). The amount is whole đồng
 * and positive; the kind gives the sign. A reversing entry names the entry it reverses ({@code reverses})
 * and counts with the opposite sign; entries posted together (a repayment's principal and fee, both
 * sides of a transfer) share a posting number, and a correction reverses a whole posting.
 */
public record Entry(
        Long id,
        long clubId,
        EntryKind kind,
        LocalDate date,
        Vnd amount,
        Long loanId,
        Long reverses,
        long posting,
        FundingSource source,
        String counterpart,
        String documentNo,
        String note,
        String recordedBy,
        Instant recordedAt) {

    public Entry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        if (amount == null || amount.dong() <= 0) throw new IllegalArgumentException("entry amount must be > 0");
    }

    public Fund fund() {
        return kind.fund();
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** +1 for an ordinary entry, −1 for a reversing one. */
    public int direction() {
        return reverses == null ? 1 : -1;
    }

    /** The entry's effect on its fund's cash, in đồng (negative: money out). */
    public long cash() {
        return kind.cashSign() * direction() * amount.dong();
    }

    /** The entry's amount as it counts in its term (negative for a reversal). */
    public long termAmount() {
        return direction() * amount.dong();
    }

    /** The reversing entry of this one, posted under {@code posting}. */
    public Entry reversal(long posting, LocalDate on, String note, String by, Instant at) {
        if (isReversal()) throw new IllegalStateException("a reversal is not reversed");
        return new Entry(
                null, clubId, kind, on, amount, loanId, id, posting, source, counterpart, documentNo, note, by, at);
    }

    public Entry forLoan(long loan) {
        return new Entry(
                id,
                clubId,
                kind,
                date,
                amount,
                loan,
                reverses,
                posting,
                source,
                counterpart,
                documentNo,
                note,
                recordedBy,
                recordedAt);
    }

    public Entry withIds(long id) {
        return new Entry(
                id,
                clubId,
                kind,
                date,
                amount,
                loanId,
                reverses,
                posting,
                source,
                counterpart,
                documentNo,
                note,
                recordedBy,
                recordedAt);
    }
}
