package vn.ishc.plan;

import vn.ishc.member.CompositionStandard;

/**
 * The rules a plan states (requirements section 3), editable per plan: the composition standard (members
 * per club, shares of women, older and younger people, bounds inclusive), the age from which a member
 * counts as older, the share of members who have borrowed in a well-run club, and what "fully active"
 * means (activities in this many of the 8 areas and this many monthly meetings in the year).
 */
public record PlanRules(
        int membersMin,
        int membersMax,
        int womenMinPercent,
        int womenMaxPercent,
        int olderMinPercent,
        int olderMaxPercent,
        int youngerMinPercent,
        int youngerMaxPercent,
        int olderAge,
        int borrowersMinPercent,
        int fullyActiveAreas,
        int fullyActiveMeetings) {

    /** Section 3's defaults. */
    public static final PlanRules DEFAULT = new PlanRules(50, 70, 60, 70, 60, 70, 30, 40, 60, 50, 8, 10);

    public CompositionStandard composition() {
        return new CompositionStandard(
                membersMin,
                membersMax,
                womenMinPercent,
                womenMaxPercent,
                olderMinPercent,
                olderMaxPercent,
                youngerMinPercent,
                youngerMaxPercent,
                olderAge);
    }
}
