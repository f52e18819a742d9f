package vn.ishc.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import vn.ishc.club.ClubView;
import vn.ishc.oversight.Rating;
import vn.ishc.oversight.visit.Checklists.PlanChecklist;
import vn.ishc.oversight.visit.MonitoringVisit;
import vn.ishc.oversight.visit.VisitCommands.CancelVisit;
import vn.ishc.oversight.visit.VisitCommands.CloseFollowUp;
import vn.ishc.oversight.visit.VisitService;
import vn.ishc.shared.Refused;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;
import vn.ishc.web.Htmx;

/**
 * The monitoring visits' pages: a club's visits with the new visit form (the checklist as a table of score
 * selects, rows of follow-ups), the visits in scope by year, unit and rating with their exports, the overdue
 * follow-ups, and a visit with its follow-ups to close and its cancellation.
 */
@Controller
class VisitController {
    private final VisitService visits;
    private final UnitDirectory units;
    private final MessageSource messages;

    VisitController(VisitService visits, UnitDirectory units, MessageSource messages) {
        this.visits = visits;
        this.units = units;
        this.messages = messages;
    }

    @InitBinder({"form", "cancelForm", "closeForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(200);
    }

    // ---- a club's visits ----

    @GetMapping("/clubs/{clubId}/visits")
    String club(@PathVariable long clubId, Model model) {
        ClubView club = visits.club(clubId);
        VisitForm form = new VisitForm();
        form.visitedOn = visits.today();
        model.addAttribute("form", form);
        return clubPage(model, club, form);
    }

    @PostMapping("/clubs/{clubId}/visits")
    String record(
            @PathVariable long clubId,
            @ModelAttribute("form") VisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = visits.club(clubId);
        if (!visits.mayRecord(clubId)) throw new AccessDeniedException("visits of club " + clubId);
        form.compact();
        Optional<MonitoringVisit> saved = FormSubmission.of(errors).get(() -> visits.record(form.command(clubId)));
        if (saved.isEmpty()) return clubPage(model, club, form);
        redirect.addFlashAttribute("flash", "oversight.visit.recorded");
        return "redirect:/visits/" + saved.get().id();
    }

    private String clubPage(Model model, ClubView club, VisitForm form) {
        model.addAttribute("club", club);
        model.addAttribute("visits", visits.ofClub(club.id()));
        boolean mayRecord = visits.mayRecord(club.id());
        model.addAttribute("mayRecord", mayRecord);
        PlanChecklist checklist = null;
        if (mayRecord) {
            try {
                checklist = visits.checklistFor(club.id(), form.visitedOn);
            } catch (Refused noPlan) {
                checklist = null;
            }
        }
        model.addAttribute("checklist", checklist);
        if (checklist != null) form.forChecklist(checklist.items());
        form.withBlankFollowUps();
        model.addAttribute("ratings", Rating.values());
        return "oversight/club-visits";
    }

    // ---- one visit ----

    @GetMapping("/visits/{id}")
    String detail(@PathVariable long id, Model model) {
        MonitoringVisit v = visits.get(id);
        model.addAttribute("visit", v);
        model.addAttribute("club", visits.club(v.clubId()));
        model.addAttribute("mayRecord", visits.mayRecord(v.clubId()));
        model.addAttribute("today", visits.today());
        if (!model.containsAttribute("cancelForm")) model.addAttribute("cancelForm", new CancelForm());
        if (!model.containsAttribute("closeForm")) {
            CloseForm close = new CloseForm();
            close.closedOn = visits.today();
            model.addAttribute("closeForm", close);
        }
        return "oversight/visit";
    }

    @PostMapping("/visits/{id}/follow-ups/{followUpId}/close")
    String close(
            @PathVariable long id,
            @PathVariable long followUpId,
            @ModelAttribute("closeForm") CloseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        visits.get(id);
        boolean done = FormSubmission.of(errors)
                .concurrentEdit("oversight.error.concurrent")
                .run(() -> visits.close(new CloseFollowUp(
                        id, followUpId, form.version == null ? -1 : form.version, form.closedOn, form.note)));
        if (!done) {
            model.addAttribute("closing", followUpId);
            return detail(id, model);
        }
        redirect.addFlashAttribute("flash", "oversight.followUp.closed");
        return "redirect:/visits/" + id;
    }

    @PostMapping("/visits/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        visits.get(id);
        boolean done = FormSubmission.of(errors).run(() -> visits.cancel(new CancelVisit(id, form.reason)));
        if (!done) return detail(id, model);
        redirect.addFlashAttribute("flash", "oversight.visit.cancelledNow");
        return "redirect:/visits/" + id;
    }

    // ---- the visits in scope ----

    @GetMapping("/visits")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Rating rating,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        VisitService.Query query = new VisitService.Query(year, unit, rating, page, VisitService.PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", visits.search(query));
        model.addAttribute("filterUnits", units.allAsOf(visits.today()));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("overdue", visits.overdue(10));
        model.addAttribute("overdueCount", visits.countOverdue());
        return htmx.view("oversight/visits", "results");
    }

    @GetMapping("/visits/overdue")
    String overdue(Model model) {
        model.addAttribute("overdue", visits.overdue(100_000));
        model.addAttribute("today", visits.today());
        return "oversight/overdue";
    }

    @GetMapping("/visits/export.{format}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Rating rating,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        VisitService.Page result = visits.search(new VisitService.Query(year, unit, rating, 0, 0).everything());
        List<String> headers = Arrays.stream(new String[] {
                    "oversight.visit.visitedOn",
                    "oversight.visit.club",
                    "oversight.visit.visitors",
                    "oversight.visit.score",
                    "oversight.visit.maxScore",
                    "oversight.visit.rating",
                    "oversight.visit.openFollowUps",
                    "oversight.visit.findings",
                    "oversight.status"
                })
                .map(k -> message(locale, k))
                .toList();
        List<List<?>> rows = new ArrayList<>();
        for (MonitoringVisit v : result.visits()) {
            rows.add(Arrays.asList(
                    v.visitedOn(),
                    result.clubNames().getOrDefault(v.clubId(), ""),
                    v.visitors(),
                    v.score(),
                    v.maxScore(),
                    message(locale, "oversight.rating." + v.rating()),
                    v.followUps().stream()
                            .filter(MonitoringVisit.FollowUp::open)
                            .count(),
                    v.findings(),
                    message(locale, v.cancelled() ? "oversight.cancelled" : "oversight.standing")));
        }
        TableDownload.send(
                format,
                "giam-sat" + (year == null ? "" : "-" + year),
                message(locale, "oversight.visit.list"),
                headers,
                rows,
                response);
    }

    private String message(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
