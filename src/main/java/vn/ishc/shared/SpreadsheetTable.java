package vn.ishc.shared;

import java.util.List;

/**
 * The first sheet of an imported workbook: its header row (trimmed labels, {@code ""} for a blank
 * header cell) and its non-blank data rows, in sheet order.
 */
public record SpreadsheetTable(List<String> header, List<SpreadsheetRow> rows) {
    public SpreadsheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
