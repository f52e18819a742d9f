package vn.ishc.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.shared.Vnd;

/**
 * An activity of a club in one of the plan's areas (R6): what it was (area, kind, title, description), when,
 * who took part (members of the club that day, and a count of others), who benefited, what it cost and who
 * paid. The aggregate checks every rule when it is recorded ({@link #record}); afterwards only its title and
 * description may be corrected ({@link #edit}), and it may be cancelled with a reason ({@link #cancel}): the
 * service then takes back the expense it posted into the club's fund.
 */
public final class Activity {
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int DONOR_MAX = 200;
    static final int REASON_MAX = 500;
    /** More people than this at one club's activity is a typing error. */
    static final int COUNT_MAX = 100_000;

    /** When and why an activity was cancelled, and by whom. */
    public record Cancellation(LocalDate on, String reason, String by, Instant at) {}

    /**
     * What an activity is checked against, read by the service: today, the club's founding day, whether the
     * club was active on the activity's day, its members that day, the areas and kinds there are.
     */
    public record Context(
            LocalDate today,
            LocalDate foundedOn,
            boolean activeOnTheDay,
            Set<Long> members,
            Map<String, Area> areas,
            Map<String, Kind> kinds) {}

    private final Long id;
    private final long clubId;
    private final String area;
    private final String kind;
    private final LocalDate heldOn;
    private String title;
    private String description;
    private final List<Long> participants;
    private final int others;
    private final List<Long> beneficiaryMembers;
    private final int beneficiaries;
    private final Vnd cost;
    private final PaidBy paidBy;
    private final FundingSource source;
    private final String donor;
    private long fundPosting;
    private Long fundRequest;
    private final String recordedBy;
    private final Instant recordedAt;
    private Cancellation cancellation;
    private final int version;

    Activity(
            Long id,
            long clubId,
            String area,
            String kind,
            LocalDate heldOn,
            String title,
            String description,
            List<Long> participants,
            int others,
            List<Long> beneficiaryMembers,
            int beneficiaries,
            Vnd cost,
            PaidBy paidBy,
            FundingSource source,
            String donor,
            long fundPosting,
            Long fundRequest,
            String recordedBy,
            Instant recordedAt,
            Cancellation cancellation,
            int version) {
        this.id = id;
        this.clubId = clubId;
        this.area = area;
        this.kind = kind;
        this.heldOn = heldOn;
        this.title = title;
        this.description = description;
        this.participants = List.copyOf(participants);
        this.others = others;
        this.beneficiaryMembers = List.copyOf(beneficiaryMembers);
        this.beneficiaries = beneficiaries;
        this.cost = cost;
        this.paidBy = paidBy;
        this.source = source;
        this.donor = donor;
        this.fundPosting = fundPosting;
        this.fundRequest = fundRequest;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.cancellation = cancellation;
        this.version = version;
    }

    /**
     * An activity as recorded, every rule checked: an area and a kind there are (a kind of one area is held in
     * it; the area may then be left out); a day not in the future nor before the club was founded, on which
     * the club was active; a title; the members who took part and those who benefited members of the club on
     * that day, each once; counts of others and of beneficiaries not negative (and beneficiaries at least the
     * members listed among them); a cost in whole đồng not negative, and when there is one, who paid it, with
     * the funding source when the ward or a donor paid (the club's own fund has none).
     */
    public static Activity record(RecordActivity c, Context ctx, String by, Instant at) {
        String kindCode = code(c.kind());
        if (kindCode == null) throw new ActivityRefused("kind", "validation.required");
        Kind kind = ctx.kinds().get(kindCode);
        if (kind == null) throw new ActivityRefused("kind", "activity.error.noSuchKind");
        String areaCode = code(c.area());
        if (areaCode == null) areaCode = kind.areaCode();
        if (areaCode == null) throw new ActivityRefused("area", "validation.required");
        if (!ctx.areas().containsKey(areaCode)) throw new ActivityRefused("area", "activity.error.noSuchArea");
        if (kind.areaCode() != null && !kind.areaCode().equals(areaCode))
            throw new ActivityRefused("kind", "activity.error.kindOfAnotherArea");

        if (c.heldOn() == null) throw new ActivityRefused("heldOn", "validation.required");
        if (c.heldOn().isAfter(ctx.today())) throw new ActivityRefused("heldOn", "activity.error.future");
        if (ctx.foundedOn() != null && c.heldOn().isBefore(ctx.foundedOn()))
            throw new ActivityRefused(
                    "heldOn",
                    "activity.error.beforeFounding",
                    ctx.foundedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        if (!ctx.activeOnTheDay()) throw new ActivityRefused("heldOn", "activity.error.clubNotActive");

        String title = text(c.title(), TITLE_MAX, "title");
        if (title == null) throw new ActivityRefused("title", "validation.required");
        String description = text(c.description(), TEXT_MAX, "description");

        List<Long> participants = members(c.participants(), ctx, "participants");
        int others = count(c.others(), 0, "others");
        List<Long> beneficiaryMembers = members(c.beneficiaryMembers(), ctx, "beneficiaryMembers");
        int beneficiaries = count(c.beneficiaries(), beneficiaryMembers.size(), "beneficiaries");
        if (beneficiaries < beneficiaryMembers.size())
            throw new ActivityRefused("beneficiaries", "activity.error.fewerThanListed", beneficiaryMembers.size());

        Vnd cost = c.cost() == null ? Vnd.ZERO : c.cost();
        if (cost.isNegative()) throw new ActivityRefused("cost", "activity.error.negative");
        PaidBy paidBy = null;
        FundingSource source = null;
        String donor = null;
        if (cost.dong() > 0) {
            paidBy = c.paidBy();
            if (paidBy == null) throw new ActivityRefused("paidBy", "activity.error.payer");
            if (paidBy != PaidBy.CLUB_FUND) {
                source = c.source();
                if (source == null) throw new ActivityRefused("source", "activity.error.source");
            }
            if (paidBy == PaidBy.DONOR) donor = text(c.donor(), DONOR_MAX, "donor");
        }
        return new Activity(
                null,
                c.clubId(),
                areaCode,
                kindCode,
                c.heldOn(),
                title,
                description,
                participants,
                others,
                beneficiaryMembers,
                beneficiaries,
                cost,
                paidBy,
                source,
                donor,
                0,
                null,
                by,
                at,
                null,
                0);
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) return null;
        return value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static List<Long> members(List<Long> ids, Context ctx, String field) {
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || !ctx.members().contains(id))
                throw new ActivityRefused(field + "[" + i + "]", "activity.error.notAMember");
            if (!seen.add(id)) throw new ActivityRefused(field + "[" + i + "]", "activity.error.twice");
        }
        return new ArrayList<>(seen);
    }

    private static int count(Integer value, int otherwise, String field) {
        if (value == null) return otherwise;
        if (value < 0) throw new ActivityRefused(field, "activity.error.negative");
        if (value > COUNT_MAX) throw new ActivityRefused(field, "activity.error.tooMany", COUNT_MAX);
        return value;
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max) throw new ActivityRefused(field, "validation.tooLong", max);
        return v;
    }

    /** What the club's fund did with the expense: its posting, or the request waiting for a second approver. */
    public void paidFromFund(long posting, Long request) {
        if (paidBy != PaidBy.CLUB_FUND) throw new IllegalStateException("not paid from the club's fund");
        this.fundPosting = posting;
        this.fundRequest = request;
    }

    /** Corrects the title and the description; the rest stays. */
    public void edit(String title, String description) {
        requireStanding();
        String t = text(title, TITLE_MAX, "title");
        if (t == null) throw new ActivityRefused("title", "validation.required");
        this.title = t;
        this.description = text(description, TEXT_MAX, "description");
    }

    /** Cancels the activity, today, with a reason (required). */
    public void cancel(LocalDate today, String reason, String by, Instant at) {
        requireStanding();
        String why = text(reason, REASON_MAX, "reason");
        if (why == null) throw new ActivityRefused("reason", "activity.error.reason");
        this.cancellation = new Cancellation(today, why, by, at);
    }

    private void requireStanding() {
        if (cancellation != null) throw new ActivityRefused(null, "activity.error.cancelled");
    }

    /** Whether its cost came out of the club's activity fund (posted or waiting for approval). */
    public boolean spentFromFund() {
        return paidBy == PaidBy.CLUB_FUND && (fundPosting != 0 || fundRequest != null);
    }

    /** Everyone who took part: the members listed and the others. */
    public int participantCount() {
        return participants.size() + others;
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String area() {
        return area;
    }

    public String kind() {
        return kind;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Long> participants() {
        return participants;
    }

    public int others() {
        return others;
    }

    public List<Long> beneficiaryMembers() {
        return beneficiaryMembers;
    }

    public int beneficiaries() {
        return beneficiaries;
    }

    public Vnd cost() {
        return cost;
    }

    public PaidBy paidBy() {
        return paidBy;
    }

    public FundingSource source() {
        return source;
    }

    public String donor() {
        return donor;
    }

    public long fundPosting() {
        return fundPosting;
    }

    public Long fundRequest() {
        return fundRequest;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public boolean standing() {
        return cancellation == null;
    }

    public int version() {
        return version;
    }

    Activity withId(long newId) {
        return new Activity(
                newId,
                clubId,
                area,
                kind,
                heldOn,
                title,
                description,
                participants,
                others,
                beneficiaryMembers,
                beneficiaries,
                cost,
                paidBy,
                source,
                donor,
                fundPosting,
                fundRequest,
                recordedBy,
                recordedAt,
                cancellation,
                version);
    }
}
