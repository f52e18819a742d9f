package vn.ishc.meeting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.meeting.Attendance;
import vn.ishc.meeting.ContributionKind;
import vn.ishc.meeting.Dues;
import vn.ishc.meeting.Meeting;
import vn.ishc.meeting.MeetingCommands.EditMinutes;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.Payment;
import vn.ishc.meeting.MeetingCommands.ReverseMeeting;
import vn.ishc.meeting.MeetingCommands.SetDues;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.meeting.MeetingService;
import vn.ishc.meeting.MeetingService.Held;
import vn.ishc.meeting.MeetingService.MonthPage;
import vn.ishc.meeting.MeetingService.Sheet;
import vn.ishc.meeting.MeetingService.SheetRow;
import vn.ishc.meeting.MeetingService.Year;
import vn.ishc.meeting.MoneyKind;
import vn.ishc.meeting.web.MeetingForms.DuesForm;
import vn.ishc.meeting.web.MeetingForms.LineForm;
import vn.ishc.meeting.web.MeetingForms.MinutesForm;
import vn.ishc.meeting.web.MeetingForms.RepaymentForm;
import vn.ishc.meeting.web.MeetingForms.ReverseForm;
import vn.ishc.meeting.web.MeetingForms.SheetForm;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Refused;
import vn.ishc.shared.Vnd;
import vn.ishc.web.FormSubmission;
import vn.ishc.web.Htmx;

/**
 * The meeting pages: a club's year of meetings with its dues, the meeting sheet the treasurer fills in at the
 * meeting, a meeting with its minutes and its reversal, and the month's view of which clubs met. Access is
 * the meeting service's (404 outside the scope, 403 for a read-only scope); the pages only hide the forms a
 * read-only user could not send.
 */
@Controller
class MeetingController {
    /** More lines than any club has members: a posted sheet naming a line beyond it comes back unrecorded. */
    static final int MAX_LINES = 1000;

    private final MeetingService meetings;
    private final ClubFunds funds;
    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final CurrentUser user;

    MeetingController(
            MeetingService meetings, ClubFunds funds, ClubDirectory clubs, UnitDirectory units, CurrentUser user) {
        this.meetings = meetings;
        this.funds = funds;
        this.clubs = clubs;
        this.units = units;
        this.user = user;
    }

    @InitBinder({"sheetForm", "duesForm", "reverseForm", "minutesForm"})
    void bindFields(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_LINES);
        binder.initDirectFieldAccess();
    }

    // ---- a club's year ----

    /** A meeting's figures for the lists: attendance counts and the money by kind. */
    record Summary(
            Meeting meeting, long present, long excused, long absent, Vnd fees, Vnd contributions, Vnd repayments) {
        static Summary of(Meeting m) {
            return new Summary(
                    m,
                    m.count(Attendance.PRESENT),
                    m.count(Attendance.EXCUSED),
                    m.count(Attendance.ABSENT),
                    m.total(MoneyKind.FEE),
                    m.total(MoneyKind.CONTRIBUTION),
                    m.total(MoneyKind.REPAYMENT));
        }
    }

    /** A month of the year's page: the month and its meetings' figures (none: the club did not meet). */
    record MonthRow(YearMonth month, boolean met, List<Summary> meetings) {}

    @GetMapping("/clubs/{clubId}/meetings")
    String year(@PathVariable long clubId, @RequestParam(required = false) Integer year, Model model) {
        if (!model.containsAttribute("duesForm")) model.addAttribute("duesForm", duesForm(meetings.dues(clubId)));
        return yearPage(clubId, year, model);
    }

    private String yearPage(long clubId, Integer year, Model model) {
        LocalDate today = meetings.today();
        ClubView club = clubs.get(clubId);
        // The years the club existed, up to this one; a year asked outside them shows the nearest.
        int first = club.foundedOn() == null
                ? today.getYear()
                : Math.min(club.foundedOn().getYear(), today.getYear());
        int asked = year == null ? today.getYear() : Math.max(first, Math.min(year, today.getYear()));
        Year y = meetings.year(clubId, asked);
        List<Integer> years = new ArrayList<>();
        for (int i = today.getYear(); i >= first; i--) years.add(i);
        List<MonthRow> months = y.months().stream()
                .map(m -> new MonthRow(
                        m.month(),
                        m.met(),
                        m.meetings().stream().map(Summary::of).toList()))
                .toList();
        model.addAttribute("y", y);
        model.addAttribute("club", y.club());
        model.addAttribute("months", months);
        model.addAttribute("years", years);
        model.addAttribute("dues", meetings.dues(clubId));
        model.addAttribute("contributionKinds", ContributionKind.values());
        model.addAttribute("mayWrite", y.mayWrite());
        return "meetings/year";
    }

    private static DuesForm duesForm(Dues d) {
        DuesForm f = new DuesForm();
        f.version = d.version();
        f.feePerMonth = d.feePerMonth().dong() == 0 ? "" : typed(d.feePerMonth());
        f.contributionPerMonth = d.contributionPerMonth().dong() == 0 ? "" : typed(d.contributionPerMonth());
        f.contributionKind = d.contributionKind();
        return f;
    }

    @PostMapping("/clubs/{clubId}/meetings/dues")
    String saveDues(
            @PathVariable long clubId,
            @ModelAttribute("duesForm") DuesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Vnd fee = amount(form.feePerMonth, "feePerMonth", errors);
        Vnd contribution = amount(form.contributionPerMonth, "contributionPerMonth", errors);
        boolean saved = FormSubmission.of(errors)
                .concurrentEdit("meeting.error.editedConcurrently")
                .run(() ->
                        meetings.setDues(new SetDues(clubId, form.version, fee, contribution, form.contributionKind)));
        if (saved) {
            redirect.addFlashAttribute("flash", "meeting.flash.duesSaved");
            return "redirect:/clubs/" + clubId + "/meetings";
        }
        return yearPage(clubId, null, model);
    }

    // ---- the sheet ----

    /** A repayment input of a line: its place in the line's list, the loan, and what is owed on it. */
    record RepaymentView(int index, long loanId, Owed owed) {}

    /** A line of the sheet as shown: its index in the form, the member, and the repayment inputs. */
    record LineView(int index, Long personId, String name, boolean absentRun, List<RepaymentView> repayments) {}

    /** What the sheet's totals show: cash by fund and how many are present, as the page was rendered. */
    record Totals(Vnd activityFund, Vnd loanFund, long present) {}

    @GetMapping("/clubs/{clubId}/meetings/sheet")
    String sheet(
            @PathVariable long clubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        Sheet s = meetings.sheet(clubId, on);
        model.addAttribute("sheetForm", blank(s));
        return sheetPage(s, on == null, false, model);
    }

    /** A new sheet: a fresh key, everyone present, the club's fee and contribution, what each owes. */
    private static SheetForm blank(Sheet s) {
        SheetForm f = new SheetForm();
        f.key = UUID.randomUUID().toString();
        f.heldOn = s.on();
        for (SheetRow r : s.rows()) {
            LineForm l = new LineForm();
            l.personId = r.personId();
            l.attendance = Attendance.PRESENT;
            l.fee = s.dues().feePerMonth().dong() > 0 ? typed(s.dues().feePerMonth()) : "";
            l.contribution = s.dues().collectsContribution() ? typed(s.dues().contributionPerMonth()) : "";
            for (Owed o : r.owed()) {
                RepaymentForm p = new RepaymentForm();
                p.loanId = o.loanId();
                p.amount = o.due().dong() > 0 ? typed(o.due()) : "";
                l.repayments.add(p);
            }
            f.lines.add(l);
        }
        return f;
    }

    private String sheetPage(Sheet s, boolean defaultDay, boolean submitted, Model model) {
        SheetForm form = (SheetForm) model.getAttribute("sheetForm");
        Map<Long, SheetRow> rows = new HashMap<>();
        Map<Long, Owed> owed = new HashMap<>();
        for (SheetRow r : s.rows()) {
            rows.put(r.personId(), r);
            r.owed().forEach(o -> owed.put(o.loanId(), o));
        }
        List<LineView> lines = new ArrayList<>();
        long present = 0;
        long activity = 0;
        long loan = 0;
        boolean savings = s.dues().contributionKind() == ContributionKind.SAVINGS;
        for (int i = 0; i < form.lines.size(); i++) {
            LineForm l = form.lines.get(i);
            if (l == null) {
                l = new LineForm();
                form.lines.set(i, l);
            }
            SheetRow row = l.personId == null ? null : rows.get(l.personId);
            List<RepaymentView> repayments = new ArrayList<>();
            for (int j = 0; j < l.repayments.size(); j++) {
                RepaymentForm p = l.repayments.get(j);
                if (p == null || p.loanId == null) continue;
                repayments.add(new RepaymentView(j, p.loanId, owed.get(p.loanId)));
                loan += loose(p.amount);
            }
            lines.add(new LineView(
                    i, l.personId, row == null ? null : row.name(), row != null && row.absentRun(), repayments));
            if (l.attendance == Attendance.PRESENT) present++;
            activity += loose(l.fee);
            if (savings) loan += loose(l.contribution);
            else activity += loose(l.contribution);
        }
        LocalDate today = meetings.today();
        model.addAttribute("s", s);
        model.addAttribute("club", s.club());
        model.addAttribute("lines", lines);
        model.addAttribute("totals", new Totals(Vnd.of(activity), Vnd.of(loan), present));
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("mayWrite", s.mayWrite());
        model.addAttribute("future", s.on().isAfter(today));
        model.addAttribute("defaultDay", defaultDay);
        model.addAttribute("submitted", submitted);
        model.addAttribute("today", today);
        model.addAttribute("contributionFund", savings ? "loan" : "activity");
        return "meetings/sheet";
    }

    @PostMapping("/clubs/{clubId}/meetings/sheet")
    String hold(
            @PathVariable long clubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @ModelAttribute("sheetForm") SheetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        List<SheetLine> lines = new ArrayList<>();
        for (int i = 0; i < form.lines.size(); i++) {
            LineForm l = form.lines.get(i);
            String at = "lines[" + i + "]";
            if (l == null || l.personId == null) {
                if (l != null) errors.rejectValue(at + ".personId", "validation.required");
                else errors.reject("validation.required");
                continue;
            }
            Vnd fee = amount(l.fee, at + ".fee", errors);
            Vnd contribution = amount(l.contribution, at + ".contribution", errors);
            List<Payment> repayments = new ArrayList<>();
            for (int j = 0; j < l.repayments.size(); j++) {
                RepaymentForm p = l.repayments.get(j);
                String field = at + ".repayments[" + j + "]";
                if (p == null || p.loanId == null) {
                    errors.rejectValue(p == null ? field : field + ".loanId", "validation.required");
                    continue;
                }
                repayments.add(new Payment(p.loanId, amount(p.amount, field + ".amount", errors)));
            }
            lines.add(new SheetLine(l.personId, l.attendance, fee, contribution, repayments));
        }
        LocalDate day = form.heldOn != null ? form.heldOn : on;
        Optional<Held> held = FormSubmission.of(errors)
                .get(() -> meetings.hold(
                        new HoldMeeting(clubId, form.key, day, form.place, form.topics, form.decisions, lines)));
        if (held.isPresent()) {
            redirect.addFlashAttribute(
                    "flash", held.get().replayed() ? "meeting.flash.replayed" : "meeting.flash.held");
            return "redirect:/meetings/" + held.get().meeting().id();
        }
        return sheetPage(meetings.sheet(clubId, day), on == null, true, model);
    }

    // ---- a meeting ----

    /** A money line of a meeting as shown: the member's name with the line. */
    record MoneyView(String name, Meeting.Money money) {}

    /** An attendance line as shown. */
    record AttendeeView(long personId, String name, Attendance attendance) {}

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meeting m = meetings.get(id);
        if (!model.containsAttribute("minutesForm")) {
            MinutesForm f = new MinutesForm();
            f.version = m.version();
            f.place = m.place();
            f.topics = m.topics();
            f.decisions = m.decisions();
            model.addAttribute("minutesForm", f);
        }
        if (!model.containsAttribute("reverseForm")) model.addAttribute("reverseForm", new ReverseForm());
        return meetingPage(m, model);
    }

    private String meetingPage(Meeting m, Model model) {
        ClubView club = clubs.get(m.clubId());
        Map<Long, String> names = meetings.names(m);
        List<AttendeeView> attendance = m.attendance().stream()
                .map(a -> new AttendeeView(a.personId(), names.get(a.personId()), a.attendance()))
                .sorted(Comparator.comparing(
                        AttendeeView::name, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
        model.addAttribute("m", m);
        model.addAttribute("summary", Summary.of(m));
        model.addAttribute("club", club);
        model.addAttribute("attendance", attendance);
        model.addAttribute(
                "money",
                m.money().stream()
                        .map(x -> new MoneyView(names.get(x.personId()), x))
                        .toList());
        model.addAttribute("mayWrite", m.standing() && clubs.mayChange(club));
        return "meetings/meeting";
    }

    @PostMapping("/meetings/{id}/reversal")
    String reverse(
            @PathVariable long id,
            @ModelAttribute("reverseForm") ReverseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.get(id);
        if (FormSubmission.of(errors).run(() -> meetings.reverse(new ReverseMeeting(id, form.reason)))) {
            redirect.addFlashAttribute("flash", "meeting.flash.reversed");
            return "redirect:/meetings/" + id;
        }
        return meeting(m.id(), model);
    }

    @PostMapping("/meetings/{id}/minutes")
    String editMinutes(
            @PathVariable long id,
            @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.get(id);
        boolean saved = FormSubmission.of(errors)
                .concurrentEdit("meeting.error.editedConcurrently")
                .run(() -> meetings.editMinutes(new EditMinutes(
                        id, form.version == null ? -1 : form.version, form.place, form.topics, form.decisions)));
        if (saved) {
            redirect.addFlashAttribute("flash", "meeting.flash.minutesSaved");
            return "redirect:/meetings/" + id;
        }
        return meeting(m.id(), model);
    }

    // ---- the month, across clubs ----

    /** The month view's filters, as the shared unit filter reads them. */
    record MonthQuery(YearMonth month, Long unitId) {}

    /** A page of the month's clubs, as the shared pager reads it. */
    record MonthResult(MonthPage p) {
        public int page() {
            return p.page();
        }

        public int pages() {
            return (int) Math.max(1, (p.total() + p.size() - 1) / p.size());
        }

        public boolean hasNext() {
            return p.page() + 1 < pages();
        }

        public boolean hasPrevious() {
            return p.page() > 0;
        }
    }

    /**
     * Which clubs met in a month, for ward and city officers; a club board, whose scope is one club, goes to
     * its club's year of meetings.
     */
    @GetMapping("/meetings")
    String month(
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        Long ownClub = user.scope().clubId();
        if (ownClub != null && month == null && unit == null) return "redirect:/clubs/" + ownClub + "/meetings";
        LocalDate today = meetings.today();
        YearMonth current = YearMonth.from(today);
        YearMonth asked = month == null || month.isAfter(current) ? current : month;
        if (asked.getYear() < 1900) asked = current;
        MonthPage p = meetings.month(asked, unit, Math.max(0, page), ClubQuery.DEFAULT_SIZE);
        LocalDate end = asked.atEndOfMonth().isAfter(today) ? today : asked.atEndOfMonth();
        model.addAttribute("p", p);
        model.addAttribute("result", new MonthResult(p));
        model.addAttribute("query", new MonthQuery(asked, unit));
        model.addAttribute("filterUnits", units.allAsOf(end));
        model.addAttribute("current", current);
        return htmx.view("meetings/month", "results");
    }

    // ---- money as typed ----

    /**
     * An amount typed on a form, read by the fund module's money rules; blank or zero is nothing taken (null).
     * A refused amount becomes the message beside its field.
     */
    private Vnd amount(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank() || text.strip().matches("[0.,\\s]+")) return null;
        try {
            return funds.amount(text, field);
        } catch (Refused e) {
            FormSubmission.reject(errors, e);
            return null;
        }
    }

    /** An amount as the sheet's totals count it when the page is drawn (what cannot be read counts zero). */
    private long loose(String text) {
        if (text == null || text.isBlank() || text.strip().matches("[0.,\\s]+")) return 0;
        try {
            return funds.amount(text, "amount").dong();
        } catch (Refused e) {
            return 0;
        }
    }

    /** An amount as the treasurer would type it: 50.000. */
    static String typed(Vnd amount) {
        String digits = Long.toString(Math.abs(amount.dong()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append('.');
            out.append(digits.charAt(i));
        }
        return (amount.isNegative() ? "-" : "") + out;
    }
}
