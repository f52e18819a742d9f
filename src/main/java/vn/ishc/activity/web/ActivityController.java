package vn.ishc.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.ishc.activity.Activity;
import vn.ishc.activity.ActivityCommands.CancelActivity;
import vn.ishc.activity.ActivityCommands.EditActivity;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.activity.ActivityService;
import vn.ishc.activity.Area;
import vn.ishc.activity.AreaCalendar;
import vn.ishc.activity.FundingSource;
import vn.ishc.activity.Kind;
import vn.ishc.activity.PaidBy;
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.shared.TableDownload;
import vn.ishc.shared.Vnd;
import vn.ishc.web.FormSubmission;
import vn.ishc.web.Htmx;

/**
 * The activities' pages: a club's year at a glance (areas × months, a cell opening that month's activities of
 * that area) with its activities, recording one, an activity with its correction and cancellation, and the
 * ward's and city's view of clubs × areas; with their exports.
 */
@Controller
class ActivityController {
    private final ActivityService activities;
    private final AreaCalendar calendar;
    private final ClubFunds funds;
    private final UnitDirectory units;
    private final MessageSource messages;

    ActivityController(
            ActivityService activities,
            AreaCalendar calendar,
            ClubFunds funds,
            UnitDirectory units,
            MessageSource messages) {
        this.activities = activities;
        this.calendar = calendar;
        this.funds = funds;
        this.units = units;
        this.messages = messages;
    }

    @InitBinder({"form", "textForm", "cancelForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- a club's year ----

    @GetMapping("/clubs/{clubId}/activities")
    String club(
            @PathVariable long clubId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String area,
            Htmx htmx,
            Model model) {
        int y = year == null ? activities.today().getYear() : year;
        ActivityService.ClubActivities list = activities.ofClub(clubId, y, month, area);
        model.addAttribute("list", list);
        model.addAttribute("club", list.club());
        model.addAttribute("calendar", calendar.clubYear(clubId, y));
        model.addAttribute("counted", calendar.counted());
        model.addAttribute("months", months());
        addReference(model);
        return htmx.view("activities/club", "list");
    }

    @GetMapping("/clubs/{clubId}/activities/export.{format}")
    void clubExport(
            @PathVariable long clubId,
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String area,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        int y = year == null ? activities.today().getYear() : year;
        ActivityService.ClubActivities list = activities.ofClub(clubId, y, month, area);
        Map<String, String> areas = areaLabels(locale);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Kind k : activities.kinds()) kinds.put(k.code(), k.label(locale));
        List<String> headers = messages(
                locale,
                "activity.heldOn",
                "activity.area",
                "activity.kind",
                "activity.title",
                "activity.participants",
                "activity.beneficiaries",
                "activity.cost",
                "activity.paidBy",
                "activity.source",
                "activity.donor",
                "activity.status");
        List<List<?>> rows = new ArrayList<>();
        for (Activity a : list.activities()) {
            rows.add(Arrays.asList(
                    a.heldOn(),
                    areas.getOrDefault(a.area(), a.area()),
                    kinds.getOrDefault(a.kind(), a.kind()),
                    a.title(),
                    a.participantCount(),
                    a.beneficiaries(),
                    a.cost(),
                    a.paidBy() == null ? "" : message(locale, "activity.paidBy." + a.paidBy()),
                    a.source() == null ? "" : message(locale, "activity.source." + a.source()),
                    a.donor(),
                    message(locale, a.standing() ? "activity.standing" : "activity.cancelled")));
        }
        TableDownload.send(
                format,
                "hoat-dong-" + clubId + "-" + y,
                message(locale, "activity.list.title"),
                headers,
                rows,
                response);
    }

    // ---- recording ----

    @GetMapping("/clubs/{clubId}/activities/new")
    String newForm(
            @PathVariable long clubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String area,
            Model model) {
        ClubView club = writable(clubId);
        ActivityForm form = new ActivityForm();
        form.heldOn = on == null || on.isAfter(activities.today()) ? activities.today() : on;
        form.area = area;
        model.addAttribute("form", form);
        return formPage(model, club, form.heldOn);
    }

    @PostMapping("/clubs/{clubId}/activities/new")
    String record(
            @PathVariable long clubId,
            @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = writable(clubId);
        Optional<Activity> saved = FormSubmission.of(errors)
                .fields(f -> f.startsWith("participants[")
                        ? "participants"
                        : f.startsWith("beneficiaryMembers[") ? "beneficiaryMembers" : f)
                .get(() -> activities.record(new RecordActivity(
                        clubId,
                        form.area,
                        form.kind,
                        form.heldOn,
                        form.title,
                        form.description,
                        form.participants,
                        form.others,
                        form.beneficiaryMembers,
                        form.beneficiaries,
                        cost(form.cost),
                        form.paidBy,
                        form.source,
                        form.donor)));
        if (saved.isEmpty()) return formPage(model, club, form.heldOn);
        redirect.addFlashAttribute(
                "flash", saved.get().fundRequest() != null ? "activity.recordedPending" : "activity.recorded");
        return "redirect:/activities/" + saved.get().id();
    }

    private Vnd cost(String text) {
        if (text == null || text.isBlank() || text.strip().equals("0")) return null;
        return funds.amount(text, "cost");
    }

    private String formPage(Model model, ClubView club, LocalDate on) {
        model.addAttribute("club", club);
        model.addAttribute("members", activities.membersOn(club.id(), on == null ? activities.today() : on));
        model.addAttribute("payers", PaidBy.values());
        model.addAttribute("sources", FundingSource.values());
        addReference(model);
        return "activities/form";
    }

    // ---- one activity ----

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model) {
        Activity a = activities.get(id);
        ActivityTextForm text = new ActivityTextForm();
        text.version = a.version();
        text.title = a.title();
        text.description = a.description();
        model.addAttribute("textForm", text);
        model.addAttribute("cancelForm", new CancelForm());
        return detailPage(model, a);
    }

    private String detailPage(Model model, Activity a) {
        model.addAttribute("activity", a);
        model.addAttribute("club", activities.club(a.clubId()));
        model.addAttribute("names", activities.names(a));
        model.addAttribute("mayWrite", activities.mayWrite(a.clubId()));
        addReference(model);
        return "activities/detail";
    }

    @PostMapping("/activities/{id}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute("textForm") ActivityTextForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Activity a = activities.get(id);
        if (form.version == null) errors.reject("activity.error.concurrent");
        boolean done = FormSubmission.of(errors)
                .concurrentEdit("activity.error.concurrent")
                .run(() -> activities.edit(new EditActivity(id, form.version, form.title, form.description)));
        if (!done) {
            model.addAttribute("cancelForm", new CancelForm());
            return detailPage(model, a);
        }
        redirect.addFlashAttribute("flash", "activity.saved");
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Activity a = activities.get(id);
        boolean done = FormSubmission.of(errors).run(() -> activities.cancel(new CancelActivity(id, form.reason)));
        if (!done) {
            ActivityTextForm text = new ActivityTextForm();
            text.version = a.version();
            text.title = a.title();
            text.description = a.description();
            model.addAttribute("textForm", text);
            return detailPage(model, a);
        }
        redirect.addFlashAttribute("flash", "activity.cancelledNow");
        return "redirect:/activities/" + id;
    }

    // ---- the ward's and the city's view ----

    @GetMapping("/activities")
    String overview(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "false") boolean emptyOnly,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        AreaCalendar.Query query = query(year, month, unit, area, emptyOnly, page);
        AreaCalendar.Overview result = calendar.overview(query);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("filterUnits", units.allAsOf(activities.today()));
        model.addAttribute("months", months());
        model.addAttribute("counted", calendar.counted());
        addReference(model);
        return htmx.view("activities/overview", "results");
    }

    @GetMapping("/activities/export.{format}")
    void overviewExport(
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "false") boolean emptyOnly,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        AreaCalendar.Query query = query(year, month, unit, area, emptyOnly, 0).everything();
        AreaCalendar.Overview result = calendar.overview(query);
        List<String> headers = new ArrayList<>(messages(locale, "activity.club", "activity.unit"));
        for (Area a : result.areas()) headers.add(a.label(locale));
        headers.add(message(locale, "activity.total"));
        List<List<?>> rows = new ArrayList<>();
        for (AreaCalendar.ClubRow r : result.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.club().name());
            row.add(units.find(r.club().unitId()).map(u -> u.name()).orElse(""));
            for (Area a : result.areas()) row.add(r.count(a.code()));
            row.add(r.total());
            rows.add(row);
        }
        TableDownload.send(
                format,
                "hoat-dong-theo-linh-vuc-" + query.year() + (query.month() == null ? "" : "-" + query.month()),
                message(locale, "activity.overview.title"),
                headers,
                rows,
                response);
    }

    private AreaCalendar.Query query(Integer year, Integer month, Long unit, String area, boolean emptyOnly, int page) {
        int y = year == null ? activities.today().getYear() : year;
        return new AreaCalendar.Query(y, month, unit, area, emptyOnly, page, 25);
    }

    // ---- shared ----

    private ClubView writable(long clubId) {
        ClubView club = activities.club(clubId);
        if (!activities.mayWrite(clubId)) throw new AccessDeniedException("read-only scope");
        return club;
    }

    private void addReference(Model model) {
        model.addAttribute("areas", activities.areas());
        model.addAttribute("kinds", activities.kinds());
    }

    private Map<String, String> areaLabels(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Area a : activities.areas()) out.put(a.code(), a.label(locale));
        return out;
    }

    private static List<Integer> months() {
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) out.add(m);
        return out;
    }

    private List<String> messages(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> message(locale, k)).toList();
    }

    private String message(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
