package vn.ishc.fund;

import vn.ishc.fund.ledger.EntryKind;

/** What money received into the activity fund is, as other modules may record it. */
public enum ReceiptKind {
    MEMBERSHIP_FEE(EntryKind.MEMBERSHIP_FEE),
    GOLDEN_HEART_DONATION(EntryKind.GOLDEN_HEART_DONATION),
    FUND_RAISING(EntryKind.FUND_RAISING),
    OTHER_RECEIPT(EntryKind.OTHER_RECEIPT);

    private final EntryKind kind;

    ReceiptKind(EntryKind kind) {
        this.kind = kind;
    }

    EntryKind entryKind() {
        return kind;
    }
}
