package vn.ishc.area;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** Units and changes were added from a CSV file (administrators only, like the entry). */
public record UnitsImported(int units, int changes) implements Audited {
    @Override
    public AuditRecord audit() {
        return AuditRecord.of(
                "unit-import",
                "csv",
                "UnitsImported",
                null,
                null,
                List.of(
                        new FieldChange("units", null, String.valueOf(units)),
                        new FieldChange("changes", null, String.valueOf(changes))));
    }
}
