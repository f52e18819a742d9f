package vn.ishc.member;

/** The household's poverty classification by the ward (with the year of the review). Labels: {@code member.household.<NAME>}. */
public enum HouseholdStatus {
    POOR,
    NEAR_POOR,
    NONE
}
