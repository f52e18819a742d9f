package vn.ishc.plan;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The plan's rules "trained" and "monitored" for a club in the year ({@link RuleYear}): trained when one of
 * its board members attended a training session starting in the year (the oversight module's view {@code
 * training_club_v}, cancelled sessions left out); monitored when it had a monitoring visit in the year
 * (whatever its rating; {@code monitoring_visit_v}, cancelled visits left out). {@link #TRAINED_SQL} and
 * {@link #MONITORED_SQL} are the same rules for the club {@code c} (a probe with {@code limit 1}, as for the
 * funds), held equal to the Java by {@code PlanRulesSqlTest}.
 */
final class TrainedMonitored {
    private TrainedMonitored() {}

    /** Trained: a day of training in the year. */
    static boolean trained(Collection<LocalDate> trainedOn, RuleYear year) {
        return trainedOn.stream().anyMatch(year::contains);
    }

    /** Monitored: a visit in the year. */
    static boolean monitored(Collection<LocalDate> visitedOn, RuleYear year) {
        return visitedOn.stream().anyMatch(year::contains);
    }

    static final String TRAINED_SQL = "(select 1 from training_club_v t where t.club_id = c.id"
            + " and t.trained_on between :yearStart and :yearEnd limit 1) = 1";

    static final String MONITORED_SQL = "(select 1 from monitoring_visit_v v where v.club_id = c.id"
            + " and v.visited_on between :yearStart and :yearEnd limit 1) = 1";
}
