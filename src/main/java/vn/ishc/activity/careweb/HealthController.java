package vn.ishc.activity.careweb;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import vn.ishc.activity.health.HealthBounds;
import vn.ishc.activity.health.HealthCheck;
import vn.ishc.activity.health.HealthCheckNotFound;
import vn.ishc.activity.health.HealthChecks;
import vn.ishc.activity.health.HealthCommands.JoinExerciseGroup;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.ScreeningLine;
import vn.ishc.activity.health.HealthCommands.StartExerciseGroup;
import vn.ishc.activity.health.HealthRefused;
import vn.ishc.activity.health.HealthService;
import vn.ishc.activity.health.Screening;
import vn.ishc.club.ClubDirectory;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Refused;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;

/**
 * A club's health pages: its checks (counts for everyone in scope, readings for those who read health data),
 * recording a check for the members examined, a check's readings, a member's readings over time, exercise
 * groups, and the exports of each list.
 */
@Controller
class HealthController {
    private final HealthService health;
    private final ClubDirectory clubs;
    private final MessageSource messages;

    HealthController(HealthService health, ClubDirectory clubs, MessageSource messages) {
        this.health = health;
        this.clubs = clubs;
        this.messages = messages;
    }

    /** One member's line of the check form: examined or not, and the readings typed. */
    public static class LineForm {
        private Long personId;
        private String name;
        private boolean examined;
        private BigDecimal systolic;
        private BigDecimal diastolic;
        private BigDecimal bloodSugar;
        private String notes;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isExamined() {
            return examined;
        }

        public void setExamined(boolean examined) {
            this.examined = examined;
        }

        public BigDecimal getSystolic() {
            return systolic;
        }

        public void setSystolic(BigDecimal systolic) {
            this.systolic = systolic;
        }

        public BigDecimal getDiastolic() {
            return diastolic;
        }

        public void setDiastolic(BigDecimal diastolic) {
            this.diastolic = diastolic;
        }

        public BigDecimal getBloodSugar() {
            return bloodSugar;
        }

        public void setBloodSugar(BigDecimal bloodSugar) {
            this.bloodSugar = bloodSugar;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }

    /** The check form: the day, the station, the examiner and a line per member of the club on the day. */
    public static class CheckForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate checkedOn;

        private String station;
        private String examiner;
        private List<LineForm> lines = new ArrayList<>();

        public LocalDate getCheckedOn() {
            return checkedOn;
        }

        public void setCheckedOn(LocalDate checkedOn) {
            this.checkedOn = checkedOn;
        }

        public String getStation() {
            return station;
        }

        public void setStation(String station) {
            this.station = station;
        }

        public String getExaminer() {
            return examiner;
        }

        public void setExaminer(String examiner) {
            this.examiner = examiner;
        }

        public List<LineForm> getLines() {
            return lines;
        }

        public void setLines(List<LineForm> lines) {
            this.lines = lines;
        }
    }

    /** A new exercise group. */
    public static class GroupForm {
        private String name;
        private String kind;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate since;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public LocalDate getSince() {
            return since;
        }

        public void setSince(LocalDate since) {
            this.since = since;
        }
    }

    @GetMapping("/clubs/{id}/health")
    String club(@PathVariable long id, Model model) {
        return clubPage(id, new GroupForm(), model);
    }

    private String clubPage(long id, GroupForm groupForm, Model model) {
        HealthService.ClubHealth h = health.ofClub(id);
        model.addAttribute("health", h);
        model.addAttribute("club", h.club());
        if (groupForm.getSince() == null) groupForm.setSince(health.today());
        model.addAttribute("groupForm", groupForm);
        model.addAttribute(
                "members", h.mayRead() && h.mayChangeGroups() ? health.membersOn(id, health.today()) : List.of());
        return "health/club";
    }

    @GetMapping("/clubs/{id}/health/checks/new")
    String form(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        LocalDate day = on == null || on.isAfter(health.today()) ? health.today() : on;
        CheckForm form = new CheckForm();
        form.setCheckedOn(day);
        for (MemberView m : health.membersOn(id, day)) {
            LineForm l = new LineForm();
            l.setPersonId(m.personId());
            l.setName(m.person().fullName());
            form.getLines().add(l);
        }
        return formPage(id, form, model);
    }

    private String formPage(long id, CheckForm form, Model model) {
        var club = clubs.get(id);
        if (!health.mayRecord(club)) throw new org.springframework.security.access.AccessDeniedException("read only");
        model.addAttribute("club", club);
        model.addAttribute("form", form);
        model.addAttribute("today", health.today());
        return "health/form";
    }

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)\\]\\.(.*)");

    @PostMapping("/clubs/{id}/health/checks/new")
    @vn.ishc.shared.OpenToReadOnlyScopes(
            value = "the health department's viewers record health checks",
            healthChecks = true)
    String record(
            @PathVariable long id,
            @ModelAttribute("form") CheckForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // The command holds only the members examined; a refusal names its line, which is the form's line j.
        List<ScreeningLine> lines = new ArrayList<>();
        Map<Integer, Integer> formLine = new HashMap<>();
        java.util.Optional<HealthCheck> saved = FormSubmission.of(errors)
                .fields(field -> {
                    Matcher m = LINE.matcher(field);
                    if (!m.matches()) return field;
                    Integer j = formLine.get(Integer.parseInt(m.group(1)));
                    return j == null ? null : "lines[" + j + "]." + m.group(2);
                })
                .get(() -> {
                    for (int j = 0; j < form.getLines().size(); j++) {
                        LineForm l = form.getLines().get(j);
                        if (!l.isExamined() || l.getPersonId() == null) continue;
                        String prefix = "lines[" + lines.size() + "].";
                        formLine.put(lines.size(), j);
                        lines.add(new ScreeningLine(
                                l.getPersonId(),
                                HealthBounds.pressure(l.getSystolic(), prefix + "systolic"),
                                HealthBounds.pressure(l.getDiastolic(), prefix + "diastolic"),
                                l.getBloodSugar(),
                                l.getNotes()));
                    }
                    return health.record(new RecordHealthCheck(
                            id, form.getCheckedOn(), form.getStation(), form.getExaminer(), lines));
                });
        if (saved.isEmpty()) return formPage(id, form, model);
        redirect.addFlashAttribute("flash", "health.saved");
        return health.mayRead()
                ? "redirect:/clubs/" + id + "/health/checks/" + saved.get().id()
                : "redirect:/clubs/" + id + "/health";
    }

    @GetMapping("/clubs/{id}/health/checks/{checkId}")
    String check(@PathVariable long id, @PathVariable long checkId, Model model) {
        HealthService.CheckView v = checkOf(id, checkId, HealthService.VIEW_CHECK);
        model.addAttribute("club", v.club());
        model.addAttribute("view", v);
        return "health/check";
    }

    private HealthService.CheckView checkOf(long clubId, long checkId, String via) {
        HealthService.CheckView v = health.check(checkId, via);
        if (v.club().id() != clubId) throw new HealthCheckNotFound("health check " + checkId + " of club " + clubId);
        return v;
    }

    @GetMapping("/clubs/{id}/health/person/{personId}")
    String readings(@PathVariable long id, @PathVariable long personId, Model model) {
        HealthService.Readings r = health.readings(id, personId, HealthService.VIEW_READINGS);
        model.addAttribute("club", r.club());
        model.addAttribute("readings", r);
        return "health/person";
    }

    @PostMapping("/clubs/{id}/health/groups")
    String startGroup(
            @PathVariable long id,
            @ModelAttribute("groupForm") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.of(errors)
                .run(() -> health.start(
                        new StartExerciseGroup(id, form.getName(), form.getKind(), form.getSince(), List.of()))))
            return clubPage(id, form, model);
        redirect.addFlashAttribute("flash", "health.group.saved");
        return "redirect:/clubs/" + id + "/health#groups";
    }

    @PostMapping("/clubs/{id}/health/groups/{groupId}/join")
    String join(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestParam(required = false) Long personId,
            RedirectAttributes redirect) {
        try {
            if (personId == null) throw new HealthRefused("personId", "validation.required");
            health.join(new JoinExerciseGroup(groupId, personId));
            redirect.addFlashAttribute("flash", "health.group.joined");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/clubs/" + id + "/health#groups";
    }

    // ---- exports ----

    @GetMapping("/clubs/{id}/health/export.{format}")
    void exportChecks(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        List<HealthChecks.Summary> list = health.summaries(id);
        List<List<?>> rows = new ArrayList<>();
        for (HealthChecks.Summary s : list)
            rows.add(Arrays.asList(s.checkedOn(), s.station(), s.examiner(), s.examined()));
        TableDownload.send(
                format,
                "kham-suc-khoe",
                text("health.title", locale),
                headers(locale, "health.checkedOn", "health.station", "health.examiner", "health.examined"),
                rows,
                response);
    }

    @GetMapping("/clubs/{id}/health/groups/export.{format}")
    void exportGroups(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        HealthService.ClubHealth h = health.ofClub(id);
        List<List<?>> rows = new ArrayList<>();
        for (HealthService.Group g : h.groups())
            rows.add(Arrays.asList(
                    g.group().name(),
                    g.group().kind(),
                    g.group().since(),
                    g.taking(),
                    h.mayRead() ? String.join(", ", g.participants().values()) : null));
        TableDownload.send(
                format,
                "nhom-tap",
                text("health.groups", locale),
                headers(
                        locale,
                        "health.group.name",
                        "health.group.kind",
                        "health.group.since",
                        "health.group.taking",
                        "health.group.participants"),
                rows,
                response);
    }

    @GetMapping("/clubs/{id}/health/checks/{checkId}/export.{format}")
    void exportCheck(
            @PathVariable long id,
            @PathVariable long checkId,
            @PathVariable String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        HealthService.CheckView v = checkOf(id, checkId, HealthService.VIEW_EXPORT);
        List<List<?>> rows = new ArrayList<>();
        for (Screening s : v.check().screenings())
            rows.add(Arrays.asList(
                    v.check().checkedOn(),
                    v.names().get(s.personId()),
                    s.systolic(),
                    s.diastolic(),
                    s.bloodSugar() == null ? null : s.bloodSugar().toPlainString(),
                    s.notes()));
        TableDownload.send(
                format,
                "ket-qua-kham",
                text("health.check.title", locale),
                headers(
                        locale,
                        "health.checkedOn",
                        "health.member",
                        "health.systolic",
                        "health.diastolic",
                        "health.bloodSugar",
                        "health.notes"),
                rows,
                response);
    }

    @GetMapping("/clubs/{id}/health/person/{personId}/export.{format}")
    void exportReadings(
            @PathVariable long id,
            @PathVariable long personId,
            @PathVariable String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        HealthService.Readings r = health.readings(id, personId, HealthService.VIEW_EXPORT);
        List<List<?>> rows = new ArrayList<>();
        for (HealthChecks.Reading x : r.readings())
            rows.add(Arrays.asList(
                    x.checkedOn(),
                    x.station(),
                    x.systolic(),
                    x.diastolic(),
                    x.bloodSugar() == null ? null : x.bloodSugar().toPlainString(),
                    x.notes()));
        TableDownload.send(
                format,
                "chi-so-suc-khoe",
                text("health.readings.sheet", locale),
                headers(
                        locale,
                        "health.checkedOn",
                        "health.station",
                        "health.systolic",
                        "health.diastolic",
                        "health.bloodSugar",
                        "health.notes"),
                rows,
                response);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> text(k, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
