package vn.ishc.oversight.visit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.oversight.RatingThresholds;
import vn.ishc.plan.Plan;
import vn.ishc.plan.PlanService;

/**
 * The checklist and thresholds in force for a club on a day. The plan in force is a plan whose period contains
 * the day and whose units (or, through lineage, their territory) cover the club's unit; else the latest plan
 * (by start); a plan without items of its own uses the default items ({@code monitoring_checklist_default}),
 * without a rating rule of its own 80 % / 50 %. Plans are read through the plan module's API ({@link
 * PlanService#all()}).
 */
@Service
public class Checklists {
    private final MonitoringVisits store;
    private final PlanService plans;
    private final UnitDirectory units;
    private final org.springframework.context.ApplicationEventPublisher events;

    Checklists(
            MonitoringVisits store,
            PlanService plans,
            UnitDirectory units,
            org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.plans = plans;
        this.units = units;
        this.events = events;
    }

    /** A plan's checklist, for its page (404 for a plan that does not exist). */
    @Transactional(readOnly = true)
    public PlanChecklist ofPlan(long planId) {
        return of(plans.get(planId));
    }

    /** Whether the caller may change the plan's checklist: whoever may edit the plan (administrators, city officers). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long planId) {
        return plans.mayEdit(plans.get(planId));
    }

    /**
     * Replaces a plan's checklist and thresholds (both are then the plan's own), audited with the values
     * before and after; visits already recorded keep the items and rating they were given.
     */
    @Transactional
    public PlanChecklist save(VisitCommands.SaveChecklist c) {
        Plan plan = plans.get(c.planId());
        if (!plans.mayEdit(plan))
            throw new org.springframework.security.access.AccessDeniedException("plan " + c.planId());
        List<ChecklistItem> items = ChecklistItem.checked(c.items());
        if (c.goodMinPercent() == null)
            throw new vn.ishc.oversight.OversightRefused("goodMinPercent", "validation.required");
        if (c.fairMinPercent() == null)
            throw new vn.ishc.oversight.OversightRefused("fairMinPercent", "validation.required");
        if (!RatingThresholds.valid(c.goodMinPercent(), c.fairMinPercent()))
            throw new vn.ishc.oversight.OversightRefused("fairMinPercent", "oversight.checklist.error.thresholds");
        PlanChecklist before = of(plan);
        RatingThresholds thresholds = new RatingThresholds(c.goodMinPercent(), c.fairMinPercent());
        store.replaceChecklist(plan.id(), items, thresholds);
        PlanChecklist after = of(plan);
        List<vn.ishc.shared.FieldChange> changes = vn.ishc.shared.FieldChange.between(text(before), text(after));
        if (!changes.isEmpty()) events.publishEvent(new VisitEvents.ChecklistChanged(plan.id(), changes));
        return after;
    }

    private static java.util.Map<String, Object> text(PlanChecklist c) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put(
                "items",
                c.items().stream()
                        .map(i -> i.position() + " " + i.code() + " (" + i.maxScore() + "): " + i.labelVi() + " / "
                                + i.labelEn())
                        .collect(java.util.stream.Collectors.joining("; ")));
        m.put("goodMinPercent", c.thresholds().goodMinPercent());
        m.put("fairMinPercent", c.thresholds().fairMinPercent());
        return m;
    }

    /** A plan's checklist and thresholds, and whether they are the plan's own or the defaults. */
    public record PlanChecklist(
            long planId, String planName, List<ChecklistItem> items, RatingThresholds thresholds, boolean ownItems) {
        public int maxScore() {
            return items.stream().mapToInt(ChecklistItem::maxScore).sum();
        }
    }

    /** The plan in force for a club's unit on a day (see the class), if there is any plan. */
    @Transactional(readOnly = true)
    public Optional<PlanChecklist> inForce(long clubUnitId, LocalDate on) {
        List<Plan> all = plans.all();
        Optional<Plan> plan = all.stream()
                .filter(p -> p.inForceOn(on) && covers(p, clubUnitId))
                .max(Comparator.comparing(Plan::start).thenComparingLong(Plan::id));
        if (plan.isEmpty())
            plan = all.stream().max(Comparator.comparing(Plan::start).thenComparingLong(Plan::id));
        return plan.map(this::of);
    }

    private boolean covers(Plan p, long unitId) {
        for (long u : p.units()) {
            if (u == unitId) return true;
            Set<Long> territory = units.territory(u);
            if (territory.contains(unitId)) return true;
        }
        return false;
    }

    /** A plan's checklist (its own items, else the defaults) and thresholds. */
    @Transactional(readOnly = true)
    public PlanChecklist of(Plan p) {
        List<ChecklistItem> own = store.ofPlan(p.id());
        return new PlanChecklist(
                p.id(),
                p.name(),
                own.isEmpty() ? store.defaults() : own,
                store.thresholds(p.id()).orElse(RatingThresholds.DEFAULT),
                !own.isEmpty());
    }

    /** The default items. */
    @Transactional(readOnly = true)
    public List<ChecklistItem> defaults() {
        return store.defaults();
    }
}
