package vn.ishc.activity;

/**
 * Where the money of an activity paid by the ward or a donor came from: the funding sources of section 5 of
 * the requirements, with the same codes as the fund module's sources of capital (so that a report may put
 * them side by side). The activity module keeps its own list: the fund module's is internal to it and also
 * holds interest retained as capital, which never pays for an activity. Labels: {@code activity.source.*}.
 */
public enum FundingSource {
    STATE_BUDGET,
    SOCIALISATION,
    SOCIAL_SECURITY_FUND,
    FUND_FOR_THE_POOR,
    WOMEN_FUND,
    FARMERS_FUND,
    ELDERLY_CARE_FUND,
    CREDIT_FUND,
    ELDERLY_ASSOCIATION,
    MEMBERS_COMMUNITY,
    INTERNATIONAL_AID,
    OTHER
}
