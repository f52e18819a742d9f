package vn.ishc.fund.loan;

/** What a loan is for (R10). */
public enum Purpose {
    LIVESTOCK,
    CROPS,
    SMALL_BUSINESS,
    OTHER
}
