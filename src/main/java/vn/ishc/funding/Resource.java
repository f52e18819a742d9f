package vn.ishc.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.ishc.area.UnitType;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.shared.Vnd;

/**
 * A resource mobilised or allocated for the plan (R15): from a source of section 5, by a donor or on a budget
 * line, on a day, in whole đồng (support in kind at its estimated value), for a purpose, to the city, a ward or
 * commune, or a club. The aggregate checks every rule when it is recorded ({@link #record}) or corrected
 * ({@link #edit}); a cancelled entry ({@link #cancel}) counts nowhere and is no longer changed.
 *
 * <p>Capital for a club's loan fund is not a resource entry: the club records it as capital in its fund
 * (the fund module's {@code fund_capital_v}), and {@code funding_resource_v} counts it from there, once.
 */
public final class Resource {
    static final int DONOR_MAX = 300;
    static final int DESCRIPTION_MAX = 500;
    static final int PURPOSE_MAX = 1000;
    static final int DOCUMENT_MAX = 100;
    static final int NOTE_MAX = 1000;
    static final int REASON_MAX = 500;
    /** Budget lines are those of the plan's time: years before this are typing errors. */
    static final int FIRST_YEAR = 2000;

    /** When and why an entry was cancelled. */
    public record Cancellation(LocalDate on, String reason) {}

    /**
     * What an entry is checked against, read by the service: today, the sources there are, and the type of the
     * recipient unit (for a club: its ward's; null when the unit is unknown).
     */
    public record Context(LocalDate today, Set<String> sources, UnitType recipientUnitType) {}

    private final Long id;
    private String source;
    private ResourceKind kind;
    private String donor;
    private LocalDate receivedOn;
    private Integer budgetYear;
    private Vnd amount;
    private String inKindDescription;
    private String purpose;
    private RecipientLevel level;
    private long unitId;
    private Long clubId;
    private String documentNo;
    private String note;
    private Cancellation cancellation;
    private final String recordedBy;
    private final Instant recordedAt;
    private final int version;

    Resource(
            Long id,
            String source,
            ResourceKind kind,
            String donor,
            LocalDate receivedOn,
            Integer budgetYear,
            Vnd amount,
            String inKindDescription,
            String purpose,
            RecipientLevel level,
            long unitId,
            Long clubId,
            String documentNo,
            String note,
            Cancellation cancellation,
            String recordedBy,
            Instant recordedAt,
            int version) {
        this.id = id;
        this.source = source;
        this.kind = kind;
        this.donor = donor;
        this.receivedOn = receivedOn;
        this.budgetYear = budgetYear;
        this.amount = amount;
        this.inKindDescription = inKindDescription;
        this.purpose = purpose;
        this.level = level;
        this.unitId = unitId;
        this.clubId = clubId;
        this.documentNo = documentNo;
        this.note = note;
        this.cancellation = cancellation;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /**
     * A new entry, every rule checked; {@code unitId} is the recipient's unit (for a club, the club's unit, which
     * the service reads).
     */
    public static Resource record(RecordResource c, long unitId, Context ctx, String by, Instant at) {
        Resource r = new Resource(
                null, null, null, null, null, null, null, null, null, null, unitId, null, null, null, null, by, at, 0);
        r.apply(c, unitId, ctx);
        return r;
    }

    /** Corrects a standing entry with the same rules as recording it. */
    public void edit(RecordResource c, long unitId, Context ctx) {
        if (cancelled()) throw new ResourceRefused(null, "funding.error.cancelled");
        apply(c, unitId, ctx);
    }

    /** Cancels a standing entry with a reason: it counts nowhere from then on. */
    public void cancel(LocalDate on, String reason) {
        if (cancelled()) throw new ResourceRefused(null, "funding.error.cancelled");
        String why = text(reason);
        if (why == null) throw new ResourceRefused("reason", "validation.required");
        if (why.length() > REASON_MAX) throw new ResourceRefused("reason", "funding.error.tooLong", REASON_MAX);
        cancellation = new Cancellation(on, why);
    }

    private void apply(RecordResource c, long recipientUnit, Context ctx) {
        if (c.loanFundCapital()) throw new ResourceRefused("loanFundCapital", "funding.error.loanFundCapital");
        String src = text(c.source());
        if (src == null) throw new ResourceRefused("source", "validation.required");
        src = src.toUpperCase(java.util.Locale.ROOT);
        if (!ctx.sources().contains(src)) throw new ResourceRefused("source", "funding.error.source");
        if (c.kind() == null) throw new ResourceRefused("kind", "validation.required");
        String who = required("donor", c.donor(), DONOR_MAX);
        LocalDate day = c.receivedOn();
        if (day == null) throw new ResourceRefused("receivedOn", "validation.required");
        if (day.isAfter(ctx.today())) throw new ResourceRefused("receivedOn", "funding.error.future");
        if (day.getYear() < FIRST_YEAR) throw new ResourceRefused("receivedOn", "funding.error.tooEarly", FIRST_YEAR);
        Integer year = null;
        if (c.kind() == ResourceKind.BUDGET_LINE) {
            year = c.budgetYear();
            if (year == null) throw new ResourceRefused("budgetYear", "funding.error.budgetYearRequired");
            // A budget line is allotted in its year, or paid out the year before or after it.
            if (Math.abs(year - day.getYear()) > 1) {
                throw new ResourceRefused("budgetYear", "funding.error.budgetYear", day.getYear());
            }
            if (c.level() == RecipientLevel.CLUB) throw new ResourceRefused("level", "funding.error.budgetLineToClub");
        }
        if (c.amount() == null) throw new ResourceRefused("amount", "funding.error.amountRequired");
        if (c.amount().dong() <= 0) throw new ResourceRefused("amount", "funding.error.amountNotPositive");
        String what = null;
        if (c.kind() == ResourceKind.IN_KIND) {
            what = text(c.inKindDescription());
            if (what == null) throw new ResourceRefused("inKindDescription", "funding.error.inKindDescription");
            if (what.length() > DESCRIPTION_MAX) {
                throw new ResourceRefused("inKindDescription", "funding.error.tooLong", DESCRIPTION_MAX);
            }
        }
        String why = required("purpose", c.purpose(), PURPOSE_MAX);
        if (c.level() == null) throw new ResourceRefused("level", "validation.required");
        UnitType type = ctx.recipientUnitType();
        switch (c.level()) {
            case CITY -> {
                if (type == null) throw new ResourceRefused("unitId", "validation.required");
                if (type.isGrassroots()) throw new ResourceRefused("unitId", "funding.error.notCity");
            }
            case WARD -> {
                if (type == null) throw new ResourceRefused("unitId", "validation.required");
                if (!type.isGrassroots()) throw new ResourceRefused("unitId", "funding.error.notWard");
            }
            case CLUB -> {
                if (c.clubId() == null) throw new ResourceRefused("clubId", "validation.required");
            }
        }
        String doc = optional("documentNo", c.documentNo(), DOCUMENT_MAX);
        String remark = optional("note", c.note(), NOTE_MAX);
        this.source = src;
        this.kind = c.kind();
        this.donor = who;
        this.receivedOn = day;
        this.budgetYear = year;
        this.amount = c.amount();
        this.inKindDescription = what;
        this.purpose = why;
        this.level = c.level();
        this.unitId = recipientUnit;
        this.clubId = c.level() == RecipientLevel.CLUB ? c.clubId() : null;
        this.documentNo = doc;
        this.note = remark;
    }

    private static String required(String field, String value, int max) {
        String t = text(value);
        if (t == null) throw new ResourceRefused(field, "validation.required");
        if (t.length() > max) throw new ResourceRefused(field, "funding.error.tooLong", max);
        return t;
    }

    private static String optional(String field, String value, int max) {
        String t = text(value);
        if (t != null && t.length() > max) throw new ResourceRefused(field, "funding.error.tooLong", max);
        return t;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Resource withId(long newId) {
        return new Resource(
                newId,
                source,
                kind,
                donor,
                receivedOn,
                budgetYear,
                amount,
                inKindDescription,
                purpose,
                level,
                unitId,
                clubId,
                documentNo,
                note,
                cancellation,
                recordedBy,
                recordedAt,
                version);
    }

    public boolean cancelled() {
        return cancellation != null;
    }

    public Long id() {
        return id;
    }

    public String source() {
        return source;
    }

    public ResourceKind kind() {
        return kind;
    }

    public String donor() {
        return donor;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Integer budgetYear() {
        return budgetYear;
    }

    public Vnd amount() {
        return amount;
    }

    public String inKindDescription() {
        return inKindDescription;
    }

    public String purpose() {
        return purpose;
    }

    public RecipientLevel level() {
        return level;
    }

    public long unitId() {
        return unitId;
    }

    public Long clubId() {
        return clubId;
    }

    public String documentNo() {
        return documentNo;
    }

    public String note() {
        return note;
    }

    public Cancellation cancellation() {
        return cancellation;
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
