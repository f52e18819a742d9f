package vn.ishc.oversight.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.oversight.task.TaskCommands.CreateYearTasks;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;

/** The agencies' tasks over JSON: a year's tasks by agency, one task, its update, creating a year's tasks. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Agencies' tasks", description = "The tasks of the plan's section V per agency and year (R16)")
class TaskApiController {
    private final AgencyTaskService service;

    TaskApiController(AgencyTaskService service) {
        this.service = service;
    }

    record TaskDto(
            long id,
            String agency,
            Long unitId,
            String duty,
            int year,
            String title,
            TaskStatus status,
            LocalDate dueOn,
            LocalDate doneOn,
            String evidenceNote,
            String evidenceDocument,
            EvidenceKind evidenceKind,
            Long evidenceId,
            int version) {
        static TaskDto of(AgencyTask t) {
            return new TaskDto(
                    t.id(),
                    t.agencyCode(),
                    t.unitId(),
                    t.dutyCode(),
                    t.year(),
                    t.title(),
                    t.status(),
                    t.dueOn(),
                    t.doneOn(),
                    t.evidenceNote(),
                    t.evidenceDocument(),
                    t.evidenceKind(),
                    t.evidenceId(),
                    t.version());
        }
    }

    record AgencyYearDto(String agency, Long unitId, String unitName, boolean doneItsPart, List<TaskDto> tasks) {}

    record UpdateRequest(
            @NotNull(message = "{validation.required}") Integer version,
            @NotNull(message = "{validation.required}") TaskStatus status,
            LocalDate dueOn,
            LocalDate doneOn,
            String evidenceNote,
            String evidenceDocument,
            EvidenceKind evidenceKind,
            Long evidenceId) {}

    record CreatedDto(int year, int created) {}

    @GetMapping
    @Operation(summary = "A year's tasks by agency (each ward committee apart), with whether it has done its part")
    List<AgencyYearDto> year(@RequestParam(required = false) Integer year) {
        int y = year == null ? service.today().getYear() : year;
        return service.year(y).stream()
                .map(r -> new AgencyYearDto(
                        r.agency().code(),
                        r.unitId(),
                        r.unitName(),
                        r.doneItsPart(),
                        r.tasks().stream().map(TaskDto::of).toList()))
                .toList();
    }

    @PostMapping("/years/{year}")
    @Operation(summary = "Create the year's tasks from the plan's duties (idempotent: adds only what is missing)")
    CreatedDto create(@PathVariable int year) {
        return new CreatedDto(year, service.createYear(new CreateYearTasks(year)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task")
    TaskDto get(@PathVariable long id) {
        return TaskDto.of(service.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a task's status, dates and evidence (with the version read)")
    TaskDto update(@PathVariable long id, @Valid @RequestBody UpdateRequest r) {
        return TaskDto.of(service.update(new UpdateTask(
                id,
                r.version(),
                r.status(),
                r.dueOn(),
                r.doneOn(),
                r.evidenceNote(),
                r.evidenceDocument(),
                r.evidenceKind(),
                r.evidenceId())));
    }
}
