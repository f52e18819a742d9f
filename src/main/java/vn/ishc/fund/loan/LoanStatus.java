package vn.ishc.fund.loan;

/** Where a loan stands, as in the paper loan book. */
public enum LoanStatus {
    APPLIED,
    APPROVED,
    /** Disbursed and not yet fully repaid. */
    ACTIVE,
    REPAID,
    WRITTEN_OFF;

    public boolean isClosed() {
        return this == REPAID || this == WRITTEN_OFF;
    }
}
