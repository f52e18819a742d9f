package vn.ishc.member;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The member list template: a first sheet with the {@link MemberImportColumn} headers (text cells for
 * dates, national IDs and phone numbers, so Excel keeps them as typed; drop-down lists for the usual
 * values, which still accept anything), and a second sheet explaining each column, in the reader's
 * language.
 */
@Component
class MemberImportTemplate {
    static final String FILE_NAME = "mau-danh-sach-thanh-vien.xlsx";

    /** Rows of the first sheet prepared with formats and drop-down lists. */
    private static final int PREPARED_ROWS = 2000;

    private static final Set<MemberImportColumn> TEXT_COLUMNS = Set.of(
            MemberImportColumn.BIRTH,
            MemberImportColumn.NATIONAL_ID,
            MemberImportColumn.PHONE,
            MemberImportColumn.JOINED_ON);

    private final MessageSource messages;

    MemberImportTemplate(MessageSource messages) {
        this.messages = messages;
    }

    void write(Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet list = workbook.createSheet(WorkbookUtil.createSafeSheetName(text("import.template.sheet", locale)));
            Row headers = list.createRow(0);
            for (MemberImportColumn c : MemberImportColumn.values()) {
                Cell cell = headers.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(header);
                list.setColumnWidth(c.ordinal(), Math.max(12, c.header().length() + 4) * 256);
                if (TEXT_COLUMNS.contains(c)) list.setDefaultColumnStyle(c.ordinal(), text);
            }
            list.setColumnWidth(MemberImportColumn.FULL_NAME.ordinal(), 28 * 256);
            list.setColumnWidth(MemberImportColumn.OTHER_HARDSHIP.ordinal(), 28 * 256);
            list.createFreezePane(0, 1);
            choices(list, MemberImportColumn.SEX, "Nữ", "Nam");
            choices(list, MemberImportColumn.HOUSEHOLD, "Nghèo", "Cận nghèo", "Không");
            choices(list, MemberImportColumn.DISABILITY, "Có", "Không");
            choices(list, MemberImportColumn.LIVES_ALONE, "Có", "Không");

            Sheet guide =
                    workbook.createSheet(WorkbookUtil.createSafeSheetName(text("import.template.guideSheet", locale)));
            int r = 0;
            Row title = guide.createRow(r++);
            title.createCell(0).setCellValue(text("import.template.guide.title", locale));
            title.getCell(0).setCellStyle(header);
            for (String note : new String[] {"import.template.note.rows", "import.template.note.formulas"}) {
                Cell cell = guide.createRow(r++).createCell(0);
                cell.setCellValue(text(note, locale));
            }
            r++;
            Row columnTitles = guide.createRow(r++);
            String[] titles = {
                "import.template.guide.column",
                "import.template.guide.required",
                "import.template.guide.how",
                "import.template.guide.example"
            };
            for (int i = 0; i < titles.length; i++) {
                Cell cell = columnTitles.createCell(i);
                cell.setCellValue(text(titles[i], locale));
                cell.setCellStyle(header);
            }
            for (MemberImportColumn c : MemberImportColumn.values()) {
                Row row = guide.createRow(r++);
                row.createCell(0).setCellValue(c.header());
                row.createCell(1)
                        .setCellValue(
                                text(c.required() ? "import.template.guide.yes" : "import.template.guide.no", locale));
                Cell how = row.createCell(2);
                how.setCellValue(text("import.template.how." + c.field(), locale));
                how.setCellStyle(wrap);
                Cell example = row.createCell(3);
                example.setCellValue(text("import.template.example." + c.field(), locale));
                example.setCellStyle(text);
            }
            guide.setColumnWidth(0, 24 * 256);
            guide.setColumnWidth(1, 12 * 256);
            guide.setColumnWidth(2, 70 * 256);
            guide.setColumnWidth(3, 24 * 256);
            workbook.write(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A drop-down list of the usual values that still accepts anything else typed. */
    private static void choices(Sheet sheet, MemberImportColumn column, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, PREPARED_ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(false);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }
}
