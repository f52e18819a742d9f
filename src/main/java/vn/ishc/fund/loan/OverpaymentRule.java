package vn.ishc.fund.loan;

/** What happens to money a borrower pays beyond everything the loan can take. */
public enum OverpaymentRule {
    /** The repayment is refused; the treasurer takes the right amount. */
    REFUSE,
    /** The excess is taken and held for the borrower as a credit, refunded later. */
    CREDIT
}
