package vn.ishc.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubQuery;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.report.monthly.MonthlyContentBuilder;
import vn.ishc.report.monthly.MonthlyReport;
import vn.ishc.report.monthly.MonthlyReports;
import vn.ishc.shared.CurrentUser;

/**
 * The report module's API for the club's monthly report (R17): the report of a club-month (its figures
 * built from the records until it is submitted, then the snapshot submitted), its steps up the chain, and
 * the month at a glance for a ward or the city. Access is decided here once: a club outside the scope is not
 * found (404); a step the role does not allow, or a scope that only reads, is refused (403). Every step locks
 * the club's lock row first, as every write dated in the club's months does (see {@code shared.MonthLocks}).
 */
@Service
public class MonthlyReportService {
    private final MonthlyReports reports;
    private final MonthlyContentBuilder builder;
    private final ClubDirectory clubs;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MonthlyReportService(
            MonthlyReports reports,
            MonthlyContentBuilder builder,
            ClubDirectory clubs,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.builder = builder;
        this.clubs = clubs;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    /** A submission kept in the history, with its figures read back. */
    public record Version(MonthlyReport.Step step, MonthlyContent content) {}

    /**
     * A club's report of a month as the user sees it: the figures (the latest submission's, or built now when
     * nothing was submitted or it was reopened), every step, the approved versions, and what the user may do.
     */
    public record ReportView(
            ClubView club,
            YearMonth month,
            ReportState state,
            int version,
            String narrative,
            MonthlyContent content,
            boolean live,
            List<MonthlyReport.Step> steps,
            List<Version> approved,
            boolean maySubmit,
            boolean mayApprove,
            boolean mayAccept,
            boolean mayUnlock) {}

    @Transactional(readOnly = true)
    public ReportView view(long clubId, YearMonth month) {
        ClubView club = clubs.get(clubId);
        checkMonth(club, month);
        MonthlyReport r = reports.find(clubId, month).orElse(MonthlyReport.notStarted(clubId, club.unitId(), month));
        boolean live = r.state().submittable();
        MonthlyContent content = live
                ? builder.build(club, month)
                : builder.fromJson(r.latestSubmission().orElseThrow().content());
        List<Version> approved = new ArrayList<>();
        for (MonthlyReport.Step s : r.approvedSubmissions())
            approved.add(new Version(s, builder.fromJson(s.content())));
        boolean writes = clubs.mayChange(club);
        return new ReportView(
                club,
                month,
                r.state(),
                r.version(),
                r.narrative(),
                content,
                live,
                r.steps(),
                approved,
                writes && user.maySubmitMonthlyReports() && r.state().submittable() && !month.isAfter(thisMonth()),
                writes && user.mayApproveMonthlyReports() && r.state() == ReportState.SUBMITTED,
                writes && user.mayAcceptMonthlyReports() && r.state() == ReportState.APPROVED,
                writes && user.mayUnlockMonths() && r.state().locks());
    }

    /** The report's figures and history as a submission keeps them, for a download. */
    @Transactional(readOnly = true)
    public ReportView download(long clubId, YearMonth month) {
        return view(clubId, month);
    }

    @Transactional
    public ReportView submit(MonthlyCommands.Submit c) {
        ClubView club = clubs.writable(c.clubId());
        checkMonth(club, c.month());
        MonthlyReport r = load(club, c.month());
        ReportState from = r.state();
        int read = r.version();
        String content = builder.toJson(builder.build(club, c.month()));
        r.submit(actor(), c.narrative(), content, YearMonth.from(today()), clock.instant());
        sameVersion(read, c.version(), c.month());
        MonthlyReport saved = reports.save(r);
        events.publishEvent(new ReportEvents.MonthlyReportSubmitted(
                saved.id(), club.id(), club.unitId(), c.month(), from, saved.state()));
        return view(club.id(), c.month());
    }

    @Transactional
    public ReportView approve(MonthlyCommands.Approve c) {
        return step(
                c.clubId(),
                c.month(),
                c.version(),
                (r, a) -> r.approve(a, c.comment(), clock.instant()),
                (r, from) ->
                        new ReportEvents.MonthApproved(r.id(), r.clubId(), r.unitId(), r.month(), from, r.state()));
    }

    @Transactional
    public ReportView returnForChanges(MonthlyCommands.Return c) {
        return step(
                c.clubId(),
                c.month(),
                c.version(),
                (r, a) -> r.returnForChanges(a, c.comment(), clock.instant()),
                (r, from) -> new ReportEvents.MonthlyReportReturned(
                        r.id(),
                        r.clubId(),
                        r.unitId(),
                        r.month(),
                        from,
                        r.state(),
                        r.lastStep().comment()));
    }

    @Transactional
    public ReportView accept(MonthlyCommands.Accept c) {
        return step(
                c.clubId(),
                c.month(),
                c.version(),
                (r, a) -> r.accept(a, c.comment(), clock.instant()),
                (r, from) -> new ReportEvents.MonthlyReportAccepted(
                        r.id(), r.clubId(), r.unitId(), r.month(), from, r.state()));
    }

    @Transactional
    public ReportView unlock(MonthlyCommands.Unlock c) {
        return step(
                c.clubId(),
                c.month(),
                c.version(),
                (r, a) -> r.unlock(a, c.reason(), clock.instant()),
                (r, from) -> new ReportEvents.MonthUnlocked(
                        r.id(),
                        r.clubId(),
                        r.unitId(),
                        r.month(),
                        from,
                        r.state(),
                        r.lastStep().comment()));
    }

    private ReportView step(
            long clubId,
            YearMonth month,
            Integer version,
            BiConsumer<MonthlyReport, MonthlyReport.Actor> step,
            java.util.function.BiFunction<MonthlyReport, ReportState, Object> event) {
        ClubView club = clubs.writable(clubId);
        checkMonth(club, month);
        MonthlyReport r = load(club, month);
        ReportState from = r.state();
        int read = r.version();
        step.accept(r, actor());
        sameVersion(read, version, month);
        MonthlyReport saved = reports.save(r);
        events.publishEvent(event.apply(saved, from));
        return view(club.id(), month);
    }

    /** Locks the club's row (serialising the step with every write into the club's months), then reads. */
    private MonthlyReport load(ClubView club, YearMonth month) {
        reports.lockClub(club.id());
        return reports.find(club.id(), month).orElse(MonthlyReport.notStarted(club.id(), club.unitId(), month));
    }

    /**
     * The step was taken on the version the person read (null: the API's caller did not say). Checked after
     * the report decided whether this person may take the step at all, so a refusal is a refusal (403)
     * whatever version came with it; either way the transaction leaves nothing behind.
     */
    private static void sameVersion(int read, Integer version, YearMonth month) {
        if (version != null && version != read) throw new MonthlyReportChanged("report of " + month);
    }

    private MonthlyReport.Actor actor() {
        return new MonthlyReport.Actor(
                user.name(),
                user.maySubmitMonthlyReports(),
                user.mayApproveMonthlyReports(),
                user.mayAcceptMonthlyReports(),
                user.mayUnlockMonths());
    }

    /** A month before the club was founded, or far in the future, has no report: not found. */
    private static void checkMonth(ClubView club, YearMonth month) {
        if (month.isBefore(YearMonth.from(club.foundedOn())) || month.getYear() > 9999)
            throw new MonthlyReportNotFound("report of " + club.id() + " for " + month);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    // ---- the month at a glance ----

    /** A club's line of the month at a glance. */
    public record GlanceRow(ClubView club, ReportState state) {}

    /** The clubs in scope (active ones, in a unit's territory if asked) with their report's state; one page. */
    public record Glance(
            YearMonth month,
            Long unitId,
            Map<ReportState, Long> counts,
            List<GlanceRow> rows,
            long total,
            int page,
            int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    @Transactional(readOnly = true)
    public Glance glance(YearMonth month, Long unitId, ReportState only, int page, int size) {
        int pageSize = size <= 0 ? ClubQuery.DEFAULT_SIZE : Math.min(size, 500);
        List<ClubView> all =
                clubs.search(new ClubQuery(unitId, null, ClubStatus.ACTIVE, null, null, 0, 100_000)).clubs().stream()
                        .filter(c -> !YearMonth.from(c.foundedOn()).isAfter(month))
                        .toList();
        Map<Long, ReportState> states =
                reports.states(all.stream().map(ClubView::id).toList(), month);
        Map<ReportState, Long> counts = new EnumMap<>(ReportState.class);
        for (ReportState s : ReportState.values()) counts.put(s, 0L);
        List<GlanceRow> rows = new ArrayList<>();
        for (ClubView c : all) {
            ReportState s = states.getOrDefault(c.id(), ReportState.NOT_STARTED);
            counts.merge(s, 1L, Long::sum);
            if (only == null || only == s) rows.add(new GlanceRow(c, s));
        }
        int p = Math.max(page, 0);
        int fromIndex = Math.min(p * pageSize, rows.size());
        int toIndex = Math.min(fromIndex + pageSize, rows.size());
        return new Glance(month, unitId, counts, rows.subList(fromIndex, toIndex), rows.size(), p, pageSize);
    }

    /** The month whose report is due now: last month. */
    public YearMonth lastMonth() {
        return thisMonth().minusMonths(1);
    }
}
