package vn.ishc.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.plan.PlanCommands.CreatePlan;
import vn.ishc.plan.PlanCommands.EditPlan;
import vn.ishc.plan.PlanCommands.LockPlan;
import vn.ishc.plan.PlanCommands.SetRoadmap;
import vn.ishc.plan.PlanCommands.SetUnitTargets;
import vn.ishc.plan.PlanCommands.UnlockPlan;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Scope;

/**
 * Reading and changing plans. Every logged-in user reads plans (they are reference data, like units).
 * Administrators and city officers change them: a city officer only plans whose every unit lies in their
 * scope, and creates plans only on units of their scope. Only an administrator unlocks an approved plan.
 * Every change is written to the plan's change log (who, when, what, old and new value); on a locked
 * plan a change without a reason is refused.
 */
@Service
public class PlanService {

    /** Section 4's targets, the starting targets of a new plan. */
    static final Map<Indicator, Integer> DEFAULT_TARGETS = defaultTargets();

    private final Plans plans;
    private final UnitDirectory units;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanService(Plans plans, UnitDirectory units, CurrentUser user, Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.units = units;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    private static Map<Indicator, Integer> defaultTargets() {
        Map<Indicator, Integer> t = new EnumMap<>(Indicator.class);
        t.put(Indicator.UNITS_WITH_CLUB, 100);
        t.put(Indicator.NEW_CLUBS, 19);
        t.put(Indicator.NEW_CLUBS_YEAR, 2);
        t.put(Indicator.NEW_CLUB_MEMBERS, 950);
        t.put(Indicator.NEW_CLUB_OLDER_MEMBERS, 570);
        t.put(Indicator.OLD_CLUBS_MAINTAINED, 100);
        t.put(Indicator.CLUBS_COMPOSITION_OK, 100);
        t.put(Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED, 70);
        t.put(Indicator.MEMBERS_WITH_LOANS, 50);
        t.put(Indicator.CLUBS_WITH_BOTH_FUNDS, 100);
        t.put(Indicator.CLUBS_TRAINED_MONITORED, 100);
        return Map.copyOf(t);
    }

    public List<Plan> all() {
        return plans.all();
    }

    public Plan get(long id) {
        return plans.find(id).orElseThrow(() -> new PlanNotFound("plan " + id));
    }

    public List<PlanChange> changes(long id) {
        get(id);
        return plans.changes(id, clock.getZone());
    }

    /** Whether the current user may create plans. */
    public boolean mayCreate() {
        return user.mayPlan() && user.scope().writable();
    }

    /** Whether the current user may change this plan. */
    public boolean mayEdit(Plan p) {
        Scope s = user.scope();
        return user.mayPlan() && s.writable() && p.units().stream().allMatch(u -> s.includes(u, null));
    }

    /** Whether the current user may reopen a locked plan. */
    public boolean mayUnlock(Plan p) {
        return p.locked() && user.mayUnlockPlans();
    }

    /** The units a new plan may cover on a date: wards and communes valid then, inside the user's scope. */
    public List<UnitView> unitsForPlan(LocalDate unitsDate) {
        Scope s = user.scope();
        return units.allAsOf(unitsDate).stream()
                .filter(u -> u.type().isGrassroots())
                .filter(u -> s.includes(u.id(), null))
                .toList();
    }

    private Plan editable(long id, int version) {
        Plan p = get(id);
        if (!mayEdit(p)) throw new AccessDeniedException("plan " + id);
        if (p.version() != version) throw new PlanEditedConcurrently(id);
        return p;
    }

    private String who() {
        return user.name();
    }

    @Transactional
    public long create(CreatePlan c) {
        if (!mayCreate()) throw new AccessDeniedException("plan");
        checkPeriod(c.start(), c.end());
        if (c.unitsDate() == null) throw new PlanRefused("unitsDate", "plan.error.required");
        if (c.units() == null || c.units().isEmpty()) throw new PlanRefused("units", "plan.error.noUnits");
        Set<Long> allowed =
                unitsForPlan(c.unitsDate()).stream().map(UnitView::id).collect(java.util.stream.Collectors.toSet());
        if (!allowed.containsAll(c.units())) throw new PlanRefused("units", "plan.error.unitNotOnDate");
        Plan draft = new Plan(
                0,
                c.name().strip(),
                blankToNull(c.legalReference()),
                c.start(),
                c.end(),
                c.unitsDate(),
                PlanRules.DEFAULT,
                false,
                null,
                null,
                0,
                Set.copyOf(c.units()),
                DEFAULT_TARGETS,
                List.of());
        long id = plans.insert(draft);
        plans.log(id, Instant.now(clock), who(), "created", null, draft.name(), null);
        events.publishEvent(new PlanEvents.PlanCreated(
                id,
                unitOf(draft),
                List.of(
                        new FieldChange("name", null, draft.name()),
                        new FieldChange("legalReference", null, draft.legalReference()),
                        new FieldChange("start", null, String.valueOf(draft.start())),
                        new FieldChange("end", null, String.valueOf(draft.end())),
                        new FieldChange("unitsDate", null, String.valueOf(draft.unitsDate())),
                        new FieldChange("units", null, new java.util.TreeSet<>(draft.units()).toString()))));
        return id;
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        if (start == null) throw new PlanRefused("start", "plan.error.required");
        if (end == null) throw new PlanRefused("end", "plan.error.required");
        if (end.isBefore(start)) throw new PlanRefused("end", "plan.error.endBeforeStart");
    }

    private static void checkRules(PlanRules r) {
        if (r.membersMin() > r.membersMax()) throw new PlanRefused("membersMax", "plan.error.minAboveMax");
        if (r.womenMinPercent() > r.womenMaxPercent())
            throw new PlanRefused("womenMaxPercent", "plan.error.minAboveMax");
        if (r.olderMinPercent() > r.olderMaxPercent())
            throw new PlanRefused("olderMaxPercent", "plan.error.minAboveMax");
        if (r.youngerMinPercent() > r.youngerMaxPercent())
            throw new PlanRefused("youngerMaxPercent", "plan.error.minAboveMax");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Change(String what, String oldValue, String newValue) {}

    private static void compare(List<Change> changes, String what, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new Change(
                    what,
                    oldValue == null ? null : String.valueOf(oldValue),
                    newValue == null ? null : String.valueOf(newValue)));
        }
    }

    /** The longest reason the change log keeps (plan_change.reason). */
    static final int REASON_MAX = 1000;

    /** Refuses a reason longer than the change log keeps, whether or not anything changed. */
    private static void reasonFits(String reason) {
        if (reason != null && reason.length() > REASON_MAX) throw new PlanRefused("reason", "plan.error.reasonLong");
    }

    private String reasonFor(Plan p, String reason) {
        String r = blankToNull(reason);
        if (p.locked() && r == null) throw new PlanRefused("reason", "plan.error.reasonRequired");
        return r;
    }

    /** Saves new details, rules and targets; returns the number of changed values (0: nothing to save). */
    @Transactional
    public int edit(EditPlan c) {
        Plan p = editable(c.id(), c.version());
        checkPeriod(c.start(), c.end());
        checkRules(c.rules());
        Map<Indicator, Integer> targets = new EnumMap<>(Indicator.class);
        c.targets().forEach((k, v) -> {
            if (v != null) targets.put(k, v);
        });
        List<Change> changes = new ArrayList<>();
        compare(changes, "name", p.name(), c.name().strip());
        compare(changes, "legalReference", p.legalReference(), blankToNull(c.legalReference()));
        compare(changes, "start", p.start(), c.start());
        compare(changes, "end", p.end(), c.end());
        if (!p.rules().equals(c.rules())) {
            var o = p.rules().getClass().getRecordComponents();
            for (var rc : o) {
                try {
                    compare(
                            changes,
                            "rule." + rc.getName(),
                            rc.getAccessor().invoke(p.rules()),
                            rc.getAccessor().invoke(c.rules()));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (Indicator i : Indicator.values()) compare(changes, "target." + i.name(), p.target(i), targets.get(i));
        if (changes.isEmpty()) return 0;
        String reason = reasonFor(p, c.reason());
        Plan changed = new Plan(
                p.id(),
                c.name().strip(),
                blankToNull(c.legalReference()),
                c.start(),
                c.end(),
                p.unitsDate(),
                c.rules(),
                p.locked(),
                p.lockedOn(),
                p.lockedBy(),
                p.version(),
                p.units(),
                targets,
                p.roadmap(),
                p.unitTargets());
        save(changed, changes, reason);
        events.publishEvent(new PlanEvents.PlanChanged(
                p.id(),
                unitOf(p),
                changes.stream()
                        .map(ch -> new FieldChange(ch.what(), ch.oldValue(), ch.newValue()))
                        .toList(),
                reason));
        return changes.size();
    }

    /** Replaces the roadmap; entries of 0 new clubs are dropped; returns the number of changed entries. */
    @Transactional
    public int setRoadmap(SetRoadmap c) {
        Plan p = editable(c.id(), c.version());
        Map<String, Integer> before = new TreeMap<>();
        for (Plan.RoadmapEntry r : p.roadmap()) before.put(r.unitId() + "/" + r.year(), r.newClubs());
        Map<String, Integer> after = new TreeMap<>();
        List<Plan.RoadmapEntry> entries = new ArrayList<>();
        for (Plan.RoadmapEntry r : c.entries()) {
            if (!p.units().contains(r.unitId())) throw new PlanRefused("roadmap", "plan.error.roadmapUnit");
            if (r.year() < p.start().getYear() || r.year() > p.end().getYear())
                throw new PlanRefused("roadmap", "plan.error.roadmapYear");
            if (r.newClubs() < 0 || r.newClubs() > 99) throw new PlanRefused("roadmap", "plan.error.roadmapClubs");
            if (r.newClubs() == 0) continue;
            entries.add(r);
            after.put(r.unitId() + "/" + r.year(), r.newClubs());
        }
        return saveUnitTable(p, p.withRoadmap(entries), "roadmap", before, after, c.reason());
    }

    /**
     * Replaces the units' shares of the count targets ({@link Plan#UNIT_SHARED}); returns the number of changed
     * shares. A share is for a unit of the plan's scope, 0 to 100,000; a locked plan needs a reason.
     */
    @Transactional
    public int setUnitTargets(SetUnitTargets c) {
        Plan p = editable(c.id(), c.version());
        Map<String, Integer> before = new TreeMap<>();
        for (Plan.UnitTarget t : p.unitTargets())
            before.put(t.unitId() + "/" + t.indicator().name(), t.target());
        Map<String, Integer> after = new TreeMap<>();
        List<Plan.UnitTarget> targets = new ArrayList<>();
        for (Plan.UnitTarget t : c.targets()) {
            if (!p.units().contains(t.unitId())) throw new PlanRefused("unitTargets", "plan.error.roadmapUnit");
            if (!Plan.UNIT_SHARED.contains(t.indicator()))
                throw new PlanRefused("unitTargets", "plan.error.unitTargetIndicator");
            if (t.target() < 0 || t.target() > 100_000)
                throw new PlanRefused("unitTargets", "plan.error.unitTargetValue");
            if (after.put(t.unitId() + "/" + t.indicator().name(), t.target()) != null)
                throw new PlanRefused("unitTargets", "plan.error.unitTargetTwice");
            targets.add(t);
        }
        return saveUnitTable(p, p.withUnitTargets(targets), "unitTarget", before, after, c.reason());
    }

    /**
     * Saves a plan whose table per unit (the roadmap, the unit shares) changed from {@code before} to {@code
     * after} (keyed "unit id/column"), logging each changed cell as "{@code what} unit name column", and
     * publishes the change; returns the number of changed cells (0: nothing saved).
     */
    private int saveUnitTable(
            Plan p, Plan changed, String what, Map<String, Integer> before, Map<String, Integer> after, String why) {
        reasonFits(why);
        List<Change> changes = new ArrayList<>();
        Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            String[] parts = k.split("/");
            String unitName =
                    units.find(Long.parseLong(parts[0])).map(UnitView::name).orElse(parts[0]);
            compare(changes, what + " " + unitName + " " + parts[1], before.get(k), after.get(k));
        }
        if (changes.isEmpty()) return 0;
        String reason = reasonFor(p, why);
        save(changed, changes, reason);
        events.publishEvent(new PlanEvents.PlanChanged(
                p.id(),
                unitOf(p),
                changes.stream()
                        .map(ch -> new FieldChange(ch.what(), ch.oldValue(), ch.newValue()))
                        .toList(),
                reason));
        return changes.size();
    }

    /**
     * Demo data only ({@link DemoPlanShares}): a plan's roadmap and the members' shares its text proposes,
     * in the change log and the audit trail like any change, by the system.
     */
    @Transactional
    void seedShares(long id, List<Plan.RoadmapEntry> roadmap) {
        Plan p = get(id);
        Plan withRoadmap = p.withRoadmap(roadmap).withUnitTargets(List.of());
        List<Plan.UnitTarget> shares = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Plan.RoadmapEntry r : roadmap)
            changes.add(new Change("roadmap " + r.unitId() + " " + r.year(), null, "" + r.newClubs()));
        for (long unit : new java.util.TreeSet<>(p.units())) {
            for (Indicator i : Plan.UNIT_SHARED) {
                Integer s = withRoadmap.proposedShare(unit, i);
                if (s == null) continue;
                shares.add(new Plan.UnitTarget(unit, i, s));
                changes.add(new Change("unitTarget " + unit + " " + i.name(), null, "" + s));
            }
        }
        Plan changed = withRoadmap.withUnitTargets(shares);
        if (!plans.update(changed)) throw new PlanEditedConcurrently(id);
        Instant now = Instant.now(clock);
        String reason = "Dữ liệu mẫu: lộ trình và chỉ tiêu của các phường, xã";
        for (Change ch : changes)
            plans.log(id, now, vn.ishc.shared.CurrentUser.SYSTEM, ch.what(), null, ch.newValue(), reason);
        events.publishEvent(new PlanEvents.PlanChanged(
                id,
                unitOf(p),
                changes.stream()
                        .map(ch -> new FieldChange(ch.what(), ch.oldValue(), ch.newValue()))
                        .toList(),
                reason));
    }

    @Transactional
    public void lock(LockPlan c) {
        Plan p = editable(c.id(), c.version());
        if (p.locked()) return;
        Instant now = Instant.now(clock);
        save(p.withLock(true, now, who()), List.of(new Change("locked", "false", "true")), null);
        events.publishEvent(new PlanEvents.PlanLocked(p.id(), unitOf(p)));
    }

    @Transactional
    public void unlock(UnlockPlan c) {
        Plan p = editable(c.id(), c.version());
        if (!mayUnlock(p)) throw new AccessDeniedException("plan " + c.id());
        String reason = reasonFor(p, c.reason());
        save(p.withLock(false, null, null), List.of(new Change("locked", "true", "false")), reason);
        events.publishEvent(new PlanEvents.PlanUnlocked(p.id(), unitOf(p), reason));
    }

    private void save(Plan changed, List<Change> changes, String reason) {
        if (!plans.update(changed)) throw new PlanEditedConcurrently(changed.id());
        Instant now = Instant.now(clock);
        for (Change ch : changes) plans.log(changed.id(), now, who(), ch.what(), ch.oldValue(), ch.newValue(), reason);
    }

    /** The unit the audit trail files a plan's entries under: its lowest unit id. */
    private static Long unitOf(Plan p) {
        return p.units().stream().min(Long::compare).orElse(null);
    }
}
