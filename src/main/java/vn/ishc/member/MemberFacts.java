package vn.ishc.member;

import vn.ishc.shared.SearchText;

/**
 * The member module's rules for other modules' SQL, written once beside their Java twins. Other modules
 * read members only through the view {@code member_fact_v} (migration V24: each membership with its
 * person's sex, birth date or year and {@code disadvantaged} flag) and combine it with the phrases below;
 * {@code MemberFactsTest} evaluates each phrase and the view on the database against the Java rule at the
 * boundaries (exactly 60 on the date, 60 % and 70 %).
 */
public final class MemberFacts {

    /** The view other modules read memberships and their people from. */
    public static final String VIEW = "member_fact_v";

    private MemberFacts() {}

    /**
     * 1 when the member of row {@code alias} (of {@code member_fact_v}, or the member module's own {@code
     * person}) is older on a date, else 0: {@link AgeRule#isOlder}. Bind {@code dateParam} to {@link
     * AgeRule#latestOlderBirthDate} and {@code yearParam} to {@link AgeRule#latestOlderBirthYear} of the date.
     */
    public static String olderOn(String alias, String dateParam, String yearParam) {
        return "(case when " + alias + ".birth_date is not null then (case when " + alias + ".birth_date <= "
                + dateParam + " then 1 else 0 end) else (case when " + alias + ".birth_year <= " + yearParam
                + " then 1 else 0 end) end)";
    }

    /**
     * Poor or near-poor household, an ethnicity other than Kinh, a disability or living alone (indicator
     * DISADVANTAGED_MEMBERS). Its SQL twin is the {@code disadvantaged} column of {@code member_fact_v}.
     */
    public static boolean isDisadvantaged(
            HouseholdStatus householdStatus, String ethnicity, boolean disability, boolean livesAlone) {
        return householdStatus == HouseholdStatus.POOR
                || householdStatus == HouseholdStatus.NEAR_POOR
                || !SearchText.key(ethnicity).equals("kinh")
                || disability
                || livesAlone;
    }

    /**
     * True in SQL when a club with {@code members} members, {@code women} women and {@code older} older
     * people (SQL expressions) meets every rule of the standard, as {@link Composition#meetsEveryRule()}:
     * bounds inclusive, shares compared exactly in whole numbers, younger = members − older, and a club
     * without members meets none. The bounds are written as numbers, from the standard.
     */
    public static String compositionMet(String members, String women, String older, CompositionStandard s) {
        String younger = "(" + members + " - " + older + ")";
        return members + " > 0 and " + members + " >= " + s.membersMin() + " and " + members + " <= "
                + s.membersMax() + " and " + share(women, members, s.womenMinPercent(), s.womenMaxPercent())
                + " and " + share(older, members, s.olderMinPercent(), s.olderMaxPercent()) + " and "
                + share(younger, members, s.youngerMinPercent(), s.youngerMaxPercent());
    }

    private static String share(String part, String whole, int minPercent, int maxPercent) {
        return part + " * 100 >= " + minPercent + " * " + whole + " and " + part + " * 100 <= " + maxPercent + " * "
                + whole;
    }
}
