package vn.ishc.member;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.ishc.club.ClubQuery;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.member.MemberCommands.LeaveClub;
import vn.ishc.member.MemberCommands.MergePeople;
import vn.ishc.member.MemberCommands.MoveMember;
import vn.ishc.member.MemberCommands.RegisterMember;
import vn.ishc.member.MemberCommands.UpdatePerson;
import vn.ishc.shared.PersonalDataViewed;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;
import vn.ishc.web.Htmx;

/** Member screens: add, correct, leave, move and merge; the member list and the composition list. */
@Controller
class MemberController {
    private final List<MemberSection> sections;

    static final List<String> ETHNICITIES = List.of(
            "Kinh", "Ê Đê", "M'nông", "Gia Rai", "Tày", "Nùng", "Thái", "Mường", "Dao", "H'Mông", "Xơ Đăng", "Ba Na");

    private final MemberRegistry members;
    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberController(
            MemberRegistry members,
            ClubDirectory clubs,
            UnitDirectory units,
            MessageSource messages,
            Clock clock,
            List<MemberSection> sections,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(MemberSection::order))
                .toList();
        this.members = members;
        this.clubs = clubs;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder({"form", "leaveForm", "moveForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- adding a member ----

    @GetMapping("/clubs/{clubId}/members/new")
    String newForm(@PathVariable long clubId, Model model) {
        ClubView club = members.changeableClub(clubId);
        PersonForm form = new PersonForm();
        form.joinedOn = LocalDate.now(clock);
        model.addAttribute("form", form);
        return formPage(model, club, null);
    }

    @PostMapping("/clubs/{clubId}/members/new")
    String register(
            @PathVariable long clubId,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = members.changeableClub(clubId);
        if (form.joinedOn == null) errors.rejectValue("joinedOn", "validation.required");
        try {
            Optional<MemberSaved> saved = FormSubmission.of(errors)
                    .get(() -> members.register(new RegisterMember(
                            clubId, form.details(), form.joinedOn, form.joinReason, form.notADuplicate)));
            if (saved.isPresent()) {
                redirect.addFlashAttribute("flash", "member.registered");
                redirect.addFlashAttribute(
                        "flashArgs", saved.get().member().person().fullName());
                redirect.addFlashAttribute("warnings", saved.get().outOfBand());
                return "redirect:/clubs/" + clubId;
            }
        } catch (PossibleDuplicates e) {
            model.addAttribute("duplicates", e.candidates());
        }
        return formPage(model, club, null);
    }

    private String formPage(Model model, ClubView club, MemberView member) {
        model.addAttribute("club", club);
        model.addAttribute("member", member);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("households", HouseholdStatus.values());
        model.addAttribute("ethnicities", ETHNICITIES);
        return "members/form";
    }

    // ---- one member ----

    @GetMapping("/members/{membershipId}")
    String detail(@PathVariable long membershipId, Model model) {
        MemberView member = members.membership(membershipId);
        ClubView club = clubs.get(member.clubId());
        events.publishEvent(new PersonalDataViewed(
                "member-page", "membership " + membershipId, club.unitId(), club.id(), List.of(member.personId())));
        model.addAttribute("member", member);
        model.addAttribute("club", club);
        model.addAttribute("history", members.historyOf(member.personId()));
        model.addAttribute("mayChange", clubs.mayChange(club));
        model.addAttribute("candidates", members.mayMerge() ? members.duplicatesOfQuietly(member) : List.of());
        model.addAttribute("sections", sections);
        sections.forEach(section -> section.addTo(model, member));
        return "members/detail";
    }

    /** A person's page: their latest membership the user may see. */
    @GetMapping("/members/person/{personId}")
    String person(@PathVariable long personId) {
        List<MemberView> history = members.historyOf(personId);
        return "redirect:/members/" + history.get(history.size() - 1).membershipId();
    }

    @GetMapping("/members/{membershipId}/edit")
    String editForm(@PathVariable long membershipId, Model model) {
        MemberView member = members.membership(membershipId);
        ClubView club = members.changeableClub(member.clubId());
        model.addAttribute("form", PersonForm.of(member));
        return formPage(model, club, member);
    }

    @PostMapping("/members/{membershipId}/edit")
    String edit(
            @PathVariable long membershipId,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MemberView member = members.membership(membershipId);
        ClubView club = members.changeableClub(member.clubId());
        try {
            Optional<MemberSaved> saved = FormSubmission.of(errors)
                    .concurrentEdit("member.error.concurrent")
                    .get(() -> members.update(new UpdatePerson(
                            member.personId(),
                            form.version == null ? -1 : form.version,
                            form.details(),
                            form.notADuplicate)));
            if (saved.isPresent()) {
                redirect.addFlashAttribute("flash", "member.saved");
                redirect.addFlashAttribute("warnings", saved.get().outOfBand());
                return "redirect:/members/" + membershipId;
            }
        } catch (PossibleDuplicates e) {
            model.addAttribute("duplicates", e.candidates());
        }
        return formPage(model, club, member);
    }

    // ---- leaving and moving ----

    static class LeaveForm {
        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate leftOn;

        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.tooLong}")
        public String reason;
    }

    @GetMapping("/members/{membershipId}/leave")
    String leaveForm(@PathVariable long membershipId, Model model) {
        MemberView member = members.membership(membershipId);
        members.changeableClub(member.clubId());
        LeaveForm form = new LeaveForm();
        form.leftOn = LocalDate.now(clock);
        model.addAttribute("leaveForm", form);
        model.addAttribute("member", member);
        return "members/leave";
    }

    @PostMapping("/members/{membershipId}/leave")
    String leave(
            @PathVariable long membershipId,
            @Valid @ModelAttribute("leaveForm") LeaveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MemberView member = members.membership(membershipId);
        members.changeableClub(member.clubId());
        Optional<MemberSaved> saved = FormSubmission.of(errors)
                .fields(field -> field.equals("leaveReason") ? "reason" : field)
                .get(() -> members.leave(new LeaveClub(membershipId, form.leftOn, form.reason)));
        if (saved.isPresent()) {
            redirect.addFlashAttribute("flash", "member.left");
            redirect.addFlashAttribute("flashArgs", member.person().fullName());
            redirect.addFlashAttribute("warnings", saved.get().outOfBand());
            return "redirect:/clubs/" + member.clubId();
        }
        model.addAttribute("member", member);
        return "members/leave";
    }

    static class MoveForm {
        @NotNull(message = "{validation.required}")
        public Long toClubId;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate on;

        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.tooLong}")
        public String reason;
    }

    @GetMapping("/members/{membershipId}/move")
    String moveForm(@PathVariable long membershipId, Model model) {
        MemberView member = members.membership(membershipId);
        members.changeableClub(member.clubId());
        MoveForm form = new MoveForm();
        form.on = LocalDate.now(clock);
        model.addAttribute("moveForm", form);
        return movePage(model, member);
    }

    @PostMapping("/members/{membershipId}/move")
    String move(
            @PathVariable long membershipId,
            @Valid @ModelAttribute("moveForm") MoveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MemberView member = members.membership(membershipId);
        members.changeableClub(member.clubId());
        Optional<MemberSaved> saved = FormSubmission.of(errors)
                .fields(field -> switch (field) {
                    case "toClubId", "reason" -> field;
                    case "joinedOn", "leftOn" -> "on";
                    default -> null;
                })
                .get(() -> members.move(new MoveMember(membershipId, form.toClubId, form.on, form.reason)));
        if (saved.isPresent()) {
            redirect.addFlashAttribute("flash", "member.moved");
            redirect.addFlashAttribute("flashArgs", member.person().fullName());
            redirect.addFlashAttribute("warnings", saved.get().outOfBand());
            return "redirect:/clubs/" + form.toClubId;
        }
        return movePage(model, member);
    }

    private String movePage(Model model, MemberView member) {
        model.addAttribute("member", member);
        model.addAttribute(
                "targets",
                clubs.changeable().stream()
                        .filter(c -> c.id() != member.clubId())
                        .toList());
        return "members/move";
    }

    // ---- merging duplicates ----

    @PostMapping("/members/{membershipId}/merge")
    String merge(@PathVariable long membershipId, @RequestParam long duplicatePersonId, RedirectAttributes redirect) {
        MemberView member = members.membership(membershipId);
        try {
            MemberView merged = members.merge(new MergePeople(member.personId(), duplicatePersonId));
            redirect.addFlashAttribute("flash", "member.merged");
            return "redirect:/members/" + merged.membershipId();
        } catch (MemberRefused e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/members/" + membershipId;
        }
    }

    // ---- lists ----

    MemberQuery memberQuery(Long club, Long unit, LocalDate activeOn, Sex sex, Boolean older, String q, int page) {
        return new MemberQuery(
                club,
                unit,
                activeOn != null ? activeOn : LocalDate.now(clock),
                sex,
                older,
                q,
                page,
                MemberQuery.DEFAULT_SIZE);
    }

    @GetMapping("/members")
    String list(
            @RequestParam(required = false) Long club,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
            @RequestParam(required = false) Sex sex,
            @RequestParam(required = false) Boolean older,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        MemberQuery query = memberQuery(club, unit, activeOn, sex, older, q, page);
        model.addAttribute("query", query);
        MemberPage result = members.search(query);
        viewed("member-list", query, result.members());
        model.addAttribute("result", result);
        model.addAttribute("clubs", clubs.visible());
        model.addAttribute("filterUnits", units.allAsOf(query.activeOn()));
        model.addAttribute("sexes", Sex.values());
        return htmx.view("members/list", "results");
    }

    @GetMapping("/members/export.{format}")
    void exportMembers(
            @PathVariable String format,
            @RequestParam(required = false) Long club,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
            @RequestParam(required = false) Sex sex,
            @RequestParam(required = false) Boolean older,
            @RequestParam(required = false) String q,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        MemberQuery query = memberQuery(club, unit, activeOn, sex, older, q, 0).everything();
        List<String> headers = labels(
                locale,
                "member.fullName",
                "member.sex",
                "member.birthDate",
                "member.ageClass",
                "member.ethnicity",
                "member.household",
                "member.householdYear",
                "member.disability",
                "member.livesAlone",
                "member.otherHardship",
                "member.nationalId",
                "member.phone",
                "member.residentialGroup",
                "member.club",
                "member.joinedOn",
                "member.leftOn");
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        List<List<?>> rows = new ArrayList<>();
        List<MemberView> exported = members.search(query).members();
        viewed("member-export", query, exported);
        for (MemberView m : exported) {
            PersonDetails d = m.person();
            rows.add(Arrays.asList(
                    d.fullName(),
                    messages.getMessage("member.sex." + d.sex(), null, locale),
                    d.birthDate() != null ? d.birthDate() : (Object) Long.valueOf(d.effectiveBirthYear()),
                    messages.getMessage(
                            m.older() ? "member.older" : "member.younger",
                            new Object[] {members.standard().olderAge()},
                            locale),
                    d.ethnicity(),
                    messages.getMessage("member.household." + d.householdStatus(), null, locale),
                    d.householdStatusYear(),
                    d.disability() ? yes : no,
                    d.livesAlone() ? yes : no,
                    d.otherHardship(),
                    MemberRegistry.masked(d.nationalId()),
                    d.phone(),
                    d.residentialGroup(),
                    m.clubName(),
                    m.joinedOn(),
                    m.leftOn()));
        }
        TableDownload.send(
                format,
                "thanh-vien-" + query.activeOn(),
                messages.getMessage("members.title", null, locale),
                headers,
                rows,
                response);
    }

    record CompositionRow(ClubView club, Composition composition) {}

    @GetMapping("/compositions")
    String compositions(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "false") boolean outOfBand,
            Model model) {
        LocalDate date = on != null ? on : LocalDate.now(clock);
        model.addAttribute("rows", compositionRows(unit, date, outOfBand));
        model.addAttribute("unit", unit);
        model.addAttribute("on", date);
        model.addAttribute("outOfBand", outOfBand);
        model.addAttribute("filterUnits", units.allAsOf(date));
        model.addAttribute("standard", members.standard());
        return "members/compositions";
    }

    @GetMapping("/compositions/export.{format}")
    void exportCompositions(
            @PathVariable String format,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "false") boolean outOfBand,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate date = on != null ? on : LocalDate.now(clock);
        List<String> headers = labels(
                locale,
                "club.name",
                "composition.members",
                "composition.women",
                "composition.womenShare",
                "composition.older",
                "composition.olderShare",
                "composition.younger",
                "composition.youngerShare",
                "composition.disadvantaged",
                "composition.meetsAll");
        List<List<?>> rows = new ArrayList<>();
        for (CompositionRow r : compositionRows(unit, date, outOfBand)) {
            Composition c = r.composition();
            rows.add(Arrays.asList(
                    r.club().name(),
                    (long) c.members(),
                    (long) c.women(),
                    c.check(Composition.Rule.WOMEN).value(),
                    (long) c.older(),
                    c.check(Composition.Rule.OLDER).value(),
                    (long) c.younger(),
                    c.check(Composition.Rule.YOUNGER).value(),
                    (long) c.disadvantaged(),
                    messages.getMessage(c.meetsEveryRule() ? "common.yes" : "common.no", null, locale)));
        }
        TableDownload.send(
                format,
                "co-cau-" + date,
                messages.getMessage("compositions.title", null, locale),
                headers,
                rows,
                response);
    }

    private List<CompositionRow> compositionRows(Long unit, LocalDate date, boolean outOfBandOnly) {
        return compositionRows(clubs, members, unit, date, outOfBandOnly);
    }

    /**
     * The clubs existing on the date (in the unit, when given) with their composition, only those out of band
     * when asked: the compositions page, its download and the home page's count.
     */
    static List<CompositionRow> compositionRows(
            ClubDirectory clubs, MemberRegistry members, Long unit, LocalDate date, boolean outOfBandOnly) {
        List<ClubView> list = clubs.search(new ClubQuery(unit, date, null, null, null, 0, 100_000))
                .clubs();
        Map<Long, Composition> compositions =
                members.compositions(list.stream().map(ClubView::id).toList(), date);
        return list.stream()
                .filter(c -> existsOn(c, date))
                .map(c -> new CompositionRow(c, compositions.get(c.id())))
                .filter(r -> !outOfBandOnly || !r.composition().meetsEveryRule())
                .toList();
    }

    /** Founded by the date and not dissolved by it. */
    private static boolean existsOn(ClubView club, LocalDate date) {
        if (club.foundedOn() != null && club.foundedOn().isAfter(date)) return false;
        return club.statusHistory().stream()
                .filter(s -> !s.since().isAfter(date))
                .reduce((a, b) -> b)
                .map(s -> s.status() != ClubStatus.DISSOLVED)
                .orElse(true);
    }

    /** Column labels; those naming the younger class take the configured age. */
    private List<String> labels(Locale locale, String... keys) {
        Object[] olderAge = {members.standard().olderAge()};
        return Arrays.stream(keys)
                .map(k -> messages.getMessage(k, olderAge, locale))
                .toList();
    }

    /** Logs a list of members shown or downloaded, with its filters, for the access log (R19). */
    private void viewed(String what, MemberQuery q, List<MemberView> shown) {
        if (shown.isEmpty()) return;
        events.publishEvent(new PersonalDataViewed(
                what,
                q.toString(),
                q.unitId(),
                q.clubId(),
                shown.stream().map(MemberView::personId).distinct().toList()));
    }
}
