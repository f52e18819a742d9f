package vn.ishc.meeting;

/**
 * What the monthly contribution a club's regulations may set is: members' savings paid into the loan fund's
 * capital, or a solidarity contribution to the activity fund (the "Tấm lòng vàng" book). Labels: {@code
 * meeting.contribution.<NAME>}.
 */
public enum ContributionKind {
    SAVINGS,
    SOLIDARITY
}
