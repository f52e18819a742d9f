package vn.ishc.oversight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The plan's rule "a club is monitored in a year" (R14): a monitoring visit to it in that year that was not
 * cancelled; its rating is the rating of its latest such visit. The SQL twin is the view {@code
 * monitoring_visit_v} (migration V42): the visits that count, with their rating.
 */
public final class MonitoringRule {
    private MonitoringRule() {}

    /** One visit as the rule sees it. */
    public record VisitFact(long visitId, LocalDate visitedOn, boolean cancelled, Rating rating) {}

    public static boolean monitoredIn(Collection<VisitFact> visits, int year) {
        return visits.stream().anyMatch(v -> !v.cancelled() && v.visitedOn().getYear() == year);
    }

    /** The latest visit that counts (the later id on the same day), if any. */
    public static Optional<VisitFact> latest(Collection<VisitFact> visits) {
        return visits.stream()
                .filter(v -> !v.cancelled())
                .max(Comparator.comparing(VisitFact::visitedOn).thenComparingLong(VisitFact::visitId));
    }
}
