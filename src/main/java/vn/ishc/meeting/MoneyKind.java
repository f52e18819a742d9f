package vn.ishc.meeting;

/** What a line of money on a sheet is. Labels: {@code meeting.money.<NAME>}. */
public enum MoneyKind {
    FEE,
    CONTRIBUTION,
    REPAYMENT
}
