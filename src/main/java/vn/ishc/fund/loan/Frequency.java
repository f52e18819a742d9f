package vn.ishc.fund.loan;

/** When a borrower repays. */
public enum Frequency {
    /** Every month, from one month after disbursement (after the grace months only fees). */
    MONTHLY,
    /** Everything, principal and all the months' fees, at the end of the term. */
    END_OF_TERM
}
