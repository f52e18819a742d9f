package vn.ishc.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.ishc.fund.FundFacts;

/**
 * The plan's rule "well managed" (requirements section 3), for a club on a day: its latest monitoring visit
 * in the year ({@link RuleYear}; the oversight module's view {@code monitoring_visit_v}, cancelled visits left
 * out; two visits on one day: the one recorded last) was rated {@code GOOD}; its regulations were adopted on
 * or before the day; and both its funds were established on or before the day (as {@link
 * Indicator#CLUBS_WITH_BOTH_FUNDS} says: each had received money by then: the fund module's probe {@link
 * FundFacts#receivedBy} of the receipts its view {@code fund_receipt_v} lists). A club not visited in the year is not well managed. {@link #SQL} is the same rule for the
 * club {@code c}, held equal to {@link #holds} by {@code PlanRulesSqlTest}.
 */
final class WellManaged {

    /** A monitoring visit: its id (the order it was recorded in), day and rating (GOOD, FAIR, WEAK). */
    record Visit(long id, LocalDate on, String rating) {}

    private WellManaged() {}

    /** The latest of the visits in the year. */
    static Optional<Visit> latest(Collection<Visit> visits, RuleYear year) {
        return visits.stream()
                .filter(v -> year.contains(v.on()))
                .max(Comparator.comparing(Visit::on).thenComparingLong(Visit::id));
    }

    static boolean goodVisit(Collection<Visit> visits, RuleYear year) {
        return latest(visits, year).map(v -> "GOOD".equals(v.rating())).orElse(false);
    }

    static boolean regulations(LocalDate adopted, LocalDate day) {
        return adopted != null && !adopted.isAfter(day);
    }

    /** Both funds established on or before the day (their first receipts). */
    static boolean funds(LocalDate loanFundSince, LocalDate activityFundSince, LocalDate day) {
        return loanFundSince != null
                && !loanFundSince.isAfter(day)
                && activityFundSince != null
                && !activityFundSince.isAfter(day);
    }

    static boolean holds(
            Collection<Visit> visits,
            LocalDate regulationsAdopted,
            LocalDate loanFundSince,
            LocalDate activityFundSince,
            RuleYear year) {
        return goodVisit(visits, year)
                && regulations(regulationsAdopted, year.end())
                && funds(loanFundSince, activityFundSince, year.end());
    }

    /** The rating of the club {@code c}'s latest visit in the year (null when none). */
    static final String LATEST_RATING_SQL = "(select v.rating from monitoring_visit_v v where v.club_id = c.id"
            + " and v.visited_on between :yearStart and :yearEnd order by v.visited_on desc, v.visit_id desc limit 1)";

    /**
     * Both funds of the club {@code c} established on or before {@code day} (an SQL date expression): each had
     * received money by then ({@link Indicator#CLUBS_WITH_BOTH_FUNDS}), asked of the fund module's ledger by
     * its probe {@link FundFacts#receivedBy}, which stops at the club's first receipt of each fund.
     */
    static String bothFundsSql(String day) {
        return FundFacts.receivedBy("c.id", "LOAN_FUND", day) + " and "
                + FundFacts.receivedBy("c.id", "ACTIVITY_FUND", day);
    }

    static final String SQL = "(" + LATEST_RATING_SQL + " = 'GOOD' and c.regulations_adopted_on <= :yearEnd and "
            + bothFundsSql(":yearEnd") + ")";
}
