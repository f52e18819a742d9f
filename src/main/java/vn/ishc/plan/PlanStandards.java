package vn.ishc.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.member.CompositionStandard;
import vn.ishc.member.CompositionStandards;

/**
 * The rules of the plan in force, for the other modules and the club standing: for a club on a day, a plan
 * whose period contains the day and whose units cover the club's recorded unit (the unit itself, or the
 * units of the plan's date it became part of or was formed from, as {@link EraMap} maps them; the oldest
 * such plan); else the latest plan (by start) covering the club, so a club keeps its own plan's rules once
 * that plan is over; else the latest plan; with no plan at all, the defaults of a new plan ({@link
 * PlanRules#DEFAULT}, section 3 of the requirements). Where no one club is concerned ({@link #on}): the plan
 * in force on the day with the most units, else the latest plan with the most units. The plans are read again only when one was added or
 * changed (their number and versions, one small query).
 */
@Component
class PlanStandards implements CompositionStandards {
    private final PlanService plans;
    private final UnitDirectory units;
    private final JdbcClient jdbc;
    private volatile Cached cached;
    private final java.util.concurrent.ConcurrentMap<String, Boolean> covered =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(String stamp, List<Plan> plans) {}

    PlanStandards(PlanService plans, UnitDirectory units, JdbcClient jdbc) {
        this.plans = plans;
        this.units = units;
        this.jdbc = jdbc;
    }

    private List<Plan> plans() {
        String stamp = jdbc.sql("select count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(max(id), 0)"
                        + " || '/' || (select count(*) from plan_unit) from plan")
                .query(String.class)
                .single();
        Cached c = cached;
        if (c == null || !c.stamp().equals(stamp)) {
            c = new Cached(
                    stamp,
                    plans.all().stream().sorted(Comparator.comparing(Plan::id)).toList());
            cached = c;
        }
        return c.plans();
    }

    /** The plan for a club recorded under {@code unitId} on a day, or null when there is no plan. */
    Plan planFor(Long unitId, LocalDate on) {
        return planFor(plans(), unitId, on).orElse(null);
    }

    /** The rules of the plan for a club recorded under {@code unitId} on a day. */
    PlanRules rulesFor(Long unitId, LocalDate on) {
        return planFor(plans(), unitId, on).map(Plan::rules).orElse(PlanRules.DEFAULT);
    }

    private Optional<Plan> planFor(List<Plan> all, Long unitId, LocalDate on) {
        Optional<UnitView> unit = unitId == null ? Optional.empty() : units.find(unitId);
        List<Plan> covering = all.stream()
                .filter(p -> unit.isPresent() && covers(p, unit.get()))
                .toList();
        return covering.stream()
                .filter(p -> p.inForceOn(on))
                .findFirst()
                .or(() -> latest(covering))
                .or(() -> widest(all));
    }

    /** Whether a plan's units cover a unit (remembered per plan version and unit: the unit graph is fixed). */
    private boolean covers(Plan p, UnitView unit) {
        return covered.computeIfAbsent(
                p.id() + "/" + p.version() + "/" + unit.id(),
                k -> EraMap.eraUnitsOf(units, unit, p.unitsDate()).stream()
                        .anyMatch(u -> p.units().contains(u.id())));
    }

    private static Optional<Plan> latest(List<Plan> plans) {
        return plans.stream().max(Comparator.comparing(Plan::start).thenComparing(Plan::id));
    }

    /** The plan with the most units, the latest by start among equals, the oldest among those. */
    private static Optional<Plan> widest(List<Plan> plans) {
        return plans.stream()
                .max(Comparator.comparingInt((Plan p) -> p.units().size())
                        .thenComparing(Plan::start)
                        .thenComparing(Comparator.comparing(Plan::id).reversed()));
    }

    @Override
    public CompositionStandard forClub(long clubId, LocalDate on) {
        return forClubs(List.of(clubId), on).get(clubId);
    }

    @Override
    public Map<Long, CompositionStandard> forClubs(Collection<Long> clubIds, LocalDate on) {
        List<Plan> all = plans();
        Map<Long, Long> unitOf = new HashMap<>();
        if (!clubIds.isEmpty()) {
            jdbc.sql("select id, unit_id from club_fact_v where id in (:ids)")
                    .param("ids", clubIds)
                    .query(rs -> {
                        unitOf.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        Map<Long, PlanRules> byUnit = new HashMap<>();
        Map<Long, CompositionStandard> out = new HashMap<>();
        for (Long id : clubIds) {
            Long unit = unitOf.get(id);
            PlanRules rules = unit == null
                    ? planFor(all, null, on).map(Plan::rules).orElse(PlanRules.DEFAULT)
                    : byUnit.computeIfAbsent(
                            unit, u -> planFor(all, u, on).map(Plan::rules).orElse(PlanRules.DEFAULT));
            out.put(id, rules.composition());
        }
        return out;
    }

    @Override
    public CompositionStandard on(LocalDate day) {
        List<Plan> all = plans();
        return widest(all.stream().filter(p -> p.inForceOn(day)).toList())
                .or(() -> widest(all))
                .map(Plan::rules)
                .orElse(PlanRules.DEFAULT)
                .composition();
    }
}
