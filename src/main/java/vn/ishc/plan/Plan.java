package vn.ishc.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan (R12): its name and legal reference, its period, the date whose units are "the plan's units",
 * its scope (units valid on that date), its rules, its targets per indicator for the whole scope (for
 * {@link Indicator#NEW_CLUBS_YEAR}: per year), and the ward roadmap (new clubs planned per unit and year).
 * A locked (approved) plan changes only with a reason, and every change is in its change log.
 */
public record Plan(
        long id,
        String name,
        String legalReference,
        LocalDate start,
        LocalDate end,
        LocalDate unitsDate,
        PlanRules rules,
        boolean locked,
        Instant lockedOn,
        String lockedBy,
        int version,
        Set<Long> units,
        Map<Indicator, Integer> targets,
        List<RoadmapEntry> roadmap) {

    /** One unit's planned new clubs in one year. */
    public record RoadmapEntry(long unitId, int year, int newClubs) {}

    public boolean inForceOn(LocalDate date) {
        return !start.isAfter(date) && !end.isBefore(date);
    }

    public Integer target(Indicator indicator) {
        return targets.get(indicator);
    }

    /** The roadmap's planned new clubs for a unit and year, or null if none is set. */
    public Integer planned(long unitId, int year) {
        return roadmap.stream()
                .filter(r -> r.unitId() == unitId && r.year() == year)
                .map(RoadmapEntry::newClubs)
                .findFirst()
                .orElse(null);
    }

    /** The calendar years of the period. */
    public List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(start.getYear(), end.getYear())
                .boxed()
                .toList();
    }
}
