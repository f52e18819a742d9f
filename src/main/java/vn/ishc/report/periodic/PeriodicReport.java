package vn.ishc.report.periodic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A periodic report of one unit (R17): its kind and period, the unit and its era (the plan's units or those
 * of the report's date), the plan whose targets it reports against, its document number, and the narrative
 * its author writes. The figures are not part of it: they are computed from the records whenever the
 * report is shown. Every save of a narrative section is a new revision (the history stays); a save names
 * the version of the report it was made on and is refused when someone saved in between.
 */
public final class PeriodicReport {

    /** One saved text of a section. */
    public record Revision(NarrativeSection section, int revision, String body, String savedBy, Instant savedAt) {}

    private final Long id;
    private final PeriodKind kind;
    private final int year;
    private final int number;
    private final long unitId;
    private final String era;
    private final long planId;
    private String documentNo;
    private final String createdBy;
    private final Instant createdAt;
    private int version;
    private final List<Revision> revisions;

    PeriodicReport(
            Long id,
            PeriodKind kind,
            int year,
            int number,
            long unitId,
            String era,
            long planId,
            String documentNo,
            String createdBy,
            Instant createdAt,
            int version,
            List<Revision> revisions) {
        this.id = id;
        this.kind = kind;
        this.year = year;
        this.number = number;
        this.unitId = unitId;
        this.era = era;
        this.planId = planId;
        this.documentNo = documentNo;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
        this.revisions = new ArrayList<>(revisions);
    }

    static PeriodicReport create(
            PeriodKind kind,
            int year,
            int number,
            long unitId,
            String era,
            long planId,
            String documentNo,
            String by,
            Instant at) {
        return new PeriodicReport(
                null,
                kind,
                year,
                number,
                unitId,
                era,
                planId,
                clean(documentNo, 50, "documentNo"),
                by,
                at,
                0,
                List.of());
    }

    /**
     * Saves the sections' texts as the user wrote them on {@code expectedVersion} of the report: a section
     * whose text changed gets a new revision, an unchanged one none. Refused when the report has been saved
     * since that version, or a text is too long.
     *
     * @return the sections that changed
     */
    List<NarrativeSection> write(
            Map<NarrativeSection, String> texts, String documentNo, int expectedVersion, String by, Instant at) {
        if (expectedVersion != version) throw new PeriodicReportEditedConcurrently(id == null ? 0 : id);
        List<NarrativeSection> changed = new ArrayList<>();
        for (var e : texts.entrySet()) {
            String body = e.getValue() == null ? "" : e.getValue().strip().replace("\r\n", "\n");
            if (body.length() > NarrativeSection.MAX)
                throw new PeriodicReportRefused(
                        "narrative." + e.getKey().name(), "periodic.error.tooLong", NarrativeSection.MAX);
            if (body.equals(text(e.getKey()))) continue;
            revisions.add(new Revision(e.getKey(), revisionsOf(e.getKey()) + 1, body, by, at));
            changed.add(e.getKey());
        }
        String number = clean(documentNo, 50, "documentNo");
        boolean numberChanged = !java.util.Objects.equals(number, this.documentNo);
        this.documentNo = number;
        if (!changed.isEmpty() || numberChanged) version++;
        return changed;
    }

    private static String clean(String text, int max, String field) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        if (t.length() > max) throw new PeriodicReportRefused(field, "periodic.error.tooLong", max);
        return t;
    }

    private int revisionsOf(NarrativeSection s) {
        return (int) revisions.stream().filter(r -> r.section() == s).count();
    }

    /** The section's latest text, or "" when never written. */
    public String text(NarrativeSection s) {
        String latest = "";
        for (Revision r : revisions) if (r.section() == s) latest = r.body();
        return latest;
    }

    /** Every section's latest text. */
    public Map<NarrativeSection, String> texts() {
        Map<NarrativeSection, String> m = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) m.put(s, text(s));
        return m;
    }

    public Long id() {
        return id;
    }

    public PeriodKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public long unitId() {
        return unitId;
    }

    public String era() {
        return era;
    }

    public long planId() {
        return planId;
    }

    public String documentNo() {
        return documentNo;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }
}
