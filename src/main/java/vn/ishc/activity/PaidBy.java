package vn.ishc.activity;

/**
 * Who paid an activity's cost: the club's activity fund (posted as an expense through the fund module's
 * API), the ward, or a donor. Labels: {@code activity.paidBy.*}.
 */
public enum PaidBy {
    CLUB_FUND,
    WARD,
    DONOR
}
