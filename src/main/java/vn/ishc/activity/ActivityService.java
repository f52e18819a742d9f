package vn.ishc.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.activity.ActivityCommands.CancelActivity;
import vn.ishc.activity.ActivityCommands.EditActivity;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.activity.ActivityEvents.ActivityCancelled;
import vn.ishc.activity.ActivityEvents.ActivityEdited;
import vn.ishc.activity.ActivityEvents.ActivityRecorded;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubStatusChange;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.CancelSpending;
import vn.ishc.fund.FundCommands.Spend;
import vn.ishc.fund.FundResults.SpendingCancelled;
import vn.ishc.fund.FundResults.Spent;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.Refused;
import vn.ishc.shared.Vnd;

/**
 * The activities of clubs: recorded (an expense from the club's fund posted through the fund module's API in
 * the same transaction), corrected, cancelled (the expense taken back), listed by club, year, month and area,
 * and the reference data (areas, kinds). Reads follow the caller's scope (404 outside it); writes need a scope
 * that may change the club (403 otherwise).
 */
@Service
public class ActivityService {
    private final MonthLocks monthLocks;
    private final Activities activities;
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final ClubFunds funds;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityService(
            MonthLocks monthLocks,
            Activities activities,
            ClubDirectory clubs,
            MemberRegistry members,
            ClubFunds funds,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.monthLocks = monthLocks;
        this.activities = activities;
        this.clubs = clubs;
        this.members = members;
        this.funds = funds;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reference data ----

    /** The areas, in the calendar's order. */
    @Transactional(readOnly = true)
    public List<Area> areas() {
        return activities.areas();
    }

    @Transactional(readOnly = true)
    public List<Kind> kinds() {
        return activities.kinds();
    }

    // ---- writes ----

    /**
     * Records an activity, every rule checked by {@link Activity#record}; a cost paid by the club's fund is
     * posted as an activity expense through {@link ClubFunds#spend} in the same transaction (or waits there for
     * a second approver when the fund does not have it); a refusal of the fund is the activity's, on its cost
     * or day, and nothing is recorded.
     */
    @Transactional
    public Activity record(RecordActivity c) {
        ClubView club = clubs.writable(c.clubId());
        LocalDate day = c.heldOn() == null ? today() : c.heldOn();
        Set<Long> onTheDay = new HashSet<>();
        for (MemberView m : members.membersOf(club.id(), day)) onTheDay.add(m.personId());
        Activity a = Activity.record(
                c,
                new Activity.Context(today(), club.foundedOn(), activeOn(club, day), onTheDay, areaMap(), kindMap()),
                user.name(),
                clock.instant());
        monthLocks.ensureOpen(club.id(), a.heldOn());
        if (a.paidBy() == PaidBy.CLUB_FUND) {
            try {
                Spent spent = funds.spend(new Spend(club.id(), a.heldOn(), a.cost(), a.title(), null, null));
                a.paidFromFund(spent.posting(), spent.pendingRequest());
            } catch (Refused e) {
                throw new ActivityRefused("date".equals(e.field()) ? "heldOn" : "cost", e.messageKey(), e.args());
            }
        }
        a = activities.insert(a);
        events.publishEvent(new ActivityRecorded(
                a.id(),
                club.id(),
                club.unitId(),
                a.area(),
                a.kind(),
                a.heldOn(),
                a.title(),
                a.participants().size(),
                a.others(),
                a.beneficiaries(),
                a.cost(),
                a.paidBy(),
                a.source(),
                a.fundPosting(),
                a.fundRequest()));
        return a;
    }

    /** Corrects the title and description of a standing activity, if it is still the version the user read. */
    @Transactional
    public Activity edit(EditActivity c) {
        Activity a = get(c.activityId());
        ClubView club = clubs.writable(a.clubId());
        if (a.version() != c.version()) throw new ActivityEditedConcurrently();
        monthLocks.ensureOpen(club.id(), a.heldOn());
        Map<String, Object> before = text(a);
        a.edit(c.title(), c.description());
        activities.update(a);
        List<FieldChange> changes = FieldChange.between(before, text(a));
        if (!changes.isEmpty()) events.publishEvent(new ActivityEdited(a.id(), club.id(), club.unitId(), changes));
        return get(a.id());
    }

    private static Map<String, Object> text(Activity a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", a.title());
        out.put("description", a.description());
        return out;
    }

    /**
     * Cancels an activity with a reason, dated today; an expense from the club's fund is taken back through
     * {@link ClubFunds#cancelSpending} in the same transaction (reversed, or withdrawn while it waits for
     * approval). A reversal the fund refuses (it no longer has the money) refuses the cancellation.
     */
    @Transactional
    public Activity cancel(CancelActivity c) {
        Activity a = get(c.activityId());
        ClubView club = clubs.writable(a.clubId());
        LocalDate today = today();
        monthLocks.ensureOpen(club.id(), a.heldOn());
        monthLocks.ensureOpen(club.id(), today);
        a.cancel(today, c.reason(), user.name(), clock.instant());
        SpendingCancelled back = new SpendingCancelled(0, false);
        if (a.spentFromFund()) {
            try {
                back = funds.cancelSpending(new CancelSpending(
                        club.id(),
                        a.fundPosting(),
                        a.fundRequest(),
                        today,
                        a.cancellation().reason()));
            } catch (Refused e) {
                throw new ActivityRefused("reason", e.messageKey(), e.args());
            }
        }
        activities.update(a);
        events.publishEvent(new ActivityCancelled(
                a.id(),
                club.id(),
                club.unitId(),
                a.heldOn(),
                today,
                a.cancellation().reason(),
                back.reversal(),
                back.withdrawn()));
        return get(a.id());
    }

    // ---- reads ----

    /** An activity, whole (404 outside the scope). */
    @Transactional(readOnly = true)
    public Activity get(long activityId) {
        Activity a = activities.find(activityId).orElseThrow(() -> new ActivityNotFound(activityId));
        try {
            clubs.get(a.clubId());
        } catch (NotFoundException outside) {
            throw new ActivityNotFound(activityId);
        }
        return a;
    }

    /** A club's activities in a year (or one month of it), in one area or all, latest first. */
    public record ClubActivities(
            ClubView club, int year, Integer month, String area, List<Activity> activities, boolean mayWrite) {}

    @Transactional(readOnly = true)
    public ClubActivities ofClub(long clubId, int year, Integer month, String area) {
        ClubView club = clubs.get(clubId);
        checkPeriod(year, month);
        LocalDate from = month == null
                ? LocalDate.of(year, 1, 1)
                : YearMonth.of(year, month).atDay(1);
        LocalDate to = month == null
                ? LocalDate.of(year, 12, 31)
                : YearMonth.of(year, month).atEndOfMonth();
        String areaCode = area == null || area.isBlank() ? null : area.strip().toUpperCase(java.util.Locale.ROOT);
        return new ClubActivities(
                club, year, month, areaCode, activities.ofClub(club.id(), from, to, areaCode), clubs.mayChange(club));
    }

    /** The club (404 outside the scope) and whether the caller may record its activities. */
    @Transactional(readOnly = true)
    public ClubView club(long clubId) {
        return clubs.get(clubId);
    }

    @Transactional(readOnly = true)
    public boolean mayWrite(long clubId) {
        return clubs.mayChange(clubs.get(clubId));
    }

    /** The club's members on a day, for picking who took part and benefited (404 outside the scope). */
    @Transactional(readOnly = true)
    public List<MemberView> membersOn(long clubId, LocalDate on) {
        clubs.get(clubId);
        return members.membersOf(clubId, on == null ? today() : on);
    }

    /** The names of the people of an activity the caller may read (person id → name). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Activity a) {
        get(a.id());
        Collection<Long> ids = new ArrayList<>(a.participants());
        ids.addAll(a.beneficiaryMembers());
        return ids.isEmpty() ? Map.of() : members.namesOf(ids);
    }

    /** The total cost of activities. */
    public static Vnd cost(List<Activity> list) {
        return Vnd.of(list.stream()
                .filter(Activity::standing)
                .mapToLong(a -> a.cost().dong())
                .sum());
    }

    /** A year and month the calendar can show (a month 1–12, a year of four digits), else refused. */
    public static void checkPeriod(int year, Integer month) {
        if (year < 1900 || year > 9999) throw new ActivityRefused("year", "activity.error.year");
        if (month != null && (month < 1 || month > 12)) throw new ActivityRefused("month", "activity.error.month");
    }

    private Map<String, Area> areaMap() {
        Map<String, Area> out = new LinkedHashMap<>();
        for (Area a : activities.areas()) out.put(a.code(), a);
        return out;
    }

    private Map<String, Kind> kindMap() {
        Map<String, Kind> out = new LinkedHashMap<>();
        for (Kind k : activities.kinds()) out.put(k.code(), k);
        return out;
    }

    /** Whether the club was active on a day: its latest status on or before that day. */
    static boolean activeOn(ClubView club, LocalDate day) {
        ClubStatus status = ClubStatus.ACTIVE;
        for (ClubStatusChange s : club.statusHistory()) if (!s.since().isAfter(day)) status = s.status();
        return status == ClubStatus.ACTIVE;
    }
}
