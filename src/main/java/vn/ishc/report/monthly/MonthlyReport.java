package vn.ishc.report.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.ishc.report.MonthlyReportChanged;
import vn.ishc.report.MonthlyReportRefused;
import vn.ishc.report.ReportState;

/**
 * A club's monthly report moving up the chain of requirement R17: the board submits it (the figures built
 * from the records are snapshotted then, with the board's narrative), the ward officer approves it or returns
 * it with a comment, the city officer accepts an approved report; an approved or accepted report locks its
 * club-month until someone allowed unlocks it with a reason, which reopens it for the board to submit again.
 * Every step is kept in order with who took it, when and why; a submission's snapshot is never changed, so
 * the version that was approved stays readable after an unlock and a new submission.
 */
public class MonthlyReport {
    /** The longest narrative, comment or reason kept (the columns' size). */
    public static final int MAX_TEXT = 4000;

    public enum Action {
        SUBMITTED,
        RETURNED,
        APPROVED,
        ACCEPTED,
        UNLOCKED
    }

    /** One step: its place in the report's history, what was done, by whom and when, and what it kept. */
    public record Step(
            int position, Action action, String by, Instant at, String comment, String narrative, String content) {}

    /** Who takes a step, with what their role allows (decided by {@code CurrentUser}; the scope is checked first). */
    public record Actor(String name, boolean maySubmit, boolean mayApprove, boolean mayAccept, boolean mayUnlock) {}

    private final Long id;
    private final long clubId;
    private final long unitId;
    private final YearMonth month;
    private ReportState state;
    private String narrative;
    private int version;
    private final List<Step> steps;
    private final int stored;

    MonthlyReport(
            Long id,
            long clubId,
            long unitId,
            YearMonth month,
            ReportState state,
            String narrative,
            int version,
            List<Step> steps) {
        this.id = id;
        this.clubId = clubId;
        this.unitId = unitId;
        this.month = month;
        this.state = state;
        this.narrative = narrative;
        this.version = version;
        this.steps = new ArrayList<>(steps);
        this.stored = steps.size();
    }

    /** The report of a month nothing was submitted for yet. */
    public static MonthlyReport notStarted(long clubId, long unitId, YearMonth month) {
        return new MonthlyReport(null, clubId, unitId, month, ReportState.NOT_STARTED, null, 0, List.of());
    }

    /**
     * The board submits the report of a month that has begun, with its narrative and the figures as built now.
     *
     * @param current the month of today: a later month cannot be reported yet
     */
    public void submit(Actor actor, String narrative, String content, YearMonth current, Instant at) {
        if (!actor.maySubmit()) throw new AccessDeniedException("may not submit monthly reports");
        if (month.isAfter(current)) throw new MonthlyReportRefused("month", "report.error.futureMonth");
        if (!state.submittable()) throw new MonthlyReportChanged("report of " + month + " is " + state);
        String text = text(narrative, "narrative");
        steps.add(new Step(steps.size() + 1, Action.SUBMITTED, actor.name(), at, null, text, content));
        this.narrative = text;
        state = ReportState.SUBMITTED;
    }

    /** The ward officer sends a submitted report back to the board, saying what to fix. */
    public void returnForChanges(Actor actor, String comment, Instant at) {
        if (!actor.mayApprove()) throw new AccessDeniedException("may not return monthly reports");
        if (state != ReportState.SUBMITTED) throw new MonthlyReportChanged("report of " + month + " is " + state);
        String text = required(comment, "comment", "report.error.commentRequired");
        steps.add(new Step(steps.size() + 1, Action.RETURNED, actor.name(), at, text, null, null));
        state = ReportState.RETURNED;
    }

    /** The ward officer approves the submitted report as it was submitted: the month is locked from now. */
    public void approve(Actor actor, String comment, Instant at) {
        if (!actor.mayApprove()) throw new AccessDeniedException("may not approve monthly reports");
        if (state != ReportState.SUBMITTED) throw new MonthlyReportChanged("report of " + month + " is " + state);
        steps.add(new Step(steps.size() + 1, Action.APPROVED, actor.name(), at, text(comment, "comment"), null, null));
        state = ReportState.APPROVED;
    }

    /** The city officer accepts an approved report; the month stays locked. */
    public void accept(Actor actor, String comment, Instant at) {
        if (!actor.mayAccept()) throw new AccessDeniedException("may not accept monthly reports");
        if (state != ReportState.APPROVED) throw new MonthlyReportChanged("report of " + month + " is " + state);
        steps.add(new Step(steps.size() + 1, Action.ACCEPTED, actor.name(), at, text(comment, "comment"), null, null));
        state = ReportState.ACCEPTED;
    }

    /**
     * Someone allowed unlocks an approved (or accepted) month, giving the reason: the month takes writes again
     * and the report is reopened for the board to submit again; the approved version stays in the history.
     */
    public void unlock(Actor actor, String reason, Instant at) {
        if (!actor.mayUnlock()) throw new AccessDeniedException("may not unlock months");
        if (!state.locks()) throw new MonthlyReportChanged("report of " + month + " is " + state);
        String text = required(reason, "reason", "report.error.reasonRequired");
        steps.add(new Step(steps.size() + 1, Action.UNLOCKED, actor.name(), at, text, null, null));
        state = ReportState.REOPENED;
    }

    private static String required(String text, String field, String key) {
        String t = text(text, field);
        if (t == null) throw new MonthlyReportRefused(field, key);
        return t;
    }

    private static String text(String text, String field) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        if (t.length() > MAX_TEXT) throw new MonthlyReportRefused(field, "report.error.tooLong", MAX_TEXT);
        return t;
    }

    /** Whether the club-month is locked. */
    public boolean locked() {
        return state.locks();
    }

    /** The latest submission, if any: what the ward reads now. */
    public Optional<Step> latestSubmission() {
        for (int i = steps.size() - 1; i >= 0; i--)
            if (steps.get(i).action() == Action.SUBMITTED) return Optional.of(steps.get(i));
        return Optional.empty();
    }

    /** The submissions that were approved, the latest last: each stays as it was approved. */
    public List<Step> approvedSubmissions() {
        List<Step> out = new ArrayList<>();
        Step submitted = null;
        for (Step s : steps) {
            if (s.action() == Action.SUBMITTED) submitted = s;
            if (s.action() == Action.APPROVED && submitted != null) out.add(submitted);
        }
        return out;
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public long unitId() {
        return unitId;
    }

    public YearMonth month() {
        return month;
    }

    public ReportState state() {
        return state;
    }

    public String narrative() {
        return narrative;
    }

    public int version() {
        return version;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The steps taken since the report was read, to be stored. */
    List<Step> newSteps() {
        return List.copyOf(steps.subList(stored, steps.size()));
    }

    /** The latest step (what a service reports in its event). */
    public Step lastStep() {
        return steps.get(steps.size() - 1);
    }
}
