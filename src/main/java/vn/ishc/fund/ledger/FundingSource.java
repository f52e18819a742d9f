package vn.ishc.fund.ledger;

/**
 * Where a contribution to a fund's capital came from: the funding sources of the requirements (section
 * 5), plus fees and interest the club decided to retain as capital (R10). Labels: {@code fund.source.*}.
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
    RETAINED_INTEREST,
    OTHER
}
