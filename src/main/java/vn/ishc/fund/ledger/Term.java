package vn.ishc.fund.ledger;

/**
 * Which term of the fund equations an entry counts in. The loan fund balances as
 * {@code cash = CAPITAL + INCOME − outstanding − WRITTEN_OFF − TRANSFER + CREDIT}, where outstanding
 * principal moves with {@code PRINCIPAL} entries; the activity fund as {@code balance = RECEIPT − EXPENSE}.
 */
public enum Term {
    CAPITAL,
    INCOME,
    /** Principal lent out (disbursement, opening loan) or repaid: moves the outstanding principal. */
    PRINCIPAL,
    WRITTEN_OFF,
    TRANSFER,
    /** Money a borrower paid beyond the loan, held for them (a debt of the fund) until refunded. */
    CREDIT,
    RECEIPT,
    EXPENSE
}
