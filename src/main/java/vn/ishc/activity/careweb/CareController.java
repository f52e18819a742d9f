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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.activity.care.CareCommands.EndCare;
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;
import vn.ishc.activity.care.CareCommands.PairVolunteer;
import vn.ishc.activity.care.CareCommands.RecordVisit;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;
import vn.ishc.activity.care.CareRecipient;
import vn.ishc.activity.care.HomeCareService;
import vn.ishc.activity.care.Visit;
import vn.ishc.activity.care.VisitService;
import vn.ishc.activity.care.Volunteer;
import vn.ishc.shared.Refused;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;

/**
 * A club's home-care pages: the figures (volunteers against the norm, people in care, visits this month,
 * people not visited for 30 days), the lists, the forms that record a visit, enrol a volunteer, take a person
 * into care and pair them, and the exports of volunteers, people in care and visits.
 */
@Controller
class CareController {
    private final HomeCareService care;
    private final MessageSource messages;

    CareController(HomeCareService care, MessageSource messages) {
        this.care = care;
        this.messages = messages;
    }

    /** One form for the four records: each page uses its own fields. */
    public static class CareForm {
        private Long personId;
        private String fullName;
        private String phone;
        private boolean frail;
        private boolean alone;
        private boolean disabled;
        private Long volunteerId;
        private Long recipientId;
        private List<VisitService> services = new ArrayList<>();
        private String notes;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate since;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate visitedOn;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public boolean isFrail() {
            return frail;
        }

        public void setFrail(boolean frail) {
            this.frail = frail;
        }

        public boolean isAlone() {
            return alone;
        }

        public void setAlone(boolean alone) {
            this.alone = alone;
        }

        public boolean isDisabled() {
            return disabled;
        }

        public void setDisabled(boolean disabled) {
            this.disabled = disabled;
        }

        public Long getVolunteerId() {
            return volunteerId;
        }

        public void setVolunteerId(Long volunteerId) {
            this.volunteerId = volunteerId;
        }

        public Long getRecipientId() {
            return recipientId;
        }

        public void setRecipientId(Long recipientId) {
            this.recipientId = recipientId;
        }

        public List<VisitService> getServices() {
            return services;
        }

        public void setServices(List<VisitService> services) {
            this.services = services;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public LocalDate getSince() {
            return since;
        }

        public void setSince(LocalDate since) {
            this.since = since;
        }

        public LocalDate getVisitedOn() {
            return visitedOn;
        }

        public void setVisitedOn(LocalDate visitedOn) {
            this.visitedOn = visitedOn;
        }
    }

    @GetMapping("/clubs/{id}/care")
    String club(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        HomeCareService.ClubCare c = care.ofClub(id, from, to, HomeCareService.VIEW);
        model.addAttribute("care", c);
        model.addAttribute("club", c.club());
        return "care/club";
    }

    /** The form pages: {@code visit}, {@code volunteer}, {@code recipient}, {@code pairing}. */
    private static final List<String> FORMS = List.of("visit", "volunteer", "recipient", "pairing");

    @GetMapping("/clubs/{id}/care/visits/new")
    String visitForm(@PathVariable long id, Model model) {
        return formPage(id, "visit", blank(), model);
    }

    @GetMapping("/clubs/{id}/care/volunteers/new")
    String volunteerForm(@PathVariable long id, Model model) {
        return formPage(id, "volunteer", blank(), model);
    }

    @GetMapping("/clubs/{id}/care/recipients/new")
    String recipientForm(@PathVariable long id, Model model) {
        return formPage(id, "recipient", blank(), model);
    }

    @GetMapping("/clubs/{id}/care/pairings/new")
    String pairingForm(@PathVariable long id, Model model) {
        return formPage(id, "pairing", blank(), model);
    }

    private CareForm blank() {
        CareForm f = new CareForm();
        f.setSince(care.today());
        f.setVisitedOn(care.today());
        return f;
    }

    private String formPage(long id, String kind, CareForm form, Model model) {
        if (!FORMS.contains(kind)) throw new IllegalArgumentException(kind);
        HomeCareService.ClubCare c = care.ofClub(id, care.today(), care.today(), HomeCareService.VIEW);
        if (!c.mayChange()) throw new org.springframework.security.access.AccessDeniedException("read-only scope");
        model.addAttribute("club", c.club());
        model.addAttribute("care", c);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("services", VisitService.values());
        model.addAttribute(
                "members", kind.equals("volunteer") || kind.equals("recipient") ? care.membersToday(id) : List.of());
        model.addAttribute("today", care.today());
        return "care/form";
    }

    @PostMapping("/clubs/{id}/care/visits/new")
    String visit(
            @PathVariable long id,
            @ModelAttribute("form") CareForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                "visit",
                f,
                errors,
                model,
                redirect,
                () -> care.visit(new RecordVisit(
                        id,
                        f.getVisitedOn(),
                        id(f.getVolunteerId(), "volunteerId"),
                        id(f.getRecipientId(), "recipientId"),
                        f.getServices(),
                        f.getNotes())));
    }

    @PostMapping("/clubs/{id}/care/volunteers/new")
    String volunteer(
            @PathVariable long id,
            @ModelAttribute("form") CareForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                "volunteer",
                f,
                errors,
                model,
                redirect,
                () -> care.enrol(new EnrolVolunteer(id, f.getPersonId(), f.getFullName(), f.getPhone(), f.getSince())));
    }

    @PostMapping("/clubs/{id}/care/recipients/new")
    String recipient(
            @PathVariable long id,
            @ModelAttribute("form") CareForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                "recipient",
                f,
                errors,
                model,
                redirect,
                () -> care.take(new TakeIntoCare(
                        id, f.getPersonId(), f.getFullName(), f.isFrail(), f.isAlone(), f.isDisabled(), f.getSince())));
    }

    @PostMapping("/clubs/{id}/care/pairings/new")
    String pairing(
            @PathVariable long id,
            @ModelAttribute("form") CareForm f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                "pairing",
                f,
                errors,
                model,
                redirect,
                () -> care.pair(new PairVolunteer(
                        id,
                        id(f.getVolunteerId(), "volunteerId"),
                        id(f.getRecipientId(), "recipientId"),
                        f.getSince())));
    }

    private String save(
            long id,
            String kind,
            CareForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            java.util.function.Supplier<Object> change) {
        if (FormSubmission.of(errors).get(change).isEmpty()) return formPage(id, kind, form, model);
        redirect.addFlashAttribute("flash", "care.saved." + kind);
        return "redirect:/clubs/" + id + "/care";
    }

    @PostMapping("/clubs/{id}/care/{what}/{recordId}/end")
    String end(
            @PathVariable long id,
            @PathVariable String what,
            @PathVariable long recordId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            RedirectAttributes redirect) {
        EndCare c = new EndCare(recordId, until);
        try {
            switch (what) {
                case "volunteers" -> care.endVolunteer(c);
                case "recipients" -> care.endCare(c);
                case "pairings" -> care.endPairing(c);
                default -> throw new vn.ishc.activity.care.CareNotFound(what);
            }
            redirect.addFlashAttribute("flash", "care.ended");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/clubs/" + id + "/care";
    }

    // ---- exports ----

    @GetMapping("/clubs/{id}/care/volunteers/export.{format}")
    void exportVolunteers(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse r)
            throws IOException {
        HomeCareService.ClubCare c = care.ofClub(id, null, null, HomeCareService.VIEW);
        List<List<?>> rows = new ArrayList<>();
        for (Volunteer v : c.volunteers())
            rows.add(Arrays.asList(v.fullName(), yesNo(v.member(), locale), v.phone(), v.since(), v.until()));
        TableDownload.send(
                format,
                "tinh-nguyen-vien",
                text("care.volunteers", locale),
                headers(locale, "care.name", "care.member", "care.phone", "care.since", "care.until"),
                rows,
                r);
    }

    @GetMapping("/clubs/{id}/care/recipients/export.{format}")
    void exportRecipients(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse r)
            throws IOException {
        HomeCareService.ClubCare c = care.ofClub(id, null, null, HomeCareService.VIEW);
        List<List<?>> rows = new ArrayList<>();
        for (HomeCareService.RecipientRow x : c.recipients()) {
            CareRecipient p = x.recipient();
            rows.add(Arrays.asList(
                    p.fullName(),
                    yesNo(p.member(), locale),
                    yesNo(p.frail(), locale),
                    yesNo(p.alone(), locale),
                    yesNo(p.disabled(), locale),
                    p.since(),
                    p.until(),
                    x.lastVisit(),
                    yesNo(x.notVisited(), locale)));
        }
        TableDownload.send(
                format,
                "nguoi-duoc-cham-soc",
                text("care.recipients", locale),
                headers(
                        locale,
                        "care.name",
                        "care.member",
                        "care.frail",
                        "care.alone",
                        "care.disabled",
                        "care.since",
                        "care.until",
                        "care.lastVisit",
                        "care.notVisited"),
                rows,
                r);
    }

    @GetMapping("/clubs/{id}/care/visits/export.{format}")
    void exportVisits(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            HttpServletResponse r)
            throws IOException {
        HomeCareService.ClubCare c = care.ofClub(id, from, to, HomeCareService.VIEW);
        List<List<?>> rows = new ArrayList<>();
        for (Visit v : c.visits())
            rows.add(Arrays.asList(
                    v.visitedOn(),
                    c.volunteerName(v.volunteerId()),
                    c.recipientName(v.recipientId()),
                    v.services().stream()
                            .map(s -> text("care.service." + s, locale))
                            .collect(Collectors.joining(", ")),
                    v.notes()));
        TableDownload.send(
                format,
                "tham-hoi-cham-soc",
                text("care.visits", locale),
                headers(locale, "care.visitedOn", "care.volunteer", "care.recipient", "care.services", "care.notes"),
                rows,
                r);
    }

    @GetMapping("/clubs/{id}/care/pairings/export.{format}")
    void exportPairings(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse r)
            throws IOException {
        HomeCareService.ClubCare c = care.ofClub(id, null, null, HomeCareService.VIEW);
        List<List<?>> rows = new ArrayList<>();
        for (var p : c.pairings())
            rows.add(Arrays.asList(
                    c.volunteerName(p.volunteerId()), c.recipientName(p.recipientId()), p.since(), p.until()));
        TableDownload.send(
                format,
                "cap-cham-soc",
                text("care.pairings", locale),
                headers(locale, "care.volunteer", "care.recipient", "care.since", "care.until"),
                rows,
                r);
    }

    private static long id(Long value, String field) {
        if (value == null) throw new vn.ishc.activity.care.CareRefused(field, "validation.required");
        return value;
    }

    private String yesNo(boolean b, Locale locale) {
        return text(b ? "care.yes" : "care.no", locale);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> text(k, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
