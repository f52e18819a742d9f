package vn.ishc.member;

/**
 * The plan's composition standard (section 3 of the requirements): 50–70 members, 60–70 % women, 60–70 %
 * older people, 30–40 % younger people; and the age from which a person counts as older. Bounds are
 * inclusive. Each plan carries its own ({@code plan.PlanRules}); which one applies is {@link
 * CompositionStandards}'s to say.
 */
public record CompositionStandard(
        int membersMin,
        int membersMax,
        int womenMinPercent,
        int womenMaxPercent,
        int olderMinPercent,
        int olderMaxPercent,
        int youngerMinPercent,
        int youngerMaxPercent,
        int olderAge) {

    public static final CompositionStandard PLAN_DEFAULT = new CompositionStandard(50, 70, 60, 70, 60, 70, 30, 40, 60);

    public AgeRule ageRule() {
        return new AgeRule(olderAge);
    }
}
