package vn.ishc.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commands that change plans, one record per use case. */
public final class PlanCommands {
    private PlanCommands() {}

    /** A new plan on units valid on {@code unitsDate}; it starts with section 3's rules and section 4's targets. */
    public record CreatePlan(
            String name, String legalReference, LocalDate start, LocalDate end, LocalDate unitsDate, Set<Long> units) {}

    /** New details, rules and whole-scope targets (null: no target); a locked plan needs a reason. */
    public record EditPlan(
            long id,
            int version,
            String name,
            String legalReference,
            LocalDate start,
            LocalDate end,
            PlanRules rules,
            Map<Indicator, Integer> targets,
            String reason) {}

    /** The whole ward roadmap anew; a locked plan needs a reason. */
    public record SetRoadmap(long id, int version, List<Plan.RoadmapEntry> entries, String reason) {}

    /** Every unit's share of the count targets anew (units left out have none); a locked plan needs a reason. */
    public record SetUnitTargets(long id, int version, List<Plan.UnitTarget> targets, String reason) {}

    /** Approve the plan: from now on its changes need a reason. */
    public record LockPlan(long id, int version) {}

    /** An administrator reopens an approved plan, with a reason. */
    public record UnlockPlan(long id, int version, String reason) {}
}
