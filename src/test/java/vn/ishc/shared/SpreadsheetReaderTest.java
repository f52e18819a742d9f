package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetReaderTest {
    private static final int MAX_ROWS = 20_000;

    @TempDir
    Path temp;

    // --- what a good workbook gives ---

    @Test
    void readsHeaderAndTypedValuesKeepingExcelRowNumbers() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet("Hội viên");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtinDate = wb.createCellStyle();
            builtinDate.setDataFormat((short) 14);

            row(
                    sheet,
                    0,
                    " Họ và tên\u00A0",
                    "Ngày sinh",
                    "Điện thoại",
                    "Năm",
                    "Số tiền",
                    "Khuyết tật",
                    "Ngày tham gia");
            Row first = row(sheet, 1, "  Nguyễn Thị Hồng\u00A0 ", null, 912_345_678.0, 1960.0, 0.1 + 0.2, true, null);
            dateCell(first, 1, LocalDate.of(1955, 3, 12), date);
            dateCell(first, 6, LocalDate.of(2024, 1, 15), builtinDate);
            Row blank = sheet.createRow(2); // a styled but empty row
            blank.createCell(0).setCellStyle(date);
            blank.createCell(1).setCellValue("   ");
            row(sheet, 3, "H'Hen Niê", "1958", "+84 912 345 678", null, 1_500_000.0, false, "-");
            // row 5 has a value only beyond the header's width: blank for the import
            sheet.createRow(4).createCell(9).setCellValue("ghi chú ngoài bảng");
            row(sheet, 5, "Y Khuê Mlô", null, 66_155_001_234.0, -5.0, 12.5, null, null);
            // trailing blank rows
            sheet.createRow(20).createCell(0).setCellValue("\u00A0");
            sheet.createRow(21).createCell(3).setCellStyle(date);
        });

        SpreadsheetTable table = SpreadsheetReader.read(xlsx, MAX_ROWS);

        assertThat(table.header())
                .containsExactly(
                        "Họ và tên", "Ngày sinh", "Điện thoại", "Năm", "Số tiền", "Khuyết tật", "Ngày tham gia");
        assertThat(table.rows()).extracting(SpreadsheetRow::number).containsExactly(2, 4, 6);

        SpreadsheetRow first = table.rows().get(0);
        assertThat(first.values())
                .containsExactly(
                        "Nguyễn Thị Hồng",
                        LocalDate.of(1955, 3, 12),
                        912_345_678L,
                        1960L,
                        new BigDecimal("0.3"),
                        true,
                        LocalDate.of(2024, 1, 15));
        assertThat(first.value(2).toString()).isEqualTo("912345678");

        SpreadsheetRow second = table.rows().get(1);
        assertThat(second.values())
                .containsExactly("H'Hen Niê", "1958", "+84 912 345 678", null, 1_500_000L, false, "-");

        SpreadsheetRow third = table.rows().get(2);
        assertThat(third.values())
                .containsExactly("Y Khuê Mlô", null, 66_155_001_234L, -5L, new BigDecimal("12.5"), null, null);
        assertThat(third.value(99)).isNull();
    }

    @Test
    void readsTheFirstSheetInWorkbookOrderNotInFileOrder() throws IOException {
        byte[] xlsx = workbook(wb -> {
            row(wb.createSheet("Khác"), 0, "Khác");
            Sheet members = wb.createSheet("Hội viên");
            row(members, 0, "Họ và tên");
            row(members, 1, "Trần Văn Bảy");
            wb.setSheetOrder("Hội viên", 0);
        });

        SpreadsheetTable table = SpreadsheetReader.read(xlsx, MAX_ROWS);

        assertThat(table.header()).containsExactly("Họ và tên");
        assertThat(table.rows().get(0).values()).containsExactly("Trần Văn Bảy");
    }

    @Test
    void readsDatesOfA1904Workbook() throws IOException {
        byte[] xlsx = workbook(wb -> {
            var book = ((XSSFWorkbook) wb).getCTWorkbook();
            (book.isSetWorkbookPr() ? book.getWorkbookPr() : book.addNewWorkbookPr()).setDate1904(true);
            assertThat(((XSSFWorkbook) wb).isDate1904()).isTrue();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Ngày sinh");
            dateCell(sheet.createRow(1), 0, LocalDate.of(1950, 3, 5), date);
        });

        assertThat(SpreadsheetReader.read(xlsx, MAX_ROWS).rows().get(0).value(0))
                .isEqualTo(LocalDate.of(1950, 3, 5));
    }

    @Test
    void ignoresFormulasBeyondTheHeaderWidth() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            Row row = row(sheet, 1, "Lê Thị Mai");
            row.createCell(3).setCellFormula("1+1");
        });

        assertThat(SpreadsheetReader.read(xlsx, MAX_ROWS).rows().get(0).values())
                .containsExactly("Lê Thị Mai");
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfRows() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            for (int r = 1; r <= 3; r++) {
                row(sheet, r, "Hội viên " + r);
            }
        });

        assertThat(SpreadsheetReader.read(xlsx, 3).rows()).hasSize(3);
        assertRefused(() -> SpreadsheetReader.read(xlsx, 2), SpreadsheetReader.TOO_MANY_ROWS, 2);
    }

    @Test
    void readsTheLibreOfficeMemberFixture() throws IOException {
        byte[] xlsx;
        try (InputStream in = getClass().getResourceAsStream("/spreadsheets/members-libreoffice.xlsx")) {
            xlsx = in.readAllBytes();
        }

        SpreadsheetTable table = SpreadsheetReader.read(xlsx, MAX_ROWS);

        assertThat(table.header())
                .containsExactly(
                        "Họ và tên",
                        "Giới tính",
                        "Ngày sinh",
                        "Dân tộc",
                        "Hoàn cảnh hộ",
                        "Năm xét hộ",
                        "Khuyết tật",
                        "Sống một mình",
                        "Khó khăn khác",
                        "Số CCCD",
                        "Điện thoại",
                        "Tổ dân phố/Thôn/Buôn",
                        "Ngày tham gia");
        assertThat(table.rows()).hasSize(8);
        assertThat(table.rows()).extracting(SpreadsheetRow::number).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);

        SpreadsheetRow hong = table.rows().get(0);
        assertThat(hong.value(0)).isEqualTo("Nguyễn Thị Hồng");
        assertThat(hong.value(1)).isEqualTo("Nữ");
        assertThat(hong.value(2)).isEqualTo(LocalDate.of(1955, 3, 12));
        assertThat(hong.value(5)).isEqualTo(2024L);
        assertThat(hong.value(8)).isEqualTo("Bệnh tiểu đường, huyết áp cao");
        // LibreOffice turned the 12-digit ID and the phone number into numbers, leading zero lost
        assertThat(hong.value(9)).isEqualTo(66_155_001_234L);
        assertThat(hong.value(10)).isEqualTo(912_345_678L);
        assertThat(hong.value(12)).isEqualTo(LocalDate.of(2024, 1, 15));

        assertThat(table.rows().get(1).value(2)).isEqualTo(1958L); // a birth year only
        SpreadsheetRow hen = table.rows().get(2);
        assertThat(hen.values().subList(0, 4)).containsExactly("H'Hen Niê", "nu", LocalDate.of(1950, 3, 5), "Ê Đê");
        assertThat(hen.value(9)).isNull();
        assertThat(table.rows().get(4).value(0)).isEqualTo("Lê Thị Mai"); // trailing space trimmed
        assertThat(table.rows().get(5).value(3)).isEqualTo("M'nông");
        assertThat(table.rows().get(7).value(8)).isEqualTo("Con đi làm xa, \"tự lo\" cuộc sống");
    }

    // --- refusals ---

    @Test
    void refusesAFormulaCellNamingIt() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên", "Năm sinh", "Tuổi");
            for (int r = 1; r <= 5; r++) {
                row(sheet, r, "Hội viên " + r, 1950.0 + r, 70.0);
            }
            row(sheet, 6, "Hội viên 6", 1956.0).createCell(2).setCellFormula("2024-B7");
        });

        assertRefused(() -> SpreadsheetReader.read(xlsx, MAX_ROWS), SpreadsheetReader.FORMULA, "C7");
    }

    @Test
    void refusesAFormulaInTheHeader() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên").createCell(1).setCellFormula("\"Năm\"&\"sinh\"");
            row(sheet, 1, "Hội viên");
        });

        assertRefused(() -> SpreadsheetReader.read(xlsx, MAX_ROWS), SpreadsheetReader.FORMULA, "B1");
    }

    @Test
    void refusesADdeCommandTypedAsText() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên", "Ghi chú");
            row(sheet, 1, "Hội viên", "bình thường");
            row(sheet, 2, "Hội viên", "  =cmd|' /C calc'!A0");
        });

        assertRefused(() -> SpreadsheetReader.read(xlsx, MAX_ROWS), SpreadsheetReader.SCRIPT, "B3");
    }

    @Test
    void refusesAScriptTag() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên", "Ghi chú");
            row(sheet, 1, "Bà <SCRIPT>alert(1)</script> Lan", "");
        });

        assertRefused(() -> SpreadsheetReader.read(xlsx, MAX_ROWS), SpreadsheetReader.SCRIPT, "A2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "@SUM(A1:A2)",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "- ghi chú",
                "--",
                "x <script src=//evil>"
            })
    void textThatCouldRunLooksLikeScript(String text) {
        assertThat(SpreadsheetReader.looksLikeScript(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "-5", "-12.5", "+84 912 345 678", "+84 (262) 385-123", "Nguyễn Văn A", "a < b"})
    void ordinaryTextDoesNotLookLikeScript(String text) {
        assertThat(SpreadsheetReader.looksLikeScript(text)).isFalse();
    }

    @Test
    void trimsEverySortOfSpace() {
        assertThat(SpreadsheetReader.trim("\u00A0\u200B\t Hồng \u2007\u202F\u3000\r\n"))
                .isEqualTo("Hồng");
    }

    @Test
    void refusesTooManyRowsQuicklyFromAStreamedHundredThousandRowFile() throws IOException {
        Path big = temp.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên", "Năm sinh", "Tổ dân phố");
            for (int r = 1; r <= 100_000; r++) {
                row(sheet, r, "Hội viên số " + r, 1940.0 + r % 40, "Tổ dân phố " + r % 12);
            }
            try (OutputStream out = Files.newOutputStream(big)) {
                wb.write(out);
            }
            wb.dispose();
        }

        try (InputStream in = Files.newInputStream(big)) {
            assertRefused(() -> SpreadsheetReader.read(in, MAX_ROWS), SpreadsheetReader.TOO_MANY_ROWS, MAX_ROWS);
        }
    }

    @Test
    void refusesAnOldXlsWorkbook() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            row(sheet, 1, "Hội viên");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xls = out.toByteArray();
        }

        assertRefused(() -> SpreadsheetReader.read(xls, MAX_ROWS), SpreadsheetReader.NOT_XLSX);
    }

    @Test
    void refusesFilesThatAreNotWorkbooks() throws IOException {
        byte[] csv = "Họ và tên,Ngày sinh\r\nNguyễn Thị Hồng,12/03/1955\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] zipOfText = zip("ghi-chu.txt", "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        byte[] good = workbook(wb -> row(wb.createSheet(), 0, "Họ và tên"));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);

        for (byte[] bytes : List.of(new byte[0], csv, pdf, random, zipOfText, truncated, word())) {
            assertRefused(() -> SpreadsheetReader.read(bytes, MAX_ROWS), SpreadsheetReader.NOT_XLSX);
        }
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        byte[] plain = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            row(sheet, 1, "Hội viên");
        });
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }

        assertRefused(() -> SpreadsheetReader.read(encrypted.toByteArray(), MAX_ROWS), SpreadsheetReader.NOT_XLSX);
    }

    @Test
    void refusesAWorkbookWithOnlyAHeaderOrNothingAtAll() throws IOException {
        byte[] headerOnly = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên", "Ngày sinh");
            row(sheet, 3, " ", "\u00A0");
        });
        byte[] emptySheet = workbook(wb -> wb.createSheet());
        byte[] noSheet = workbook(wb -> {});

        for (byte[] bytes : List.of(headerOnly, emptySheet, noSheet)) {
            assertRefused(() -> SpreadsheetReader.read(bytes, MAX_ROWS), SpreadsheetReader.EMPTY);
        }
    }

    @Test
    void refusesAMacroEnabledWorkbook() throws IOException {
        byte[] xlsm = workbook(wb -> {
            ((XSSFWorkbook) wb).setWorkbookType(XSSFWorkbookType.XLSM);
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            row(sheet, 1, "Hội viên");
        });

        assertRefused(() -> SpreadsheetReader.read(xlsm, MAX_ROWS), SpreadsheetReader.MACRO);
    }

    @Test
    void refusesAWorkbookCarryingAVbaProject() throws Exception {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            row(sheet, 1, "Hội viên");
        });
        ByteArrayOutputStream withVba = new ByteArrayOutputStream();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            PackagePart vba = pkg.createPart(
                    PackagingURIHelper.createPartName("/xl/vbaProject.bin"), "application/vnd.ms-office.vbaProject");
            try (OutputStream out = vba.getOutputStream()) {
                out.write(new byte[] {1, 2, 3, 4});
            }
            pkg.save(withVba);
        }

        assertRefused(() -> SpreadsheetReader.read(withVba.toByteArray(), MAX_ROWS), SpreadsheetReader.MACRO);
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet();
            row(sheet, 0, "Họ và tên");
            row(sheet, 1, "Hội viên");
        });
        // 50 MB of whitespace after the sheet's root element: well-formed XML, compressing ~1000:1
        byte[] bomb = rezip(xlsx, "xl/worksheets/sheet1.xml", 50 * 1024 * 1024);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(() -> SpreadsheetReader.read(bomb, MAX_ROWS), SpreadsheetReader.ZIP_BOMB);
    }

    @Test
    void aRefusalCarriesCopiesOfItsArguments() {
        SpreadsheetRefused refused = new SpreadsheetRefused(SpreadsheetReader.FORMULA, "C7");
        refused.args()[0] = "Z1";

        assertThat(refused.messageKey()).isEqualTo(SpreadsheetReader.FORMULA);
        assertThat(refused.args()).containsExactly("C7");
    }

    // --- helpers ---

    private interface WorkbookContent {
        void fill(Workbook wb) throws IOException;
    }

    private static byte[] workbook(WorkbookContent content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            content.fill(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Double number) {
                cell.setCellValue(number);
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            }
        }
        return row;
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static byte[] word() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Danh sách hội viên");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The same package with {@code padding} spaces appended to one entry. */
    private static byte[] rezip(byte[] xlsx, String entryName, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                if (entry.getName().equals(entryName)) {
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        zip.write(spaces);
                    }
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void assertRefused(ThrowingCallable read, String key, Object... args) {
        assertThatThrownBy(read).isInstanceOfSatisfying(SpreadsheetRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.args()).containsExactly(args);
        });
    }
}
