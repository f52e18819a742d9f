package vn.ishc.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan (R12): its name and legal reference, its period, the date whose units are "the plan's units",
 * its scope (units valid on that date), its rules, its targets per indicator for the whole scope (for
 * {@link Indicator#NEW_CLUBS_YEAR}: per year), the ward roadmap (new clubs planned per unit and year) and
 * each unit's share of the other count targets ({@link #UNIT_SHARED}).
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
        List<RoadmapEntry> roadmap,
        List<UnitTarget> unitTargets) {

    /**
     * The count targets whose unit shares are entered per unit; the shares of {@link Indicator#NEW_CLUBS} and
     * {@link Indicator#NEW_CLUBS_YEAR} are the roadmap's.
     */
    public static final List<Indicator> UNIT_SHARED =
            List.of(Indicator.NEW_CLUB_MEMBERS, Indicator.NEW_CLUB_OLDER_MEMBERS);

    /** A plan without unit shares of its targets. */
    public Plan(
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
        this(
                id,
                name,
                legalReference,
                start,
                end,
                unitsDate,
                rules,
                locked,
                lockedOn,
                lockedBy,
                version,
                units,
                targets,
                roadmap,
                List.of());
    }

    /** The same plan with another roadmap. */
    public Plan withRoadmap(List<RoadmapEntry> roadmap) {
        return new Plan(
                id,
                name,
                legalReference,
                start,
                end,
                unitsDate,
                rules,
                locked,
                lockedOn,
                lockedBy,
                version,
                units,
                targets,
                roadmap,
                unitTargets);
    }

    /** The same plan with other unit shares of its count targets. */
    public Plan withUnitTargets(List<UnitTarget> unitTargets) {
        return new Plan(
                id,
                name,
                legalReference,
                start,
                end,
                unitsDate,
                rules,
                locked,
                lockedOn,
                lockedBy,
                version,
                units,
                targets,
                roadmap,
                unitTargets);
    }

    /** The same plan locked (approved) on {@code on} by {@code by}, or unlocked (both null). */
    public Plan withLock(boolean locked, Instant on, String by) {
        return new Plan(
                id,
                name,
                legalReference,
                start,
                end,
                unitsDate,
                rules,
                locked,
                on,
                by,
                version,
                units,
                targets,
                roadmap,
                unitTargets);
    }

    /** One unit's planned new clubs in one year. */
    public record RoadmapEntry(long unitId, int year, int newClubs) {}

    /** One unit's share of a count target of the whole plan ({@link #UNIT_SHARED}). */
    public record UnitTarget(long unitId, Indicator indicator, int target) {}

    /**
     * A count target's share for some of the plan's units: the sum of their shares, or null when one of them
     * has none. New clubs come from the roadmap, one grid for all the plan's units: a plan without a roadmap
     * gives no unit a share; once it has one, an empty cell is 0 planned (the roadmap keeps no zeros). The
     * members' targets come from {@link #unitTargets}.
     *
     * @param year for {@link Indicator#NEW_CLUBS_YEAR}: the year
     */
    public Integer share(Indicator indicator, Set<Long> planUnits, int year) {
        if (planUnits.isEmpty()) return null;
        int sum = 0;
        for (long unit : planUnits) {
            Integer s = share(indicator, unit, year);
            if (s == null) return null;
            sum += s;
        }
        return sum;
    }

    private Integer share(Indicator indicator, long unit, int year) {
        return switch (indicator) {
            case NEW_CLUBS, NEW_CLUBS_YEAR -> {
                if (roadmap.isEmpty()) yield null;
                yield roadmap.stream()
                        .filter(r -> r.unitId() == unit)
                        .filter(r -> indicator == Indicator.NEW_CLUBS || r.year() == year)
                        .mapToInt(RoadmapEntry::newClubs)
                        .sum();
            }
            default ->
                unitTargets.stream()
                        .filter(t -> t.unitId() == unit && t.indicator() == indicator)
                        .map(UnitTarget::target)
                        .findFirst()
                        .orElse(null);
        };
    }

    /** Whether a target is a count to be shared among the units (not a share that holds for each unit). */
    public static boolean sharedByUnits(Indicator i) {
        return i.measure() == Indicator.Measure.COUNT || i.measure() == Indicator.Measure.COUNT_PER_YEAR;
    }

    /** A unit's share of the new clubs: its roadmap's total, or null when the plan has no roadmap. */
    public Integer newClubsShare(long unitId) {
        return share(Indicator.NEW_CLUBS, unitId, 0);
    }

    /** A unit's entered share of a target, or null. */
    public Integer unitTarget(long unitId, Indicator indicator) {
        return unitTargets.stream()
                .filter(t -> t.unitId() == unitId && t.indicator() == indicator)
                .map(UnitTarget::target)
                .findFirst()
                .orElse(null);
    }

    /**
     * The share the plan's text implies for a unit, from its roadmap (null without one): the plan's 950
     * members are its 19 new clubs of at least 50 members each (the composition standard's minimum), and its
     * 570 older members 60 % of them (the standard's minimum share of older people), so a unit's proposal is
     * its roadmap's new clubs × the plan's minimum members, and of those the minimum older share, rounded up.
     */
    public Integer proposedShare(long unitId, Indicator indicator) {
        Integer clubs = share(Indicator.NEW_CLUBS, unitId, 0);
        if (clubs == null) return null;
        int members = clubs * rules.membersMin();
        return switch (indicator) {
            case NEW_CLUB_MEMBERS -> members;
            case NEW_CLUB_OLDER_MEMBERS -> (members * rules.olderMinPercent() + 99) / 100;
            default -> null;
        };
    }

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
