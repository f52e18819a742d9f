package vn.ishc.fund.ledger;

/** The two funds a club keeps (R10, R11). */
public enum Fund {
    /** The income-generation fund lent to members (quỹ vay vốn quay vòng). */
    LOAN_FUND,
    /** The activity fund, kept as a cash book (quỹ hoạt động). */
    ACTIVITY_FUND
}
