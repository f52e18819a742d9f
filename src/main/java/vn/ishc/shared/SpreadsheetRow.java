package vn.ishc.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One data row of an imported sheet: its 1-based row number as Excel shows it (for messages such as
 * "row 7: …") and one value per header column. A value is a {@code String} (trimmed, never empty),
 * a {@code java.time.LocalDate}, a {@code Long} (whole numbers), a {@code java.math.BigDecimal}
 * (other numbers), a {@code Boolean}, or {@code null} for a blank cell. The list may contain nulls.
 */
public record SpreadsheetRow(int number, List<Object> values) {
    public SpreadsheetRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The value in the given 0-based column, or {@code null} when the row is shorter. */
    public Object value(int column) {
        return column >= 0 && column < values.size() ? values.get(column) : null;
    }
}
