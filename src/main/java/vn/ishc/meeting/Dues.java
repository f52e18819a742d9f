package vn.ishc.meeting;

import vn.ishc.shared.Vnd;

/**
 * What a club collects from each member at its monthly meeting, from its regulations: the membership fee
 * (the field norm is 2,000–5,000 đồng a month) and, where the club has one, a contribution of a kind. Zero:
 * not collected. The sheet starts each line with these amounts; the treasurer types what was received.
 */
public record Dues(
        long clubId, Vnd feePerMonth, Vnd contributionPerMonth, ContributionKind contributionKind, int version) {
    public static Dues none(long clubId) {
        return new Dues(clubId, Vnd.ZERO, Vnd.ZERO, ContributionKind.SOLIDARITY, 0);
    }

    public boolean collectsContribution() {
        return contributionPerMonth.dong() > 0;
    }
}
