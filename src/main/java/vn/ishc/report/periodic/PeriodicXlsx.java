package vn.ishc.report.periodic;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.report.periodic.ReportDocument.Cell;
import vn.ishc.report.periodic.ReportDocument.Column;
import vn.ishc.report.periodic.ReportDocument.Header;
import vn.ishc.report.periodic.ReportDocument.Section;
import vn.ishc.report.periodic.ReportDocument.Table;

/**
 * A periodic report as an .xlsx workbook (Apache POI): a first sheet with the header and the narrative, and a
 * sheet per section with a table. Tables have their headings in merged cells (a group heading over its
 * columns, a single heading over both heading rows), frozen panes below the headings and right of the first
 * column, đồng with thousands separators ({@code #,##0 "đ"}) and shares as percents with one decimal; the
 * numbers are numbers (not text), so they can be summed and compared.
 */
final class PeriodicXlsx {
    private PeriodicXlsx() {}

    static final String MONEY_FORMAT = "#,##0 \"đ\"";
    static final String COUNT_FORMAT = "#,##0";
    static final String PERCENT_FORMAT = "0.0%";

    private static final class Styles {
        final CellStyle title,
                heading,
                text,
                bold,
                count,
                money,
                percent,
                totalText,
                totalCount,
                totalMoney,
                totalPercent;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            var format = wb.createDataFormat();
            title = wb.createCellStyle();
            title.setFont(titleFont);
            heading = bordered(wb);
            heading.setFont(boldFont);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setWrapText(true);
            text = bordered(wb);
            text.setWrapText(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            count = number(wb, format.getFormat(COUNT_FORMAT), null);
            money = number(wb, format.getFormat(MONEY_FORMAT), null);
            percent = number(wb, format.getFormat(PERCENT_FORMAT), null);
            totalText = bordered(wb);
            totalText.setFont(boldFont);
            totalCount = number(wb, format.getFormat(COUNT_FORMAT), boldFont);
            totalMoney = number(wb, format.getFormat(MONEY_FORMAT), boldFont);
            totalPercent = number(wb, format.getFormat(PERCENT_FORMAT), boldFont);
        }

        static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        static CellStyle number(XSSFWorkbook wb, short format, Font font) {
            CellStyle s = bordered(wb);
            s.setDataFormat(format);
            s.setAlignment(HorizontalAlignment.RIGHT);
            if (font != null) s.setFont(font);
            return s;
        }
    }

    static void write(ReportDocument doc, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Set<String> names = new HashSet<>();
            front(wb, doc, st, sheetName(doc.header().title(), names));
            for (Section s : doc.sections()) {
                if (!s.hasTable()) continue;
                Sheet sheet = wb.createSheet(sheetName(s.sheetName() == null ? s.heading() : s.sheetName(), names));
                int r = 0;
                Row titleRow = sheet.createRow(r++);
                set(titleRow, 0, s.heading(), st.title);
                for (String p : s.paragraphs()) set(sheet.createRow(r++), 0, p, null);
                r++;
                table(sheet, r, s.table(), st);
            }
            wb.write(out);
        }
    }

    /** The first sheet: the Decree 30 header lines, the title and every section's text. */
    private static void front(XSSFWorkbook wb, ReportDocument doc, Styles st, String name) {
        Sheet sheet = wb.createSheet(name);
        sheet.setColumnWidth(0, 100 * 256);
        Header h = doc.header();
        int r = 0;
        if (h.superior() != null) set(sheet.createRow(r++), 0, h.superior(), null);
        set(sheet.createRow(r++), 0, h.issuingBody(), st.bold);
        set(sheet.createRow(r++), 0, h.documentNo(), null);
        r++;
        set(sheet.createRow(r++), 0, h.nationalTitle(), st.bold);
        set(sheet.createRow(r++), 0, h.motto(), st.bold);
        set(sheet.createRow(r++), 0, h.placeAndDate(), null);
        r++;
        set(sheet.createRow(r++), 0, h.title(), st.title);
        set(sheet.createRow(r++), 0, h.subtitle(), st.bold);
        r++;
        for (Section s : doc.sections()) {
            set(sheet.createRow(r++), 0, s.heading(), st.bold);
            for (String p : s.paragraphs()) set(sheet.createRow(r++), 0, p, null);
            if (s.hasTable())
                set(sheet.createRow(r++), 0, "→ " + (s.sheetName() == null ? s.heading() : s.sheetName()), null);
        }
        r++;
        set(sheet.createRow(r++), 0, h.recipientsLabel(), st.bold);
        for (String line : h.recipients()) set(sheet.createRow(r++), 0, line, null);
        r++;
        set(sheet.createRow(r++), 0, h.signerRole(), st.bold);
        set(sheet.createRow(r++), 0, h.signerTitle(), st.bold);
        if (h.signerName() != null) set(sheet.createRow(r++), 0, h.signerName(), st.bold);
    }

    /** A table from row {@code top}: one or two heading rows (merged), the rows, the total; panes frozen. */
    private static void table(Sheet sheet, int top, Table t, Styles st) {
        List<Column> cols = t.columns();
        boolean grouped = t.grouped();
        Row h1 = sheet.createRow(top);
        Row h2 = grouped ? sheet.createRow(top + 1) : null;
        for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            sheet.setColumnWidth(c, Math.min(255, col.width() + 2) * 256);
            if (!grouped) {
                set(h1, c, col.heading(), st.heading);
            } else if (col.group() == null) {
                set(h1, c, col.heading(), st.heading);
                set(h2, c, null, st.heading);
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
            } else {
                int end = c;
                while (end + 1 < cols.size()
                        && col.group().equals(cols.get(end + 1).group())) end++;
                for (int k = c; k <= end; k++) {
                    set(h1, k, k == c ? col.group() : null, st.heading);
                    set(h2, k, cols.get(k).heading(), st.heading);
                }
                if (end > c) sheet.addMergedRegion(new CellRangeAddress(top, top, c, end));
                c = end;
            }
        }
        int r = top + (grouped ? 2 : 1);
        sheet.createFreezePane(1, r);
        for (List<Cell> cells : t.rows()) write(sheet.createRow(r++), cells, st, false);
        if (t.total() != null) write(sheet.createRow(r), t.total(), st, true);
    }

    private static void write(Row row, List<Cell> cells, Styles st, boolean total) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            var x = row.createCell(c);
            switch (cell.kind()) {
                case TEXT -> {
                    x.setCellStyle(total ? st.totalText : st.text);
                    if (cell.value() != null) x.setCellValue((String) cell.value());
                }
                case COUNT -> {
                    x.setCellStyle(total ? st.totalCount : st.count);
                    if (cell.value() != null) x.setCellValue(((Long) cell.value()).doubleValue());
                }
                case MONEY -> {
                    x.setCellStyle(total ? st.totalMoney : st.money);
                    if (cell.value() != null) x.setCellValue(((Long) cell.value()).doubleValue());
                }
                case PERCENT -> {
                    x.setCellStyle(total ? st.totalPercent : st.percent);
                    if (cell.value() != null) x.setCellValue((Double) cell.value());
                }
            }
        }
    }

    private static void set(Row row, int c, String value, CellStyle style) {
        var x = row.createCell(c);
        if (value != null) x.setCellValue(value);
        if (style != null) x.setCellStyle(style);
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        if (base.length() > 28) base = base.substring(0, 28);
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) name = base + " " + i;
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
