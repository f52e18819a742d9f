package vn.ishc.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Sends a list as a downloaded .xlsx or .csv file, for every screen that exports one. */
public final class TableDownload {
    private TableDownload() {}

    /** No such download format (only xlsx and csv exist): answered as not found. */
    public static class UnknownFormat extends NotFoundException {
        UnknownFormat(String format) {
            super("download format " + format);
        }
    }

    /**
     * Writes the table as an attachment {@code fileName.xlsx} or {@code fileName.csv} (UTF-8 with BOM).
     * {@code headers} and text cells are already in the reader's language.
     */
    public static void send(
            String format,
            String fileName,
            String sheetName,
            List<String> headers,
            Iterable<? extends List<?>> rows,
            HttpServletResponse response)
            throws IOException {
        switch (format) {
            case "xlsx" -> {
                response.setContentType(TableExport.XLSX_MEDIA_TYPE);
                response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"");
                TableExport.xlsx(sheetName, headers, rows, response.getOutputStream());
            }
            case "csv" -> {
                response.setContentType(TableExport.CSV_MEDIA_TYPE);
                response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
                TableExport.csv(headers, rows, response.getOutputStream());
            }
            default -> throw new UnknownFormat(format);
        }
    }
}
