package vn.ishc.fund.loan;

/** Arrears by days overdue: 1–30, 31–90 and more than 90 days. */
public enum OverdueBucket {
    CURRENT,
    DAYS_1_30,
    DAYS_31_90,
    OVER_90;

    public static OverdueBucket of(long daysOverdue) {
        if (daysOverdue <= 0) return CURRENT;
        if (daysOverdue <= 30) return DAYS_1_30;
        if (daysOverdue <= 90) return DAYS_31_90;
        return OVER_90;
    }
}
