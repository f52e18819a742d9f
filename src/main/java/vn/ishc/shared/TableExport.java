package vn.ishc.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list (a header row of already-translated labels, then rows of values) as an .xlsx
 * workbook or a CSV file, for every "export" button.
 *
 * <p>Values: {@code String} and anything else by its {@code toString()} (so a yes/no column takes
 * the caller's translated words), {@code Number}, {@link LocalDate}, {@link LocalDateTime}, {@link
 * Vnd}, and {@code null} for an empty cell. Text that a spreadsheet program would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is neutralised in both formats.
 */
public final class TableExport {
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";

    /** Whole numbers beyond Excel's 15 significant digits are written as text, exactly. */
    static final long MAX_EXACT_WHOLE_NUMBER = 999_999_999_999_999L;

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MIN_WIDTH_CHARS = 6;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TableExport() {}

    /**
     * Writes the table as an .xlsx workbook of one sheet: a bold, frozen header row with filters,
     * then one row per element of {@code rows}, streamed (only a few hundred rows are held in memory,
     * so {@code rows} may be a database cursor). Dates are date cells shown {@code dd/mm/yyyy}; money
     * is a number cell shown {@code #,##0 "₫"}; whole numbers are shown without decimals; text is
     * always a plain text cell, never a formula. The stream is not closed.
     *
     * @param sheetName the sheet's name, made safe for Excel (at most 31 characters, no {@code
     *     []:*?/\})
     * @param headers the translated column labels
     * @param rows the rows, each a list of cell values; at most 1,048,575 rows
     */
    public static void xlsx(String sheetName, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out)
            throws IOException {
        xlsx(List.of(new Sheet(sheetName, headers, rows)), out);
    }

    /** One sheet of a workbook: its name, translated column labels and rows, as {@link #xlsx(List, OutputStream)} takes them. */
    public record Sheet(String name, List<String> headers, Iterable<? extends List<?>> rows) {}

    /**
     * Writes a workbook of several sheets, in order, each as {@link #xlsx(String, List, Iterable,
     * OutputStream)} writes its one sheet (sheet names that clash after being made safe get a number).
     */
    public static void xlsx(List<Sheet> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Sheet s : sheets) {
                String name = safeSheetName(s.name());
                for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                    String suffix = " " + n;
                    name = safeSheetName(s.name())
                                    .substring(
                                            0, Math.min(safeSheetName(s.name()).length(), 31 - suffix.length()))
                            + suffix;
                }
                writeSheet(workbook.createSheet(name), s.headers(), s.rows(), styles);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    private static void writeSheet(
            SXSSFSheet sheet, List<String> headers, Iterable<? extends List<?>> rows, Styles styles) {
        int[] widths = new int[headers.size()];
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            String label = headers.get(c) == null ? "" : headers.get(c);
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(truncate(label));
            cell.setCellStyle(styles.header);
            widths[c] = widthOf(label) + 2;
        }
        sheet.createFreezePane(0, 1);

        int r = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            if (values.size() > widths.length) {
                widths = Arrays.copyOf(widths, values.size());
            }
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    widths[c] = Math.max(widths[c], write(row.createCell(c), value, styles));
                }
            }
        }
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, headers.size() - 1));
        }
        for (int c = 0; c < widths.length; c++) {
            int chars = Math.min(Math.max(widths[c] + 1, MIN_WIDTH_CHARS), MAX_WIDTH_CHARS);
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /**
     * Writes the table as CSV the way Excel opens it with Vietnamese intact: UTF-8 with a byte-order
     * mark, comma-separated, CRLF line ends, fields quoted per RFC 4180 when they hold a comma, a
     * quote or a line break. Dates are {@code dd/MM/yyyy} ({@code dd/MM/yyyy HH:mm} with a time),
     * money plain whole đồng, numbers plain. Text starting with {@code = + - @}, a tab or a carriage
     * return is prefixed with an apostrophe so no spreadsheet program evaluates it. The stream is
     * flushed, not closed.
     *
     * @param headers the translated column labels
     * @param rows the rows, each a list of cell values
     */
    public static void csv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writeCsvLine(writer, headers);
        for (List<?> values : rows) {
            writeCsvLine(writer, values);
        }
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            writer.write(csvField(csvText(values.get(c))));
        }
        writer.write("\r\n");
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Vnd money) {
            return Long.toString(money.dong());
        }
        if (value instanceof LocalDate date) {
            return CSV_DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return CSV_DATE_TIME.format(dateTime);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return isFormulaLike(text) ? "'" + text : text;
    }

    private static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Writes one non-null value and returns its width in characters. */
    private static int write(Cell cell, Object value, Styles styles) {
        if (value instanceof Vnd money) {
            cell.setCellValue((double) money.dong());
            cell.setCellStyle(styles.money);
            return money.format().length();
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = toBigDecimal(number);
            if (decimal != null && isWhole(decimal)) {
                if (decimal.abs().compareTo(BigDecimal.valueOf(MAX_EXACT_WHOLE_NUMBER)) > 0) {
                    return writeText(cell, decimal.toBigInteger().toString(), styles);
                }
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(styles.wholeNumber);
                return decimal.toBigInteger().toString().length();
            }
            cell.setCellValue(number.doubleValue());
            return Math.min(number.toString().length(), 15);
        }
        return writeText(cell, value.toString(), styles);
    }

    private static int writeText(Cell cell, String text, Styles styles) {
        cell.setCellValue(truncate(text));
        if (isFormulaLike(text)) {
            cell.setCellStyle(styles.quoted);
        }
        return widthOf(text);
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        return null;
    }

    private static boolean isWhole(BigDecimal decimal) {
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }

    /** Text a spreadsheet program could evaluate when opening or editing the file. */
    static boolean isFormulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
    }

    private static int widthOf(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line.length());
        }
        return widest;
    }

    private static String safeSheetName(String name) {
        return name == null || name.isBlank() ? "Sheet1" : WorkbookUtil.createSafeSheetName(name.strip());
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle money;
        final CellStyle wholeNumber;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            date = withFormat(workbook, "dd/mm/yyyy");
            dateTime = withFormat(workbook, "dd/mm/yyyy hh:mm");
            money = withFormat(workbook, "#,##0 \"₫\"");
            wholeNumber = withFormat(workbook, "0");
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        private static CellStyle withFormat(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
