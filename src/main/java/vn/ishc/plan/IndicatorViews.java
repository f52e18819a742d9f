package vn.ishc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubDirectory;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Scope;

/**
 * Decides what a dashboard or an API call shows when parameters are left out, and refuses what the
 * caller may not see.
 *
 * <ul>
 *   <li>{@code asOf}: today (the application clock).
 *   <li>{@code unit}: the root of the caller's scope (the unit whose territory is the whole scope); for
 *       a club board, the unit its club was recorded under; for an administrator, the unit directly
 *       above the plan's units on the plan's date (the city, for the Buôn Ma Thuột plan). A unit outside
 *       the scope is not found (404).
 *   <li>{@code plan}: the plan in force on the date whose scope has the most units inside the unit's
 *       territory; failing that, the latest plan already over (its final figures stay the reference);
 *       failing that, the next one to start. Ties go to the older plan.
 *   <li>{@code units}: the plan's units are possible only with a plan; the default is the units of the date.
 * </ul>
 */
@Service
public class IndicatorViews {
    private final PlanService plans;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    IndicatorViews(
            PlanService plans,
            UnitDirectory units,
            ClubDirectory clubs,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Clock clock) {
        this.plans = plans;
        this.units = units;
        this.clubs = clubs;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Scope scope() {
        return currentUser.scope();
    }

    public View resolve(Long planId, Long unitId, LocalDate asOf, Era era) {
        Scope scope = currentUser.scope();
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        if (date.getYear() < 1900 || date.getYear() > 2200) throw new PlanRefused("asOf", "plan.error.asOfRange");
        // A unit of the scope, or for a club's board the unit its club is recorded under: a unit above the club is
        // not found, as for everyone outside their scope (its figures would be the club's alone): the rule of
        // every list's unit filter.
        UnitView unit = unitId != null ? clubs.visibleUnit(unitId) : scopeRoot(scope, date);
        Plan plan;
        if (planId != null) plan = plans.get(planId);
        else plan = defaultPlan(date, unit == null ? null : units.territory(unit.id()));
        if (unit == null)
            unit = plan != null ? planArea(plan) : units.rootsAsOf(date).get(0);
        if (plan == null) throw new PlanNotFound("no plan");
        Era e = era != null ? era : Era.CURRENT;
        return new View(plan, unit, date, e);
    }

    private Long clubUnit(long clubId) {
        return jdbc.sql("select unit_id from club_fact_v where id = ?")
                .param(clubId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /**
     * The unit whose territory is the caller's whole scope, or null for an unlimited scope. For a club board:
     * the ward or commune the club belongs to on {@code date} ({@link #clubUnitOn}).
     */
    UnitView scopeRoot(Scope scope, LocalDate date) {
        if (scope.unrestricted()) return null;
        if (scope.clubId() != null) {
            Long u = clubUnit(scope.clubId());
            if (u == null) throw new PlanNotFound("club");
            UnitView recorded = units.find(u).orElseThrow(() -> new PlanNotFound("club"));
            return clubUnitOn(recorded, date);
        }
        // A unit scope (a scope with no unit sees nothing: not found).
        Set<Long> ids = scope.unitIds();
        return ids.stream()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
                .sorted(Comparator.comparing(UnitView::id))
                .filter(u -> units.territory(u.id()).containsAll(ids))
                .findFirst()
                .or(() -> ids.stream().sorted().findFirst().flatMap(units::find))
                .orElseThrow(() -> new PlanNotFound("scope"));
    }

    /**
     * The unit a club recorded under {@code recorded} (the unit of its founding date) belongs to on {@code
     * date}: the unit itself while it is valid; after a reorganisation the one unit its territory became part
     * of (the Phường Tân Lập of 1 July 2025 for a club founded under the former Phường Tân Lập); before the
     * unit existed, the one unit it was formed from. When that is several units (a ward split in two), no
     * single one holds the club and the unit it was recorded under is kept.
     */
    UnitView clubUnitOn(UnitView recorded, LocalDate date) {
        List<UnitView> then = EraMap.eraUnitsOf(units, recorded, date);
        return then.size() == 1 ? then.get(0) : recorded;
    }

    /** The unit directly above all of the plan's units on its date (or the first unit's root). */
    UnitView planArea(Plan plan) {
        Set<Long> parents = plan.units().stream()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .map(UnitView::parentId)
                .collect(Collectors.toSet());
        if (parents.size() == 1 && !parents.contains(null)) {
            return units.find(parents.iterator().next()).orElseThrow();
        }
        long first = plan.units().stream().sorted().findFirst().orElseThrow(() -> new PlanNotFound("plan units"));
        List<UnitView> path = units.path(first);
        return path.get(0);
    }

    Plan defaultPlan(LocalDate date, Set<Long> territory) {
        List<Plan> all = plans.all();
        Comparator<Plan> byOverlap =
                Comparator.comparingLong((Plan p) -> -overlap(p, territory)).thenComparing(Plan::id);
        List<Plan> relevant =
                all.stream().filter(p -> overlap(p, territory) > 0).toList();
        return relevant.stream()
                .filter(p -> p.inForceOn(date))
                .sorted(byOverlap)
                .findFirst()
                .or(() -> relevant.stream()
                        .filter(p -> p.end().isBefore(date))
                        .sorted(Comparator.comparing(Plan::end).reversed().thenComparing(byOverlap))
                        .findFirst())
                .or(() -> relevant.stream()
                        .filter(p -> p.start().isAfter(date))
                        .sorted(Comparator.comparing(Plan::start).thenComparing(byOverlap))
                        .findFirst())
                .orElse(null);
    }

    private static long overlap(Plan p, Set<Long> territory) {
        if (territory == null) return p.units().size();
        return p.units().stream().filter(territory::contains).count();
    }
}
