package vn.ishc.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.ClubDirectory;
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.training.Organiser;
import vn.ishc.oversight.training.TrainingCommands.CancelTraining;
import vn.ishc.oversight.training.TrainingCommands.EditTraining;
import vn.ishc.oversight.training.TrainingCommands.RecordTraining;
import vn.ishc.oversight.training.TrainingService;
import vn.ishc.oversight.training.TrainingSession;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;
import vn.ishc.web.Htmx;

/** The training pages: the list (year, unit, pager, exports), recording, a session with its edit and cancel. */
@Controller
class TrainingController {
    private final TrainingService trainings;
    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final MessageSource messages;

    TrainingController(TrainingService trainings, ClubDirectory clubs, UnitDirectory units, MessageSource messages) {
        this.trainings = trainings;
        this.clubs = clubs;
        this.units = units;
        this.messages = messages;
    }

    @InitBinder({"form", "cancelForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(500);
    }

    @GetMapping("/trainings")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        TrainingService.Query query = new TrainingService.Query(year, unit, page, TrainingService.PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", trainings.search(query));
        model.addAttribute("filterUnits", units.allAsOf(trainings.today()));
        model.addAttribute("mayRecord", trainings.mayRecord());
        return htmx.view("oversight/trainings", "results");
    }

    @GetMapping("/trainings/export.{format}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        TrainingService.Page result = trainings.search(new TrainingService.Query(year, unit, 0, 0).everything());
        List<String> headers = Arrays.stream(new String[] {
                    "oversight.training.startsOn",
                    "oversight.training.endsOn",
                    "oversight.training.topic",
                    "oversight.training.unit",
                    "oversight.training.organiser",
                    "oversight.training.trainers",
                    "oversight.training.place",
                    "oversight.training.participants",
                    "oversight.training.clubs",
                    "oversight.status"
                })
                .map(k -> message(locale, k))
                .toList();
        List<List<?>> rows = new ArrayList<>();
        for (TrainingSession s : result.sessions()) {
            rows.add(Arrays.asList(
                    s.startsOn(),
                    s.endsOn(),
                    s.topic(),
                    trainings.unitName(s.unitId()),
                    message(locale, "oversight.organiser." + s.organiser())
                            + (s.organiserName() == null ? "" : " (" + s.organiserName() + ")"),
                    s.trainers(),
                    s.place(),
                    s.participants().size(),
                    s.participants().stream()
                            .filter(p -> p.clubId() != null)
                            .map(p -> result.clubNames().getOrDefault(p.clubId(), ""))
                            .distinct()
                            .collect(Collectors.joining("; ")),
                    message(locale, s.cancelled() ? "oversight.cancelled" : "oversight.standing")));
        }
        TableDownload.send(
                format,
                "tap-huan" + (year == null ? "" : "-" + year),
                message(locale, "oversight.training.list"),
                headers,
                rows,
                response);
    }

    @GetMapping("/trainings/new")
    String newForm(Model model) {
        if (!trainings.mayRecord()) throw new AccessDeniedException("trainings");
        TrainingForm form = new TrainingForm();
        form.startsOn = trainings.today();
        form.endsOn = trainings.today();
        form.organiser = Organiser.CITY_ASSOCIATION;
        List<vn.ishc.area.UnitView> own = trainings.unitsForSessions();
        if (!own.isEmpty()) form.unitId = own.get(0).id();
        model.addAttribute("form", form.withBlankRows());
        return formPage(model, null);
    }

    @PostMapping("/trainings/new")
    String record(
            @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!trainings.mayRecord()) throw new AccessDeniedException("trainings");
        // Rows a value could not be bound to stay where they are, so that their messages stay beside them.
        if (!errors.hasErrors()) form.compact();
        Optional<TrainingSession> saved =
                FormSubmission.of(errors).get(() -> trainings.record(new RecordTraining(form.details())));
        if (saved.isEmpty()) {
            form.topUpBlankRows();
            return formPage(model, null);
        }
        redirect.addFlashAttribute("flash", "oversight.training.recorded");
        return "redirect:/trainings/" + saved.get().id();
    }

    @GetMapping("/trainings/{id}")
    String detail(@PathVariable long id, Model model) {
        TrainingSession s = trainings.get(id);
        model.addAttribute("training", s);
        model.addAttribute("clubNames", trainings.clubNames(List.of(s)));
        model.addAttribute("unitName", trainings.unitName(s.unitId()));
        model.addAttribute("mayChange", trainings.mayChange(s));
        if (!model.containsAttribute("cancelForm")) model.addAttribute("cancelForm", new CancelForm());
        return "oversight/training";
    }

    @GetMapping("/trainings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        TrainingSession s = trainings.get(id);
        if (!trainings.mayChange(s) || s.cancelled()) throw new AccessDeniedException("training " + id);
        model.addAttribute("form", TrainingForm.of(s).withBlankRows());
        return formPage(model, s);
    }

    @PostMapping("/trainings/{id}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") TrainingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TrainingSession s = trainings.get(id);
        // Rows a value could not be bound to stay where they are, so that their messages stay beside them.
        if (!errors.hasErrors()) form.compact();
        if (form.version == null) errors.reject("oversight.error.concurrent");
        boolean done = FormSubmission.of(errors)
                .concurrentEdit("oversight.error.concurrent")
                .run(() -> trainings.edit(new EditTraining(id, form.version, form.details())));
        if (!done) {
            form.topUpBlankRows();
            return formPage(model, s);
        }
        redirect.addFlashAttribute("flash", "oversight.saved");
        return "redirect:/trainings/" + id;
    }

    @PostMapping("/trainings/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        trainings.get(id);
        boolean done = FormSubmission.of(errors).run(() -> trainings.cancel(new CancelTraining(id, form.reason)));
        if (!done) return detail(id, model);
        redirect.addFlashAttribute("flash", "oversight.training.cancelledNow");
        return "redirect:/trainings/" + id;
    }

    private String formPage(Model model, TrainingSession s) {
        model.addAttribute("training", s);
        model.addAttribute("sessionUnits", trainings.unitsForSessions());
        model.addAttribute("clubs", clubs.visible());
        model.addAttribute("organisers", Organiser.values());
        model.addAttribute("roles", ParticipantRole.values());
        return "oversight/training-form";
    }

    private String message(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }

    /** Year of today, for templates. */
    LocalDate today() {
        return trainings.today();
    }
}
