package vn.ishc.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubPage;
import vn.ishc.club.ClubQuery;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubStatusChange;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.Contribute;
import vn.ishc.fund.FundCommands.Line;
import vn.ishc.fund.FundCommands.PostLines;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundCommands.Repay;
import vn.ishc.fund.FundCommands.ReversePostings;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.fund.LineRefused;
import vn.ishc.fund.ReceiptKind;
import vn.ishc.meeting.Meeting.Taken;
import vn.ishc.meeting.MeetingCommands.EditMinutes;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.ReverseMeeting;
import vn.ishc.meeting.MeetingCommands.SetDues;
import vn.ishc.meeting.MeetingEvents.DuesSet;
import vn.ishc.meeting.MeetingEvents.MeetingHeld;
import vn.ishc.meeting.MeetingEvents.MeetingReversed;
import vn.ishc.meeting.MeetingEvents.MinutesEdited;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.Vnd;

/**
 * The meeting module's API: a club's sheet for a day (its members with what each owes), a meeting recorded
 * with its sheet as one document, reversed as one, the minutes corrected, the club's dues, and the views by
 * month. Reads follow the caller's scope (404 outside it); writes need a scope that may change the club
 * (403 otherwise).
 */
@Service
public class MeetingService {
    private final MonthLocks monthLocks;
    private final Meetings meetings;
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final ClubFunds funds;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    MeetingService(
            MonthLocks monthLocks,
            Meetings meetings,
            ClubDirectory clubs,
            MemberRegistry members,
            ClubFunds funds,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.monthLocks = monthLocks;
        this.meetings = meetings;
        this.clubs = clubs;
        this.members = members;
        this.funds = funds;
        this.user = user;
        this.clock = clock;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the sheet ----

    /** One member's line of the sheet: who, whether flagged absent three months running, what they owe. */
    public record SheetRow(long personId, String name, boolean absentRun, List<Owed> owed) {
        public Vnd due() {
            return Vnd.of(owed.stream().mapToLong(o -> o.due().dong()).sum());
        }
    }

    /**
     * The sheet of a club for a day: its members on that day in name order, what the club collects, and the
     * meeting already recorded that day, if any.
     */
    public record Sheet(
            ClubView club, LocalDate on, Dues dues, List<SheetRow> rows, Meeting recorded, boolean mayWrite) {}

    /** The club's sheet for a day (404 outside the scope). */
    @Transactional(readOnly = true)
    public Sheet sheet(long clubId, LocalDate on) {
        ClubView club = clubs.get(clubId);
        LocalDate day = on == null ? today() : on;
        List<MemberView> list = members.membersOf(clubId, day);
        Map<Long, List<Owed>> owed = new HashMap<>();
        for (Owed o : funds.owedOn(clubId, day))
            owed.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
        Map<Long, List<Attendance>> last = meetings.lastAttendance(clubId, day.minusDays(1), AbsenceRule.RUN);
        List<SheetRow> rows = new ArrayList<>();
        for (MemberView m : list) {
            rows.add(new SheetRow(
                    m.personId(),
                    m.person().fullName(),
                    AbsenceRule.flagged(last.getOrDefault(m.personId(), List.of())),
                    owed.getOrDefault(m.personId(), List.of())));
        }
        Meeting recorded = meetings.ofClub(clubId, day, day).stream()
                .filter(Meeting::standing)
                .findFirst()
                .orElse(null);
        return new Sheet(club, day, dues(clubId), rows, recorded, clubs.mayChange(club));
    }

    /** A meeting recorded, and whether this sending found it already recorded under its key. */
    public record Held(Meeting meeting, boolean replayed) {}

    /**
     * Records a meeting with its sheet as one document: the meeting, every member's attendance and the money
     * posted through the funds, all in one transaction or nothing. A key already recorded answers that meeting
     * and records nothing ({@link Held#replayed()}), also when two sendings of the key race each other.
     */
    public Held hold(HoldMeeting c) {
        Optional<Held> earlier = replay(c);
        if (earlier.isPresent()) return earlier.get();
        try {
            return tx.execute(s -> new Held(record(c), false));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException | MeetingRefused lost) {
            // The same key sent twice at once: the first won (this one then finds the day taken, or fails on the
            // key's index), and this sending answers its meeting. Otherwise the refusal stands, or another
            // meeting took the day first.
            Optional<Held> first = replay(c);
            if (first.isPresent()) return first.get();
            if (lost instanceof MeetingRefused refused) throw refused;
            throw new MeetingRefused("heldOn", "meeting.error.oneADay");
        }
    }

    private Optional<Held> replay(HoldMeeting c) {
        if (c.key() == null) return Optional.empty();
        return meetings.byKey(c.key().strip()).map(m -> {
            if (m.clubId() != c.clubId()) throw new MeetingRefused("key", "meeting.error.keyOfAnotherClub");
            clubs.get(m.clubId());
            return new Held(m, true);
        });
    }

    private Meeting record(HoldMeeting c) {
        ClubView club = clubs.writable(c.clubId());
        LocalDate day = c.heldOn() == null ? today() : c.heldOn();
        monthLocks.ensureOpen(club.id(), day);
        Map<Long, String> onTheDay = new LinkedHashMap<>();
        for (MemberView m : members.membersOf(club.id(), day))
            onTheDay.put(m.personId(), m.person().fullName());
        Map<Long, Long> loans = new HashMap<>();
        if (c.heldOn() != null && !c.heldOn().isAfter(today()))
            funds.owedOn(club.id(), day).forEach(o -> loans.put(o.loanId(), o.personId()));
        Meeting meeting = Meeting.hold(
                c,
                new Meeting.Context(
                        today(),
                        club.foundedOn(),
                        activeOn(club, day),
                        onTheDay,
                        loans,
                        c.heldOn() != null && meetings.dayTaken(club.id(), c.heldOn())),
                user.name(),
                clock.instant());
        meeting = meetings.insert(meeting);
        post(club, meeting, onTheDay);
        meetings.insertMoney(meeting);
        events.publishEvent(new MeetingHeld(
                meeting.id(),
                club.id(),
                club.unitId(),
                meeting.heldOn(),
                meeting.count(Attendance.PRESENT),
                meeting.count(Attendance.EXCUSED),
                meeting.count(Attendance.ABSENT),
                meeting.total(MoneyKind.FEE),
                meeting.total(MoneyKind.CONTRIBUTION),
                meeting.total(MoneyKind.REPAYMENT),
                meeting.sheetKey()));
        return meeting;
    }

    /** Posts the sheet's money into the funds; a refused line comes back naming the member's line. */
    private void post(ClubView club, Meeting meeting, Map<Long, String> names) {
        List<Taken> taken = meeting.moneyToPost();
        if (taken.isEmpty()) return;
        Dues dues = dues(club.id());
        String document = "BH-" + meeting.id();
        List<Line> lines = new ArrayList<>();
        for (Taken t : taken) {
            Meeting.Money m = t.money();
            String row = Integer.toString(t.line());
            String who = names.get(m.personId());
            lines.add(
                    switch (m.kind()) {
                        case FEE ->
                            Line.receive(
                                    row,
                                    new Receive(
                                            club.id(),
                                            ReceiptKind.MEMBERSHIP_FEE,
                                            meeting.heldOn(),
                                            m.amount(),
                                            who,
                                            document,
                                            null));
                        case CONTRIBUTION ->
                            dues.contributionKind() == ContributionKind.SAVINGS
                                    ? Line.contribute(
                                            row,
                                            new Contribute(
                                                    club.id(), meeting.heldOn(), m.amount(), who, document, null))
                                    : Line.receive(
                                            row,
                                            new Receive(
                                                    club.id(),
                                                    ReceiptKind.GOLDEN_HEART_DONATION,
                                                    meeting.heldOn(),
                                                    m.amount(),
                                                    who,
                                                    document,
                                                    null));
                        case REPAYMENT ->
                            Line.repay(row, new Repay(m.loanId(), m.amount(), meeting.heldOn(), document, null));
                    });
        }
        try {
            meeting.posted(funds.post(new PostLines(club.id(), lines)).postings());
        } catch (LineRefused e) {
            Taken t = taken.get(e.line());
            String field = switch (t.money().kind()) {
                case FEE -> "fee";
                case CONTRIBUTION -> "contribution";
                case REPAYMENT -> "repayment";
            };
            var cause = (vn.ishc.shared.Refused) e.getCause();
            throw new SheetLineRefused(
                    t.line(),
                    t.money().personId(),
                    names.get(t.money().personId()),
                    field,
                    cause.messageKey(),
                    cause.args());
        }
    }

    /**
     * A refusal of an amount typed on a sheet's line (by the form or the API, before the sheet is sent), naming
     * the member as the sheet does.
     */
    @Transactional(readOnly = true)
    public SheetLineRefused lineRefused(
            long clubId, LocalDate on, int line, long personId, String field, vn.ishc.shared.Refused cause) {
        clubs.get(clubId);
        boolean ofClub = members.membershipsOf(clubId).stream().anyMatch(m -> m.personId() == personId);
        String name = ofClub ? members.namesOf(List.of(personId)).get(personId) : null;
        return new SheetLineRefused(line, personId, name, field, cause.messageKey(), cause.args());
    }

    // ---- a meeting ----

    /** A meeting, whole (404 outside the scope). */
    @Transactional(readOnly = true)
    public Meeting get(long meetingId) {
        Meeting m = meetings.find(meetingId).orElseThrow(() -> new MeetingNotFound(meetingId));
        try {
            clubs.get(m.clubId());
        } catch (vn.ishc.shared.NotFoundException outside) {
            throw new MeetingNotFound(meetingId);
        }
        return m;
    }

    /** The club's latest standing meeting on or before today, if any (404 outside the scope). */
    @Transactional(readOnly = true)
    public Optional<Meeting> last(long clubId) {
        clubs.get(clubId);
        return meetings.latest(clubId, today());
    }

    /**
     * The names of the people on a meeting's list (the club's members on its day, whom its attendance and money
     * name), by person id, for a meeting read through {@link #get(long)}.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Meeting m) {
        Map<Long, String> out = new HashMap<>();
        for (MemberView v : members.membersOf(m.clubId(), m.heldOn()))
            out.put(v.personId(), v.person().fullName());
        return out;
    }

    /** Reverses a meeting and everything its sheet posted, as one document, dated today. */
    @Transactional
    public Meeting reverse(ReverseMeeting c) {
        Meeting m = get(c.meetingId());
        ClubView club = clubs.writable(m.clubId());
        LocalDate today = today();
        monthLocks.ensureOpen(club.id(), m.heldOn());
        monthLocks.ensureOpen(club.id(), today);
        m.reverse(today, c.reason(), user.name(), clock.instant(), today);
        if (!m.postings().isEmpty()) {
            try {
                funds.reverse(new ReversePostings(
                        club.id(), m.postings(), today, m.reversal().reason()));
            } catch (LineRefused e) {
                var cause = (vn.ishc.shared.Refused) e.getCause();
                throw new MeetingRefused("reason", cause.messageKey(), cause.args());
            }
        }
        meetings.update(m);
        events.publishEvent(new MeetingReversed(
                m.id(),
                club.id(),
                club.unitId(),
                m.heldOn(),
                today,
                m.reversal().reason()));
        return get(m.id());
    }

    /** Corrects the minutes of a standing meeting, if it is still the version the user read. */
    @Transactional
    public Meeting editMinutes(EditMinutes c) {
        Meeting m = get(c.meetingId());
        ClubView club = clubs.writable(m.clubId());
        if (m.version() != c.version()) throw new MeetingEditedConcurrently();
        monthLocks.ensureOpen(club.id(), m.heldOn());
        Map<String, Object> before = minutes(m);
        m.editMinutes(c.place(), c.topics(), c.decisions());
        meetings.update(m);
        List<FieldChange> changes = FieldChange.between(before, minutes(m));
        if (!changes.isEmpty()) events.publishEvent(new MinutesEdited(m.id(), club.id(), club.unitId(), changes));
        return get(m.id());
    }

    private static Map<String, Object> minutes(Meeting m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("place", m.place());
        out.put("topics", m.topics());
        out.put("decisions", m.decisions());
        return out;
    }

    /**
     * A club's standing meetings of a month with their attendance, read without a scope check: for the
     * report module, whose service decides who may see the club's report. Reads only.
     */
    public record MonthFigures(int held, int present, int excused, int absent, List<LocalDate> days) {}

    @Transactional(readOnly = true)
    public MonthFigures monthFigures(long clubId, java.time.YearMonth month) {
        return meetings.monthFigures(clubId, month.atDay(1), month.atEndOfMonth());
    }

    // ---- dues ----

    /** What the club collects at its meetings (nothing recorded: zero fee, no contribution). */
    @Transactional(readOnly = true)
    public Dues dues(long clubId) {
        clubs.get(clubId);
        return meetings.dues(clubId).orElse(Dues.none(clubId));
    }

    @Transactional
    public Dues setDues(SetDues c) {
        ClubView club = clubs.writable(c.clubId());
        Vnd fee = c.feePerMonth() == null ? Vnd.ZERO : c.feePerMonth();
        Vnd contribution = c.contributionPerMonth() == null ? Vnd.ZERO : c.contributionPerMonth();
        if (fee.isNegative()) throw new MeetingRefused("feePerMonth", "meeting.error.negative");
        if (contribution.isNegative()) throw new MeetingRefused("contributionPerMonth", "meeting.error.negative");
        if (fee.dong() > 0) funds.amount(java.math.BigDecimal.valueOf(fee.dong()), "feePerMonth");
        if (contribution.dong() > 0)
            funds.amount(java.math.BigDecimal.valueOf(contribution.dong()), "contributionPerMonth");
        if (contribution.dong() > 0 && c.contributionKind() == null)
            throw new MeetingRefused("contributionKind", "validation.required");
        Dues before = dues(club.id());
        if (before.version() != c.version()) throw new MeetingEditedConcurrently();
        Dues after = new Dues(
                club.id(),
                fee,
                contribution,
                c.contributionKind() == null ? ContributionKind.SOLIDARITY : c.contributionKind(),
                before.version() + 1);
        meetings.saveDues(after, c.version(), user.name(), clock.instant());
        events.publishEvent(
                new DuesSet(club.id(), club.unitId(), FieldChange.between(before, after, "clubId", "version")));
        return dues(club.id());
    }

    // ---- by month ----

    /** A month of a club's year: its meetings (standing and reversed), none when the club did not meet. */
    public record Month(YearMonth month, List<Meeting> meetings) {
        public boolean met() {
            return meetings.stream().anyMatch(Meeting::standing);
        }
    }

    /**
     * A club's year by month, January to December (months after today and before the club's founding are
     * left out), latest first, and the members flagged absent three months running today.
     */
    public record Year(ClubView club, int year, List<Month> months, List<SheetRow> flagged, boolean mayWrite) {}

    @Transactional(readOnly = true)
    public Year year(long clubId, int year) {
        ClubView club = clubs.get(clubId);
        LocalDate today = today();
        List<Meeting> all = meetings.ofClub(clubId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Month> months = new ArrayList<>();
        for (int m = 12; m >= 1; m--) {
            YearMonth ym = YearMonth.of(year, m);
            if (ym.isAfter(YearMonth.from(today))) continue;
            if (club.foundedOn() != null && ym.isBefore(YearMonth.from(club.foundedOn()))) continue;
            months.add(new Month(
                    ym,
                    all.stream()
                            .filter(x -> YearMonth.from(x.heldOn()).equals(ym))
                            .toList()));
        }
        List<SheetRow> flagged = sheetFlags(clubId, today);
        return new Year(club, year, months, flagged, clubs.mayChange(club));
    }

    private List<SheetRow> sheetFlags(long clubId, LocalDate today) {
        Map<Long, List<Attendance>> last = meetings.lastAttendance(clubId, today, AbsenceRule.RUN);
        List<SheetRow> out = new ArrayList<>();
        for (MemberView m : members.membersOf(clubId, today)) {
            if (AbsenceRule.flagged(last.getOrDefault(m.personId(), List.of())))
                out.add(new SheetRow(m.personId(), m.person().fullName(), true, List.of()));
        }
        return out;
    }

    /** A club in the month's view: whether and when it met, how many were present of how many listed. */
    public record ClubMonth(ClubView club, List<Meetings.Held> held) {
        public boolean met() {
            return !held.isEmpty();
        }
    }

    /** One page of the clubs active in a unit (or the whole scope) with their meetings in a month. */
    public record MonthPage(YearMonth month, List<ClubMonth> clubs, long total, long met, int page, int size) {}

    /**
     * Which clubs met in a month: the clubs in the scope (within {@code unitId} as that unit stood at the
     * month's end, when given) active at the month's end, a page of them with their meetings, and how many
     * of them all met.
     */
    @Transactional(readOnly = true)
    public MonthPage month(YearMonth month, Long unitId, int page, int size) {
        LocalDate end = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
        ClubQuery all = new ClubQuery(unitId, end, ClubStatus.ACTIVE, null, null, 0, 100_000);
        List<Long> ids = clubs.search(all).clubs().stream().map(ClubView::id).toList();
        List<Meetings.Held> held = meetings.heldBetween(ids, month.atDay(1), month.atEndOfMonth());
        long met = held.stream().map(Meetings.Held::clubId).distinct().count();
        ClubPage onPage = clubs.search(new ClubQuery(unitId, end, ClubStatus.ACTIVE, null, null, page, size));
        List<ClubMonth> rows = new ArrayList<>();
        for (ClubView c : onPage.clubs()) {
            rows.add(new ClubMonth(
                    c, held.stream().filter(h -> h.clubId() == c.id()).toList()));
        }
        return new MonthPage(month, rows, onPage.total(), met, onPage.page(), onPage.size());
    }

    // ---- access ----

    /** Whether the club was active on a day: its latest status on or before that day. */
    static boolean activeOn(ClubView club, LocalDate day) {
        ClubStatus status = ClubStatus.ACTIVE;
        for (ClubStatusChange s : club.statusHistory()) if (!s.since().isAfter(day)) status = s.status();
        return status == ClubStatus.ACTIVE;
    }
}
