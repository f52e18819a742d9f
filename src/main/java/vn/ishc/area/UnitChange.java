package vn.ishc.area;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A legal event that changed administrative units on one effective date: which units it ended,
 * created or continued, and the lineage from the old units to the resulting one.
 */
@Table("unit_change")
class UnitChange {
    @Id
    private Long id;

    private ChangeKind kind;
    private LocalDate effectiveDate;
    private String legalReference;
    private boolean dateConfirmed;
    private String note;

    @MappedCollection(idColumn = "change_id")
    private Set<ChangeEffect> effects;

    @MappedCollection(idColumn = "change_id")
    private Set<LineageLink> lineage;

    @Version
    private Integer version;

    UnitChange(
            Long id,
            ChangeKind kind,
            LocalDate effectiveDate,
            String legalReference,
            boolean dateConfirmed,
            String note,
            Set<ChangeEffect> effects,
            Set<LineageLink> lineage,
            Integer version) {
        this.id = id;
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.legalReference = legalReference;
        this.dateConfirmed = dateConfirmed;
        this.note = note;
        this.effects = new HashSet<>(effects);
        this.lineage = new HashSet<>(lineage);
        this.version = version;
    }

    static UnitChange record(
            ChangeKind kind,
            LocalDate effectiveDate,
            String legalReference,
            boolean dateConfirmed,
            String note,
            Set<ChangeEffect> effects,
            Set<LineageLink> lineage) {
        return new UnitChange(null, kind, effectiveDate, legalReference, dateConfirmed, note, effects, lineage, null);
    }

    /**
     * Corrects the effective date (e.g. once the 2024 resolution's date is confirmed) and the legal
     * reference. Returns nothing; the caller moves the validity of the affected units with
     * {@link #applyDatesTo}.
     */
    void correct(LocalDate newEffectiveDate, String newLegalReference, boolean confirmed, String newNote) {
        this.effectiveDate = newEffectiveDate;
        this.legalReference = newLegalReference;
        this.dateConfirmed = confirmed;
        this.note = newNote;
    }

    /** Makes the affected units' validity agree with this change's effective date. */
    void applyDatesTo(AdminUnit unit) {
        for (ChangeEffect e : effects) {
            if (e.unitId().equals(unit.id())) {
                switch (e.effect()) {
                    case ENDED -> unit.endBefore(effectiveDate);
                    case CREATED -> unit.startOn(effectiveDate);
                    case CONTINUED -> {}
                }
            }
        }
    }

    /** What a correction may change, as the audit trail records it. */
    java.util.Map<String, Object> correctable() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("effectiveDate", effectiveDate);
        m.put("legalReference", legalReference);
        m.put("dateConfirmed", dateConfirmed);
        m.put("note", note);
        return m;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    Set<ChangeEffect> effects() {
        return Set.copyOf(effects);
    }

    @Table("unit_change_effect")
    record ChangeEffect(Long unitId, Effect effect) {}

    @Table("unit_lineage")
    record LineageLink(Long predecessorId, Long successorId) {}

    enum Effect {
        ENDED,
        CREATED,
        CONTINUED
    }
}
