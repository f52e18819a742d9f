package vn.ishc.oversight.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ishc.oversight.OversightRefused;
import vn.ishc.oversight.Rating;
import vn.ishc.oversight.RatingThresholds;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitCommands.ScoreEntry;

/**
 * A monitoring visit to a club (R14): the day, who visited, the checklist of the plan in force with a score per
 * item, findings, follow-up actions, and the rating the plan's thresholds give the total ({@link
 * RatingThresholds}), kept as given then. Recorded with every rule checked ({@link #record}); a follow-up is
 * closed later ({@link #closeFollowUp}); a visit recorded by mistake is cancelled with a reason ({@link
 * #cancel}).
 */
public final class MonitoringVisit {
    static final int VISITORS_MAX = 500;
    static final int FINDINGS_MAX = 4000;
    static final int NOTE_MAX = 1000;
    static final int ACTION_MAX = 1000;
    static final int RESPONSIBLE_MAX = 200;
    static final int REASON_MAX = 500;

    /** The score of one checklist item, with the item as it was on the day. */
    public record Score(
            String code, int position, String labelVi, String labelEn, int score, int maxScore, String note) {
        public String label(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
        }
    }

    /** A follow-up action; open while {@code closedOn} is null. */
    public record FollowUp(
            Long id,
            String action,
            String responsible,
            LocalDate dueOn,
            LocalDate closedOn,
            String closedNote,
            String closedBy,
            int version) {
        public boolean open() {
            return closedOn == null;
        }

        /** Open and due before today. */
        public boolean overdueOn(LocalDate today) {
            return open() && dueOn.isBefore(today);
        }
    }

    /**
     * What a visit is checked against, read by the service: today, the club's founding day, the plan in force
     * that day with its checklist and thresholds.
     */
    public record Context(
            LocalDate today,
            LocalDate foundedOn,
            long planId,
            List<ChecklistItem> checklist,
            RatingThresholds thresholds) {}

    private final Long id;
    private final long clubId;
    private final long planId;
    private final LocalDate visitedOn;
    private final String visitors;
    private final String findings;
    private final List<Score> scores;
    private final int score;
    private final int maxScore;
    private final Rating rating;
    private List<FollowUp> followUps;
    private LocalDate cancelledOn;
    private String cancelReason;
    private final String recordedBy;
    private final Instant recordedAt;
    private final int version;

    MonitoringVisit(
            Long id,
            long clubId,
            long planId,
            LocalDate visitedOn,
            String visitors,
            String findings,
            List<Score> scores,
            int score,
            int maxScore,
            Rating rating,
            List<FollowUp> followUps,
            LocalDate cancelledOn,
            String cancelReason,
            String recordedBy,
            Instant recordedAt,
            int version) {
        this.id = id;
        this.clubId = clubId;
        this.planId = planId;
        this.visitedOn = visitedOn;
        this.visitors = visitors;
        this.findings = findings;
        this.scores = List.copyOf(scores);
        this.score = score;
        this.maxScore = maxScore;
        this.rating = rating;
        this.followUps = List.copyOf(followUps);
        this.cancelledOn = cancelledOn;
        this.cancelReason = cancelReason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /**
     * A visit as recorded: a day not in the future nor before the club was founded; who visited; exactly one
     * score for each item of the checklist, between 0 and the item's most, with an optional note (no score for
     * an item not on it); findings; each follow-up with an action and a due day not before the visit. The
     * total and the rating follow from the scores and the plan's thresholds.
     */
    public static MonitoringVisit record(RecordVisit c, Context ctx, String by, Instant at) {
        if (c.visitedOn() == null) throw new OversightRefused("visitedOn", "validation.required");
        if (c.visitedOn().isAfter(ctx.today())) throw new OversightRefused("visitedOn", "oversight.error.future");
        if (ctx.foundedOn() != null && c.visitedOn().isBefore(ctx.foundedOn()))
            throw new OversightRefused("visitedOn", "oversight.visit.error.beforeFounding");
        String visitors = text(c.visitors(), VISITORS_MAX, "visitors");
        if (visitors == null) throw new OversightRefused("visitors", "validation.required");
        String findings = text(c.findings(), FINDINGS_MAX, "findings");
        if (ctx.checklist().isEmpty()) throw new OversightRefused(null, "oversight.visit.error.noChecklist");

        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < c.scores().size(); i++) {
            ScoreEntry e = c.scores().get(i);
            String code =
                    e == null || e.code() == null ? null : e.code().strip().toUpperCase(java.util.Locale.ROOT);
            if (code == null
                    || ctx.checklist().stream().noneMatch(item -> item.code().equals(code)))
                throw new OversightRefused("scores[" + i + "].score", "oversight.visit.error.noSuchItem");
            if (index.put(code, i) != null)
                throw new OversightRefused("scores[" + i + "].score", "oversight.visit.error.itemTwice");
        }
        List<Score> scores = new ArrayList<>();
        int total = 0;
        int most = 0;
        for (ChecklistItem item : ctx.checklist()) {
            Integer i = index.get(item.code());
            ScoreEntry e = i == null ? null : c.scores().get(i);
            String field = "scores[" + (i == null ? scores.size() : i) + "].score";
            if (e == null || e.score() == null)
                throw new OversightRefused(field, "oversight.visit.error.scoreMissing", item.labelVi());
            if (e.score() < 0 || e.score() > item.maxScore())
                throw new OversightRefused(field, "oversight.visit.error.scoreRange", item.maxScore());
            String note = text(e.note(), NOTE_MAX, "scores[" + i + "].note");
            scores.add(new Score(
                    item.code(), item.position(), item.labelVi(), item.labelEn(), e.score(), item.maxScore(), note));
            total += e.score();
            most += item.maxScore();
        }
        Rating rating = ctx.thresholds().rate(total, most);

        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < c.followUps().size(); i++) {
            FollowUpEntry f = c.followUps().get(i);
            String field = "followUps[" + i + "]";
            String action = f == null ? null : text(f.action(), ACTION_MAX, field + ".action");
            if (action == null) throw new OversightRefused(field + ".action", "validation.required");
            String responsible = text(f.responsible(), RESPONSIBLE_MAX, field + ".responsible");
            if (f.dueOn() == null) throw new OversightRefused(field + ".dueOn", "validation.required");
            if (f.dueOn().isBefore(c.visitedOn()))
                throw new OversightRefused(field + ".dueOn", "oversight.visit.error.dueBeforeVisit");
            followUps.add(new FollowUp(null, action, responsible, f.dueOn(), null, null, null, 0));
        }
        return new MonitoringVisit(
                null,
                c.clubId(),
                ctx.planId(),
                c.visitedOn(),
                visitors,
                findings,
                scores,
                total,
                most,
                rating,
                followUps,
                null,
                null,
                by,
                at,
                0);
    }

    /**
     * Closes an open follow-up: done on a day not in the future nor before the visit, with an optional note;
     * refused on a cancelled visit, a closed follow-up or a stale version. Returns the closed follow-up.
     */
    public FollowUp closeFollowUp(
            long followUpId, Integer version, LocalDate on, String note, String by, LocalDate today) {
        if (cancelled()) throw new OversightRefused(null, "oversight.visit.error.cancelled");
        FollowUp f = followUp(followUpId);
        if (version != null && version != f.version())
            throw new vn.ishc.oversight.OversightEditedConcurrently("follow-up " + followUpId);
        if (!f.open()) throw new OversightRefused("closedOn", "oversight.followUp.error.closed");
        if (on == null) throw new OversightRefused("closedOn", "validation.required");
        if (on.isAfter(today)) throw new OversightRefused("closedOn", "oversight.error.future");
        if (on.isBefore(visitedOn)) throw new OversightRefused("closedOn", "oversight.followUp.error.beforeVisit");
        String n = text(note, NOTE_MAX, "note");
        FollowUp closed = new FollowUp(f.id(), f.action(), f.responsible(), f.dueOn(), on, n, by, f.version());
        List<FollowUp> next = new ArrayList<>();
        for (FollowUp x : followUps) next.add(x.id() != null && x.id() == followUpId ? closed : x);
        followUps = List.copyOf(next);
        return closed;
    }

    public FollowUp followUp(long followUpId) {
        return followUps.stream()
                .filter(x -> x.id() != null && x.id() == followUpId)
                .findFirst()
                .orElseThrow(() -> new vn.ishc.oversight.OversightNotFound("follow-up " + followUpId));
    }

    /** Cancels a standing visit with a reason, on today. */
    public void cancel(LocalDate today, String reason) {
        if (cancelled()) throw new OversightRefused("reason", "oversight.visit.error.cancelled");
        String r = text(reason, REASON_MAX, "reason");
        if (r == null) throw new OversightRefused("reason", "validation.required");
        cancelledOn = today;
        cancelReason = r;
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) throw new OversightRefused(field, "validation.tooLong", max);
        return v;
    }

    MonitoringVisit withIds(long newId, List<FollowUp> saved) {
        return new MonitoringVisit(
                newId,
                clubId,
                planId,
                visitedOn,
                visitors,
                findings,
                scores,
                score,
                maxScore,
                rating,
                saved,
                cancelledOn,
                cancelReason,
                recordedBy,
                recordedAt,
                version);
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }

    /** The score as a whole percentage of the most (rounded down), for showing. */
    public int percent() {
        return (int) (score * 100L / maxScore);
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public long planId() {
        return planId;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String visitors() {
        return visitors;
    }

    public String findings() {
        return findings;
    }

    public List<Score> scores() {
        return scores;
    }

    public int score() {
        return score;
    }

    public int maxScore() {
        return maxScore;
    }

    public Rating rating() {
        return rating;
    }

    public List<FollowUp> followUps() {
        return followUps;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int version() {
        return version;
    }
}
