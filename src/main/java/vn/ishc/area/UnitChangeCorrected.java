package vn.ishc.area;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * An administrator corrected a recorded change of units (its date, legal reference, confirmation or
 * note); the units it ended or created moved with it. Units are the whole country's reference data, so
 * the entry belongs to no territory: only administrators read it.
 */
public record UnitChangeCorrected(long changeId, List<FieldChange> changes) implements Audited {
    @Override
    public AuditRecord audit() {
        return AuditRecord.of("unit-change", changeId, "UnitChangeCorrected", null, null, changes);
    }
}
