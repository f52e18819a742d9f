package vn.ishc.activity.careweb;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.activity.cases.CaseCommands.AddStep;
import vn.ishc.activity.cases.CaseCommands.CloseCase;
import vn.ishc.activity.cases.CaseCommands.OpenCase;
import vn.ishc.activity.cases.CaseKind;
import vn.ishc.activity.cases.CaseNotFound;
import vn.ishc.activity.cases.HelpCase;
import vn.ishc.activity.cases.HelpCaseService;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;

/** A club's self-help and rights cases: the list, a new case, a case with its steps and its closing, the export. */
@Controller
class CaseController {
    private final HelpCaseService cases;
    private final MessageSource messages;

    CaseController(HelpCaseService cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /** The new-case form, and the step and closing forms of a case. */
    public static class CaseForm {
        private Long personId;
        private String neighbourName;
        private CaseKind kind;
        private String summary;
        private String text;
        /** Null when the form came without it: refused as another person's change, never saved over it. */
        private Integer version;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate on;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getNeighbourName() {
            return neighbourName;
        }

        public void setNeighbourName(String neighbourName) {
            this.neighbourName = neighbourName;
        }

        public CaseKind getKind() {
            return kind;
        }

        public void setKind(CaseKind kind) {
            this.kind = kind;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }
    }

    @GetMapping("/clubs/{id}/cases")
    String list(@PathVariable long id, Model model) {
        HelpCaseService.ClubCases c = cases.ofClub(id);
        model.addAttribute("cases", c);
        model.addAttribute("club", c.club());
        return "cases/list";
    }

    @GetMapping("/clubs/{id}/cases/new")
    String form(@PathVariable long id, Model model) {
        CaseForm f = new CaseForm();
        f.setOn(cases.today());
        return formPage(id, f, model);
    }

    private String formPage(long id, CaseForm form, Model model) {
        HelpCaseService.ClubCases c = cases.ofClub(id);
        if (!c.mayChange()) throw new org.springframework.security.access.AccessDeniedException("read-only scope");
        model.addAttribute("club", c.club());
        model.addAttribute("form", form);
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("members", cases.membersToday(id));
        model.addAttribute("today", cases.today());
        return "cases/form";
    }

    @PostMapping("/clubs/{id}/cases/new")
    String open(
            @PathVariable long id,
            @ModelAttribute("form") CaseForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var saved = FormSubmission.of(errors)
                .fields(field -> field.equals("openedOn") ? "on" : field)
                .get(() -> cases.open(new OpenCase(
                        id, f.getPersonId(), f.getNeighbourName(), f.getKind(), f.getOn(), f.getSummary())));
        if (saved.isEmpty()) return formPage(id, f, model);
        redirect.addFlashAttribute("flash", "case.saved");
        return "redirect:/clubs/" + id + "/cases/" + saved.get().id();
    }

    @GetMapping("/clubs/{id}/cases/{caseId}")
    String detail(@PathVariable long id, @PathVariable long caseId, Model model) {
        HelpCaseService.CaseView v = caseOf(id, caseId);
        CaseForm f = new CaseForm();
        f.setOn(cases.today());
        f.setVersion(v.helpCase().version());
        return detailPage(v, f, f, model);
    }

    private HelpCaseService.CaseView caseOf(long clubId, long caseId) {
        HelpCaseService.CaseView v = cases.get(caseId);
        if (v.club().id() != clubId) throw new CaseNotFound(caseId);
        return v;
    }

    private String detailPage(HelpCaseService.CaseView v, CaseForm step, CaseForm close, Model model) {
        model.addAttribute("club", v.club());
        model.addAttribute("view", v);
        model.addAttribute("stepForm", step);
        model.addAttribute("closeForm", close);
        model.addAttribute("today", cases.today());
        return "cases/detail";
    }

    /** The version the form was read at; -1 (no record has it) when the form came without one. */
    private static int versionOf(CaseForm f) {
        return f.getVersion() == null ? -1 : f.getVersion();
    }

    @PostMapping("/clubs/{id}/cases/{caseId}/steps")
    String step(
            @PathVariable long id,
            @PathVariable long caseId,
            @ModelAttribute("stepForm") CaseForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        caseOf(id, caseId);
        boolean ok = FormSubmission.of(errors)
                .concurrentEdit("case.error.concurrent")
                .fields(field -> switch (field) {
                    case "takenOn" -> "on";
                    case "what" -> "text";
                    default -> null;
                })
                .run(() -> cases.addStep(new AddStep(caseId, versionOf(f), f.getOn(), f.getText())));
        if (!ok) {
            HelpCaseService.CaseView v = caseOf(id, caseId);
            CaseForm close = new CaseForm();
            close.setOn(cases.today());
            close.setVersion(v.helpCase().version());
            return detailPage(v, f, close, model);
        }
        redirect.addFlashAttribute("flash", "case.stepSaved");
        return "redirect:/clubs/" + id + "/cases/" + caseId;
    }

    @PostMapping("/clubs/{id}/cases/{caseId}/close")
    String close(
            @PathVariable long id,
            @PathVariable long caseId,
            @ModelAttribute("closeForm") CaseForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        caseOf(id, caseId);
        boolean ok = FormSubmission.of(errors)
                .concurrentEdit("case.error.concurrent")
                .fields(field -> switch (field) {
                    case "closedOn" -> "on";
                    case "outcome" -> "text";
                    default -> null;
                })
                .run(() -> cases.close(new CloseCase(caseId, versionOf(f), f.getOn(), f.getText())));
        if (!ok) {
            HelpCaseService.CaseView v = caseOf(id, caseId);
            CaseForm step = new CaseForm();
            step.setOn(cases.today());
            step.setVersion(v.helpCase().version());
            return detailPage(v, step, f, model);
        }
        redirect.addFlashAttribute("flash", "case.closedSaved");
        return "redirect:/clubs/" + id + "/cases/" + caseId;
    }

    @GetMapping("/clubs/{id}/cases/export.{format}")
    void export(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        HelpCaseService.ClubCases c = cases.ofClub(id);
        List<List<?>> rows = new ArrayList<>();
        for (HelpCase h : c.cases())
            rows.add(Arrays.asList(
                    h.openedOn(),
                    h.helpedName(),
                    text(h.member() ? "case.member" : "case.neighbour", locale),
                    text("case.kind." + h.kind(), locale),
                    h.summary(),
                    h.steps().stream()
                            .map(s -> java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                            .format(s.takenOn()) + ": " + s.what())
                            .collect(Collectors.joining("\n")),
                    h.outcome(),
                    h.closedOn()));
        TableDownload.send(
                format,
                "tro-giup",
                text("case.title", locale),
                Arrays.stream(new String[] {
                            "case.openedOn",
                            "case.helped",
                            "case.who",
                            "case.kind",
                            "case.summary",
                            "case.steps",
                            "case.outcome",
                            "case.closedOn"
                        })
                        .map(k -> text(k, locale))
                        .toList(),
                rows,
                response);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
