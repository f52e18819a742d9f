package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {
    private static final List<String> HEADERS =
            List.of("Họ và tên", "Ngày sinh", "Dư nợ", "Số buổi", "Tỷ lệ", "Khuyết tật", "Ghi chú");

    private static final List<List<?>> ROWS = List.of(
            Arrays.asList(
                    "Nguyễn Thị Hồng",
                    LocalDate.of(1955, 3, 12),
                    Vnd.of(2_500_000),
                    12L,
                    new BigDecimal("0.75"),
                    "Có",
                    null),
            Arrays.asList(
                    "Ê Đê: H'Hen Niê", LocalDate.of(1950, 3, 5), Vnd.ZERO, 3, null, "Không", "Hộ nghèo, neo đơn"));

    @Test
    void xlsxRoundTripsThroughTheImportReader() throws IOException {
        SpreadsheetTable table = SpreadsheetReader.read(xlsx("Hội viên", HEADERS, ROWS), 100);

        assertThat(table.header()).isEqualTo(HEADERS);
        assertThat(table.rows()).extracting(SpreadsheetRow::number).containsExactly(2, 3);
        assertThat(table.rows().get(0).values())
                .containsExactly(
                        "Nguyễn Thị Hồng",
                        LocalDate.of(1955, 3, 12),
                        2_500_000L,
                        12L,
                        new BigDecimal("0.75"),
                        "Có",
                        null);
        assertThat(table.rows().get(1).values())
                .containsExactly(
                        "Ê Đê: H'Hen Niê", LocalDate.of(1950, 3, 5), 0L, 3L, null, "Không", "Hộ nghèo, neo đơn");
    }

    @Test
    void xlsxHasABoldFrozenHeaderAndFormattedCells() throws IOException {
        List<List<?>> rows = List.of(Arrays.asList(
                "=HYPERLINK(\"http://evil\")",
                LocalDate.of(2024, 1, 15),
                Vnd.of(1_000_000),
                1960L,
                LocalDateTime.of(2024, 1, 15, 8, 30),
                "1234567890123456789",
                new BigInteger("1234567890123456789")));

        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx("Danh sách: hội viên/2024?", HEADERS, rows)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách  hội viên 2024 ");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(10 * 256).isLessThanOrEqualTo(60 * 256);

            XSSFRow row = sheet.getRow(1);
            XSSFCell injection = row.getCell(0);
            assertThat(injection.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injection.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(injection.getCellStyle().getQuotePrefixed()).isTrue();

            XSSFCell date = row.getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 15));

            XSSFCell money = row.getCell(2);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(1_000_000.0);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"₫\"");

            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1960.0);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 1, 15, 8, 30));
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("1234567890123456789");
            // too many digits for a number cell: kept exact as text
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("1234567890123456789");
        }
    }

    @Test
    void xlsxStreamsALongListThatTheReaderReadsBack() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        IntStream.rangeClosed(1, 25_000)
                .forEach(i -> rows.add(
                        List.of("Hội viên số " + i, LocalDate.of(1940, 1, 1).plusDays(i), Vnd.of(i * 1000L))));

        SpreadsheetTable table =
                SpreadsheetReader.read(xlsx("Hội viên", List.of("Họ và tên", "Ngày sinh", "Dư nợ"), rows), 25_000);

        assertThat(table.rows()).hasSize(25_000);
        assertThat(table.rows().get(24_999).values())
                .containsExactly("Hội viên số 25000", LocalDate.of(1940, 1, 1).plusDays(25_000), 25_000_000L);
        assertThat(table.rows().get(24_999).number()).isEqualTo(25_001);
    }

    @Test
    void xlsxWithHeaderOnlyAndBlankSheetName() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(" ", HEADERS, List.of())))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Sheet1");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void xlsxOfSeveralSheetsKeepsTheirOrderAndGivesClashingNamesANumber() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(
                List.of(
                        new TableExport.Sheet(
                                "Người", List.of("Thông tin", "Giá trị"), List.of(List.of("Họ và tên", "An"))),
                        new TableExport.Sheet("Khoản vay", List.of("Số tiền"), List.of(List.of(Vnd.of(5_000_000)))),
                        new TableExport.Sheet("khoản vay", List.of("Số tiền"), List.<List<?>>of())),
                out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("Người");
            assertThat(wb.getSheetName(1)).isEqualTo("Khoản vay");
            assertThat(wb.getSheetName(2)).isEqualTo("khoản vay 2");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("An");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue())
                    .isEqualTo(5_000_000d);
            assertThat(wb.getSheetAt(2).getLastRowNum()).isZero();
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        byte[] csv = csv(List.of("Họ và tên", "Dân tộc"), List.of(List.of("Nguyễn Thị Hồng", "Ê Đê")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Họ và tên,Dân tộc\r\nNguyễn Thị Hồng,Ê Đê\r\n");
    }

    @Test
    void csvWritesDatesMoneyNumbersAndBlanks() throws IOException {
        String csv = csvText(
                HEADERS,
                List.of(Arrays.asList(
                        "Lê Thị Mai",
                        LocalDate.of(1948, 11, 30),
                        Vnd.of(2_500_000),
                        -5L,
                        new BigDecimal("1E+3"),
                        LocalDateTime.of(2024, 3, 1, 7, 5),
                        null)));

        assertThat(csv.lines().toList().get(1)).isEqualTo("Lê Thị Mai,30/11/1948,2500000,-5,1000,01/03/2024 07:05,");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
        String csv = csvText(
                List.of("Ghi chú", "Khác"),
                List.of(
                        List.of("Bệnh tiểu đường, huyết áp", "Con đi làm xa, \"tự lo\""),
                        List.of("dòng 1\r\ndòng 2", "dòng\nmới")));

        assertThat(csv)
                .isEqualTo("Ghi chú,Khác\r\n"
                        + "\"Bệnh tiểu đường, huyết áp\",\"Con đi làm xa, \"\"tự lo\"\"\"\r\n"
                        + "\"dòng 1\r\ndòng 2\",\"dòng\nmới\"\r\n");
    }

    @Test
    void csvNeutralisesFormulaInjection() throws IOException {
        String csv = csvText(
                List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of(List.of(
                        "=cmd|' /C calc'!A0", "+84912345678", "-5", "@SUM(A1)", "\t=1+1", "=1,2", "bình thường")));

        assertThat(csv.lines().toList().get(1))
                .isEqualTo("'=cmd|' /C calc'!A0,'+84912345678,'-5,'@SUM(A1),'\t=1+1,\"'=1,2\",bình thường");
    }

    @Test
    void xlsxAndCsvDoNotCloseTheStream() throws IOException {
        ClosingWatcher out = new ClosingWatcher();
        TableExport.xlsx("Hội viên", HEADERS, ROWS, out);
        TableExport.csv(HEADERS, ROWS, out);

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static final class ClosingWatcher extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] xlsx(String sheetName, List<String> headers, List<? extends List<?>> rows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(sheetName, headers, rows, out);
        return out.toByteArray();
    }

    private static byte[] csv(List<String> headers, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(headers, rows, out);
        return out.toByteArray();
    }

    private static String csvText(List<String> headers, List<? extends List<?>> rows) throws IOException {
        byte[] bytes = csv(headers, rows);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
