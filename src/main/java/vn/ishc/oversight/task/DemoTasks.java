package vn.ishc.oversight.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;
import vn.ishc.oversight.task.TaskEvents.TaskUpdated;
import vn.ishc.oversight.task.TaskEvents.YearTasksCreated;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.FieldChange;

/**
 * Demo agencies' tasks for every year from 2021 up to the clock's today, made as the city officer makes them
 * (from the plan's duties, the wards of each year), in varied states: past years mostly done (a report as
 * evidence; a ward's budget duty linked to that ward's budget line among the demo resources), some not done;
 * the current year planned, in progress or done. Seeded; nothing is added once any task exists. Runs after the
 * demo resources.
 */
@Component
class DemoTasks implements DemoData {
    private static final long SEED = 20210301L;
    private static final String RECORDER = "demo-city";
    private static final long CITY = 3;

    private final AgencyTaskService service;
    private final AgencyTasks tasks;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTasks(
            AgencyTaskService service,
            AgencyTasks tasks,
            UnitDirectory units,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.units = units;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 66;
    }

    @Override
    public void load() {
        if (tasks.count() > 0) return;
        LocalDate today = LocalDate.now(clock);
        Random r = new Random(SEED);
        transaction.executeWithoutResult(tx -> {
            for (int year = AgencyTaskService.FIRST_YEAR; year <= today.getYear(); year++) {
                LocalDate end = LocalDate.of(year, 12, 31);
                LocalDate on = end.isAfter(today) ? today : end;
                List<UnitView> wards = units.allAsOf(on).stream()
                        .filter(u -> u.type().isGrassroots())
                        .filter(u -> units.territory(CITY).contains(u.id()))
                        .toList();
                int created = service.create(year, wards, RECORDER);
                events.publishEvent(new YearTasksCreated(year, created));
                boolean past = year < today.getYear();
                // Some agencies do their whole part in a past year; the others leave a task or two undone.
                for (AgencyTask t : tasks.ofYear(year)) {
                    double roll = r.nextDouble();
                    TaskStatus status;
                    if (past) status = roll < 0.85 ? TaskStatus.DONE : TaskStatus.NOT_DONE;
                    else
                        status =
                                roll < 0.3 ? TaskStatus.DONE : roll < 0.7 ? TaskStatus.IN_PROGRESS : TaskStatus.PLANNED;
                    if (status == TaskStatus.PLANNED) continue;
                    LocalDate done = null;
                    String note = null;
                    String doc = null;
                    EvidenceKind kind = null;
                    Long evidence = null;
                    if (status == TaskStatus.DONE) {
                        done = past
                                ? LocalDate.of(year, 11 + r.nextInt(2), 1 + r.nextInt(28))
                                : today.minusDays(r.nextInt(60));
                        if (done.getYear() < year) done = LocalDate.of(year, 1, 2);
                        if (done.isAfter(today)) done = today;
                        if ("WARD_BUDGET".equals(t.dutyCode()) && t.unitId() != null) {
                            evidence = tasks.budgetLineOf(t.unitId(), year);
                            if (evidence != null) kind = EvidenceKind.RESOURCE;
                        }
                        note = "Báo cáo kết quả thực hiện năm " + year;
                        doc = "BC-" + (10 + r.nextInt(90)) + "/" + year;
                    } else if (status == TaskStatus.NOT_DONE) {
                        note = "Chưa bố trí được nguồn lực trong năm " + year;
                    } else {
                        note = "Đang triển khai";
                    }
                    UpdateTask c =
                            new UpdateTask(t.id(), t.version(), status, t.dueOn(), done, note, doc, kind, evidence);
                    var before = java.util.Map.<String, Object>of("status", t.status());
                    t.update(c, today, true, RECORDER, clock.instant());
                    tasks.update(t);
                    events.publishEvent(new TaskUpdated(
                            t.id(),
                            t.agencyCode(),
                            t.unitId(),
                            t.year(),
                            FieldChange.between(before, java.util.Map.<String, Object>of("status", t.status()))));
                }
            }
        });
    }
}
