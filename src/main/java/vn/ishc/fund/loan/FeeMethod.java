package vn.ishc.fund.loan;

/** How a loan's fee (phí) or interest is computed each month, from the club's regulations. */
public enum FeeMethod {
    /** A rate per month on the original amount, whatever has been repaid. */
    FLAT,
    /** A rate per month on the principal still owed at the start of the month (by the schedule). */
    DECLINING
}
