package vn.ishc.oversight.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.report.periodic.PeriodicSection;
import vn.ishc.report.periodic.ReportDocument;

/**
 * The periodic reports' "agencies' tasks" (R16): for each year of the report's period, each agency of plan
 * section V with its tasks by status and whether it has done its part. A report of a ward or commune shows
 * its own committee's tasks (the units of its territory); a report of the city (any unit above the wards)
 * also the city's agencies. No tasks, no table.
 */
@Component
class TasksReportSection implements PeriodicSection {
    private final AgencyTaskService tasks;
    private final UnitDirectory units;
    private final MessageSource messages;

    TasksReportSection(AgencyTaskService tasks, UnitDirectory units, MessageSource messages) {
        this.tasks = tasks;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public Slot slot() {
        return Slot.AGENCY_TASKS;
    }

    @Override
    public Optional<ReportDocument.Table> table(Request r) {
        boolean cityLevel = units.find(r.unitId())
                .map(UnitView::type)
                .map(t -> !t.isGrassroots())
                .orElse(false);
        List<List<ReportDocument.Cell>> rows = new ArrayList<>();
        for (int year = r.from().getYear(); year <= r.to().getYear(); year++) {
            for (AgencyTaskService.AgencyYear y : tasks.year(year)) {
                boolean ours = y.unitId() == null ? cityLevel : r.territory().contains(y.unitId());
                if (!ours) continue;
                String agency = y.agency().label(r.locale()) + (y.unitName() == null ? "" : " – " + y.unitName());
                rows.add(List.of(
                        ReportDocument.Cell.text(String.valueOf(year)),
                        ReportDocument.Cell.text(agency),
                        ReportDocument.Cell.count(y.tasks().size()),
                        ReportDocument.Cell.count(y.count(TaskStatus.DONE)),
                        ReportDocument.Cell.count(y.count(TaskStatus.IN_PROGRESS) + y.count(TaskStatus.PLANNED)),
                        ReportDocument.Cell.count(y.count(TaskStatus.NOT_DONE)),
                        ReportDocument.Cell.text(text(y.doneItsPart() ? "task.report.yes" : "task.report.no", r))));
            }
        }
        if (rows.isEmpty()) return Optional.empty();
        List<ReportDocument.Column> columns = List.of(
                new ReportDocument.Column(text("task.report.year", r), null, 8),
                new ReportDocument.Column(text("task.agency", r), null, 44),
                new ReportDocument.Column(text("task.report.tasks", r), text("task.report.group", r), 10),
                new ReportDocument.Column(text("task.status.DONE", r), text("task.report.group", r), 12),
                new ReportDocument.Column(text("task.report.open", r), text("task.report.group", r), 12),
                new ReportDocument.Column(text("task.status.NOT_DONE", r), text("task.report.group", r), 12),
                new ReportDocument.Column(text("task.donePart", r), null, 16));
        return Optional.of(new ReportDocument.Table(columns, rows, null));
    }

    private String text(String key, Request r) {
        return messages.getMessage(key, null, r.locale());
    }
}
