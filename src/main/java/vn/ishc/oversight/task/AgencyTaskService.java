package vn.ishc.oversight.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.oversight.task.TaskCommands.CreateYearTasks;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;
import vn.ishc.oversight.task.TaskEvents.TaskUpdated;
import vn.ishc.oversight.task.TaskEvents.YearTasksCreated;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Scope;

/**
 * The agencies' tasks (R16): the tasks of a year created from the plan's section V in one action (idempotent),
 * a task's status and evidence updated, the year's view of each agency and whether it has done its part. Who:
 * administrators and city officers create the year's tasks and update any task; ward officers update their ward
 * committee's tasks (their territory); everyone logged in reads them.
 */
@Service
public class AgencyTaskService {
    /** The first year of the plan: tasks are made from it on. */
    static final int FIRST_YEAR = 2021;

    private final AgencyTasks tasks;
    private final UnitDirectory units;
    private final List<EvidenceLinks> links;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgencyTaskService(
            AgencyTasks tasks,
            UnitDirectory units,
            List<EvidenceLinks> links,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.units = units;
        this.links = links;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return tasks.agencies();
    }

    @Transactional(readOnly = true)
    public List<Duty> duties() {
        return tasks.duties();
    }

    /** Whether the user creates a year's tasks and updates the city agencies' tasks. */
    public boolean mayPlan() {
        return user.mayPlan();
    }

    /** Whether the user may update this task: planners any, ward officers their ward committee's. */
    public boolean mayUpdate(AgencyTask t) {
        if (user.mayPlan()) return true;
        return t.unitId() != null && user.mayRecordResources() && user.scope().permitsWrite(t.unitId(), null);
    }

    /**
     * Creates the year's tasks from the plan's duties: one per duty of each city agency, and one per duty of the
     * ward committees for each ward or commune in the user's scope valid at the year's end (or today, for the
     * current year). A task already there (same agency, ward and duty) is kept as it is, so running it again adds
     * only what is missing (a ward formed since). Returns how many were added.
     */
    @Transactional
    public int createYear(CreateYearTasks c) {
        if (!user.mayPlan()) throw new AccessDeniedException("planners create the year's tasks");
        LocalDate today = today();
        if (c.year() < FIRST_YEAR || c.year() > today.getYear() + 1) {
            throw new TaskRefused("year", "task.error.year", FIRST_YEAR, today.getYear() + 1);
        }
        int created = create(c.year(), wards(c.year()), user.name());
        events.publishEvent(new YearTasksCreated(c.year(), created));
        return created;
    }

    /** Creates what is missing of a year's tasks for these wards, recorded by {@code by}; how many were added. */
    int create(int year, List<UnitView> wards, String by) {
        CreateYearTasks c = new CreateYearTasks(year);
        Set<String> existing = new HashSet<>();
        for (AgencyTask t : tasks.ofYear(c.year())) {
            if (t.dutyCode() != null) existing.add(key(t.agencyCode(), t.unitId(), t.dutyCode()));
        }
        Map<String, Agency> agencies = new LinkedHashMap<>();
        for (Agency a : tasks.agencies()) agencies.put(a.code(), a);
        int created = 0;
        for (Duty d : tasks.duties()) {
            Agency a = agencies.get(d.agencyCode());
            List<Long> unitIds = new ArrayList<>();
            if (a.perUnit()) wards.forEach(w -> unitIds.add(w.id()));
            else unitIds.add(null);
            for (Long unitId : unitIds) {
                if (!existing.add(key(a.code(), unitId, d.code()))) continue;
                tasks.insert(AgencyTask.planned(d, unitId, c.year(), title(d), by, clock.instant()));
                created++;
            }
        }
        return created;
    }

    /** The wards and communes of the user's scope valid at the end of the year (or today, this year). */
    List<UnitView> wards(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate on = end.isAfter(today()) ? today() : end;
        if (on.getYear() < year) on = LocalDate.of(year, 1, 1);
        Scope s = user.scope();
        return units.allAsOf(on).stream()
                .filter(u -> u.type().isGrassroots())
                .filter(u -> s.includesUnit(u.id()))
                .toList();
    }

    /** Updates a task's status, due date and evidence, if it is still the version the user read. */
    @Transactional
    public AgencyTask update(UpdateTask c) {
        AgencyTask t = get(c.id());
        if (!mayUpdate(t)) throw new AccessDeniedException("not this user's task");
        if (t.version() != c.version()) throw new TaskEditedConcurrently();
        Map<String, Object> before = fields(t);
        boolean exists =
                c.evidenceKind() != null && c.evidenceId() != null && linkExists(c.evidenceKind(), c.evidenceId());
        t.update(c, today(), exists, user.name(), clock.instant());
        if (!tasks.update(t)) throw new TaskEditedConcurrently();
        List<FieldChange> changes = FieldChange.between(before, fields(t));
        if (!changes.isEmpty()) {
            events.publishEvent(new TaskUpdated(t.id(), t.agencyCode(), t.unitId(), t.year(), changes));
        }
        return get(t.id());
    }

    /** Whether a record exists to link as evidence (false for a kind no module answers for yet). */
    public boolean linkExists(EvidenceKind kind, long id) {
        return links.stream().filter(l -> l.kind() == kind).anyMatch(l -> l.exists(id));
    }

    /** The page of a linked record, or null when no module answers for its kind. */
    public String link(EvidenceKind kind, long id) {
        return links.stream()
                .filter(l -> l.kind() == kind)
                .findFirst()
                .map(l -> l.link(id))
                .orElse(null);
    }

    /** The kinds of record that can be linked today. */
    public List<EvidenceKind> linkableKinds() {
        return links.stream().map(EvidenceLinks::kind).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    public AgencyTask get(long id) {
        if (!user.loggedIn()) throw new TaskNotFound(id);
        return tasks.find(id).orElseThrow(() -> new TaskNotFound(id));
    }

    /** One agency (for a ward committee: one ward) in a year: its tasks and whether it has done its part. */
    public record AgencyYear(Agency agency, Long unitId, String unitName, List<AgencyTask> tasks) {
        /** All its tasks of the year DONE (and it has some). */
        public boolean doneItsPart() {
            return !tasks.isEmpty() && tasks.stream().allMatch(AgencyTask::done);
        }

        public long count(TaskStatus status) {
            return tasks.stream().filter(t -> t.status() == status).count();
        }
    }

    /** The year: each agency (each ward committee) with its tasks, in the plan's order. */
    @Transactional(readOnly = true)
    public List<AgencyYear> year(int year) {
        if (year < 1900 || year > 9999) throw new TaskRefused("year", "task.error.year", FIRST_YEAR, 9999);
        Map<String, List<AgencyTask>> byKey = new LinkedHashMap<>();
        for (AgencyTask t : tasks.ofYear(year)) {
            byKey.computeIfAbsent(t.agencyCode() + "|" + t.unitId(), k -> new ArrayList<>())
                    .add(t);
        }
        List<AgencyYear> out = new ArrayList<>();
        for (Agency a : tasks.agencies()) {
            List<Map.Entry<String, List<AgencyTask>>> mine = byKey.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(a.code() + "|"))
                    .toList();
            for (var e : mine) {
                Long unitId = e.getValue().get(0).unitId();
                String name = unitId == null
                        ? null
                        : units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId));
                out.add(new AgencyYear(a, unitId, name, e.getValue()));
            }
        }
        out.sort(java.util.Comparator.comparingInt((AgencyYear y) -> y.agency().position())
                .thenComparing(y -> y.unitName() == null ? "" : y.unitName()));
        return out;
    }

    private static String key(String agency, Long unitId, String duty) {
        return agency + "|" + unitId + "|" + duty;
    }

    /** A duty's title: its first clause in the plan's words (up to the first semicolon or full stop). */
    static String title(Duty d) {
        String text = d.textVi().strip();
        int cut = text.length();
        for (char stop : new char[] {';', '.'}) {
            int i = text.indexOf(stop);
            if (i > 0 && i < cut) cut = i;
        }
        String t = text.substring(0, cut).strip();
        return t.length() > AgencyTask.TITLE_MAX ? t.substring(0, AgencyTask.TITLE_MAX) : t;
    }

    private static Map<String, Object> fields(AgencyTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", t.status());
        m.put("dueOn", t.dueOn());
        m.put("doneOn", t.doneOn());
        m.put("evidenceNote", t.evidenceNote());
        m.put("evidenceDocument", t.evidenceDocument());
        m.put("evidenceKind", t.evidenceKind());
        m.put("evidenceId", t.evidenceId());
        return m;
    }
}
