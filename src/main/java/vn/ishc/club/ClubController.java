package vn.ishc.club;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubCommands.ChangeClubStatus;
import vn.ishc.club.ClubCommands.EditClub;
import vn.ishc.club.ClubCommands.FoundClub;
import vn.ishc.club.ClubCommands.ReplaceBoard;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;
import vn.ishc.web.Htmx;

@Controller
class ClubController {
    static final int BOARD_SEATS = 9;

    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final List<ClubPanel> panels;
    private final MessageSource messages;
    private final Clock clock;

    ClubController(
            ClubDirectory clubs, UnitDirectory units, List<ClubPanel> panels, MessageSource messages, Clock clock) {
        this.clubs = clubs;
        this.units = units;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(ClubPanel::order))
                .toList();
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder({"form", "statusForm", "boardForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- list ----

    ClubQuery query(LocalDate asOf, Long unit, ClubStatus status, ClubPhase phase, String q, int page) {
        return new ClubQuery(
                unit, asOf != null ? asOf : LocalDate.now(clock), status, phase, q, page, ClubQuery.DEFAULT_SIZE);
    }

    @GetMapping("/clubs")
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) ClubStatus status,
            @RequestParam(required = false) ClubPhase phase,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        ClubQuery query = query(asOf, unit, status, phase, q, page);
        ClubPage result = clubs.search(query);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("unitNow", unitsAsOf(result.clubs(), query.asOf()));
        model.addAttribute("filterUnits", units.allAsOf(query.asOf()));
        model.addAttribute("statuses", ClubStatus.values());
        model.addAttribute("phases", ClubPhase.values());
        model.addAttribute("units", units);
        model.addAttribute("mayFound", clubs.mayFoundClubs());
        return htmx.view("clubs/list", "results");
    }

    /** For each club, the unit(s) its territory lies in on the date asked (or the unit it was recorded under). */
    private java.util.Map<Long, List<UnitView>> unitsAsOf(List<ClubView> list, LocalDate asOf) {
        java.util.Map<Long, List<UnitView>> map = new java.util.HashMap<>();
        for (ClubView c : list) {
            List<UnitView> now = units.successorsAsOf(c.unitId(), asOf);
            map.put(c.id(), now.isEmpty() ? units.find(c.unitId()).map(List::of).orElse(List.of()) : now);
        }
        return map;
    }

    @GetMapping("/clubs/export.{format}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) ClubStatus status,
            @RequestParam(required = false) ClubPhase phase,
            @RequestParam(required = false) String q,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ClubQuery query = query(asOf, unit, status, phase, q, 0).everything();
        List<ClubView> all = clubs.search(query).clubs();
        java.util.Map<Long, List<UnitView>> now = unitsAsOf(all, query.asOf());
        List<String> headers = List.of(
                        "club.name",
                        "club.unitAsOf",
                        "club.unit",
                        "club.foundedOn",
                        "club.phase",
                        "club.status",
                        "club.decisionNumber",
                        "club.decisionIssuer",
                        "club.meetingDay",
                        "club.regulationsAdoptedOn",
                        "club.initialFundCapital")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        List<List<?>> rows = new ArrayList<>();
        for (ClubView c : all) {
            rows.add(java.util.Arrays.asList(
                    c.name(),
                    now.get(c.id()).stream()
                            .map(UnitView::name)
                            .reduce((a, b) -> a + ", " + b)
                            .orElse(""),
                    units.find(c.unitId()).map(UnitView::name).orElse(""),
                    c.foundedOn(),
                    messages.getMessage("club.phase." + c.phase(), null, locale),
                    messages.getMessage("club.status." + c.status(), null, locale),
                    c.decisionNumber(),
                    c.decisionIssuer(),
                    c.meetingDay(),
                    c.regulationsAdoptedOn(),
                    c.initialFundCapital()));
        }
        String name = "cau-lac-bo-" + query.asOf();
        TableDownload.send(format, name, messages.getMessage("clubs.title", null, locale), headers, rows, response);
    }

    // ---- one club ----

    @GetMapping("/clubs/{id}")
    String detail(@PathVariable long id, Model model) {
        ClubView club = clubs.get(id);
        model.addAttribute("club", club);
        model.addAttribute("units", units);
        model.addAttribute("unitToday", units.successorsAsOf(club.unitId(), LocalDate.now(clock)));
        model.addAttribute("mayChange", clubs.mayChange(club));
        model.addAttribute("panels", panels);
        panels.forEach(p -> p.addTo(model, club));
        return "clubs/detail";
    }

    @GetMapping("/clubs/new")
    String newForm(Model model) {
        if (!clubs.mayFoundClubs()) throw new AccessDeniedException("may not found clubs");
        ClubForm form = new ClubForm();
        form.foundedOn = LocalDate.now(clock);
        model.addAttribute("form", form);
        return formPage(model, null);
    }

    @PostMapping("/clubs/new")
    String found(
            @Valid @ModelAttribute("form") ClubForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!clubs.mayFoundClubs()) throw new AccessDeniedException("may not found clubs");
        Optional<ClubView> club = submission(errors).get(() -> clubs.found(new FoundClub(form.details())));
        if (club.isEmpty()) return formPage(model, null);
        redirect.addFlashAttribute("flash", "club.founded");
        return "redirect:/clubs/" + club.get().id();
    }

    @GetMapping("/clubs/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ClubView club = changeable(id);
        model.addAttribute("form", ClubForm.of(club));
        return formPage(model, club);
    }

    @PostMapping("/clubs/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ClubForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = changeable(id);
        if (form.version == null) errors.reject("club.error.concurrent");
        if (!submission(errors).run(() -> clubs.edit(new EditClub(id, form.version, form.details()))))
            return formPage(model, club);
        redirect.addFlashAttribute("flash", "club.saved");
        return "redirect:/clubs/" + id;
    }

    /** A form's change, with refusals beside its fields and a concurrent edit said above it. */
    private static FormSubmission submission(BindingResult errors) {
        return FormSubmission.of(errors).concurrentEdit("club.error.concurrent");
    }

    private String formPage(Model model, ClubView club) {
        model.addAttribute("club", club);
        List<UnitView> choices = new ArrayList<>(clubs.unitsForFounding());
        if (club != null && choices.stream().noneMatch(u -> u.id() == club.unitId())) {
            units.find(club.unitId()).ifPresent(u -> choices.add(0, u));
        }
        model.addAttribute("foundingUnits", choices);
        model.addAttribute("phases", ClubPhase.values());
        return "clubs/form";
    }

    private ClubView changeable(long id) {
        ClubView club = clubs.get(id);
        if (!clubs.mayChange(club)) throw new AccessDeniedException("read-only scope");
        return club;
    }

    // ---- status ----

    static class StatusForm {
        @NotNull(message = "{validation.required}")
        public ClubStatus status;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate since;

        @Size(max = 500, message = "{validation.tooLong}")
        public String reason;

        public Integer version;
    }

    @GetMapping("/clubs/{id}/status")
    String statusForm(@PathVariable long id, Model model) {
        ClubView club = changeable(id);
        StatusForm form = new StatusForm();
        form.since = LocalDate.now(clock);
        form.version = club.version();
        model.addAttribute("statusForm", form);
        model.addAttribute("club", club);
        model.addAttribute("statuses", ClubStatus.values());
        return "clubs/status";
    }

    @PostMapping("/clubs/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = changeable(id);
        if (submission(errors)
                .run(() -> clubs.changeStatus(new ChangeClubStatus(
                        id, form.version == null ? -1 : form.version, form.status, form.since, form.reason)))) {
            redirect.addFlashAttribute("flash", "club.statusChanged");
            return "redirect:/clubs/" + id;
        }
        model.addAttribute("club", club);
        model.addAttribute("statuses", ClubStatus.values());
        return "clubs/status";
    }

    // ---- board ----

    static class BoardForm {
        public List<Seat> seats = new ArrayList<>();
        public Integer version;
    }

    static class Seat {
        @Size(max = 200, message = "{validation.tooLong}")
        public String fullName;

        public BoardRole role;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate since;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate until;
    }

    @GetMapping("/clubs/{id}/board")
    String boardForm(@PathVariable long id, Model model) {
        ClubView club = changeable(id);
        BoardForm form = new BoardForm();
        for (BoardMember m : club.board()) {
            Seat s = new Seat();
            s.fullName = m.fullName();
            s.role = m.role();
            s.since = m.since();
            s.until = m.until();
            form.seats.add(s);
        }
        while (form.seats.size() < BOARD_SEATS) form.seats.add(new Seat());
        form.version = club.version();
        model.addAttribute("boardForm", form);
        model.addAttribute("club", club);
        model.addAttribute("roles", BoardRole.values());
        return "clubs/board";
    }

    @PostMapping("/clubs/{id}/board")
    String replaceBoard(
            @PathVariable long id,
            @Valid @ModelAttribute("boardForm") BoardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = changeable(id);
        List<BoardMember> board = new ArrayList<>();
        for (int i = 0; i < form.seats.size(); i++) {
            Seat s = form.seats.get(i);
            if (s.fullName == null || s.fullName.isBlank()) continue;
            if (s.role == null) errors.rejectValue("seats[" + i + "].role", "validation.required");
            if (s.since != null && s.until != null && s.until.isBefore(s.since))
                errors.rejectValue("seats[" + i + "].until", "club.error.untilBeforeSince");
            board.add(new BoardMember(s.fullName.strip(), s.role, s.since, s.until));
        }
        if (submission(errors)
                .run(() -> clubs.replaceBoard(new ReplaceBoard(id, form.version == null ? -1 : form.version, board)))) {
            redirect.addFlashAttribute("flash", "club.boardSaved");
            return "redirect:/clubs/" + id;
        }
        model.addAttribute("club", club);
        model.addAttribute("roles", BoardRole.values());
        return "clubs/board";
    }
}
