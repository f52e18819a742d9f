package vn.ishc.oversight.task;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.oversight.task.TaskCommands.CreateYearTasks;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;
import vn.ishc.web.FormSubmission;

/**
 * The agencies' tasks pages: the city's view of a year (each agency, each ward committee, its tasks and whether
 * it has done its part), creating the year's tasks from the plan, and a task with its update form.
 */
@Controller
class TaskController {
    private final AgencyTaskService service;

    TaskController(AgencyTaskService service) {
        this.service = service;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/tasks")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? service.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("rows", service.year(y));
        model.addAttribute("mayPlan", service.mayPlan());
        return "tasks/year";
    }

    @PostMapping("/tasks/create")
    String create(@RequestParam int year, RedirectAttributes redirect) {
        int created = service.createYear(new CreateYearTasks(year));
        redirect.addFlashAttribute("flash", "task.created");
        redirect.addFlashAttribute("created", created);
        return "redirect:/tasks?year=" + year;
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, Model model) {
        AgencyTask t = service.get(id);
        model.addAttribute("form", TaskForm.of(t));
        return page(model, t);
    }

    @PostMapping("/tasks/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") TaskForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgencyTask t = service.get(id);
        if (form.version == null) errors.reject("task.error.concurrent");
        Optional<AgencyTask> saved = FormSubmission.of(errors)
                .concurrentEdit("task.error.concurrent")
                .get(() -> service.update(new UpdateTask(
                        id,
                        form.version,
                        form.status,
                        form.dueOn,
                        form.doneOn,
                        form.evidenceNote,
                        form.evidenceDocument,
                        form.evidenceKind,
                        form.evidenceId)));
        if (saved.isEmpty()) return page(model, t);
        redirect.addFlashAttribute("flash", "task.saved");
        return "redirect:/tasks/" + id;
    }

    private String page(Model model, AgencyTask t) {
        Map<String, Agency> agencies =
                service.agencies().stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        model.addAttribute("task", t);
        model.addAttribute("agency", agencies.get(t.agencyCode()));
        model.addAttribute(
                "duty",
                service.duties().stream()
                        .filter(d -> d.code().equals(t.dutyCode()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "unitName",
                t.unitId() == null
                        ? null
                        : service.year(t.year()).stream()
                                .filter(r -> t.unitId().equals(r.unitId()))
                                .map(AgencyTaskService.AgencyYear::unitName)
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "evidenceLink", t.evidenceKind() == null ? null : service.link(t.evidenceKind(), t.evidenceId()));
        model.addAttribute("mayUpdate", service.mayUpdate(t));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("linkKinds", service.linkableKinds());
        return "tasks/detail";
    }
}
