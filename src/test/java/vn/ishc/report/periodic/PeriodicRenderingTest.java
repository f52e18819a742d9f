package vn.ishc.report.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ishc.report.periodic.ReportDocument.Cell;
import vn.ishc.report.periodic.ReportDocument.Column;
import vn.ishc.report.periodic.ReportDocument.Header;
import vn.ishc.report.periodic.ReportDocument.Section;
import vn.ishc.report.periodic.ReportDocument.Table;
import vn.ishc.shared.Vnd;

/**
 * The two renderers on a made-up document, without Spring: every Vietnamese letter survives the PDF (text
 * extracted with PDFBox), a wide table goes on a landscape page, and the workbook has its merged headings,
 * frozen panes and number formats. The PDF is left in {@code target/periodic-sample.pdf} to look at.
 */
class PeriodicRenderingTest {
    static final String LETTERS = "ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ đĐ ƯƠ Ợ Ỡ";

    static ReportDocument sample() {
        Header h = new Header(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "HỘI NGƯỜI CAO TUỔI TỈNH ĐẮK LẮK",
                "HỘI NGƯỜI CAO TUỔI THÀNH PHỐ BUÔN MA THUỘT",
                "Số: 12/BC-HNCT",
                "Buôn Ma Thuột, ngày 05 tháng 12 năm 2026",
                "BÁO CÁO",
                "Sơ kết 6 tháng đầu năm 2026\nthực hiện Kế hoạch nhân rộng mô hình CLB Liên thế hệ tự giúp nhau",
                LocalDate.of(2026, 12, 5),
                "Nơi nhận:",
                List.of("UBND thành phố;", "Lưu: VT."),
                "TM. BAN CHẤP HÀNH",
                "CHỦ TỊCH",
                "Trần Thị Ngọc Ánh");
        List<Column> wide = new java.util.ArrayList<>();
        wide.add(new Column("Phường, xã", null, 30));
        for (int i = 0; i < 8; i++) wide.add(new Column("Cột " + i, i < 5 ? "Quỹ vay vốn" : "Quỹ hoạt động", 16));
        List<Cell> row = new java.util.ArrayList<>();
        row.add(Cell.text("Phường Tân Lập"));
        for (int i = 0; i < 8; i++) row.add(Cell.money(Vnd.of(1_592_145_120L)));
        Table funds = new Table(wide, List.of(row), row);
        Table small = new Table(
                List.of(new Column("TT", null, 5), new Column("Chỉ tiêu", null, 40), new Column("Kết quả", null, 12)),
                List.of(List.of(Cell.count(1), Cell.text("CLB đạt cơ cấu thành phần"), Cell.share(27, 35))),
                null);
        return new ReportDocument(
                h,
                List.of(
                        new Section("narrative.SITUATION", "I. ĐẶC ĐIỂM TÌNH HÌNH", null, List.of(LETTERS), null),
                        new Section("indicators", "1. Chỉ tiêu", "Chỉ tiêu", List.of(), small),
                        new Section("funds", "5. Vốn vay và quỹ", "Vốn vay và quỹ", List.of(), funds)));
    }

    @Test
    void thePdfKeepsEveryVietnameseLetterAndPrintsAWideTableInLandscape() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeriodicPdf.write(sample(), out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/periodic-sample.pdf"), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(LETTERS)
                    .contains("Trần Thị Ngọc Ánh")
                    .contains("1.592.145.120")
                    .contains("77,1%");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isLessThan(doc.getPage(0).getMediaBox().getHeight());
            boolean landscape = false;
            for (var page : doc.getPages())
                landscape |= page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            assertThat(landscape).as("a landscape page for the wide table").isTrue();
        }
    }

    @Test
    void theWorkbookHasMergedHeadingsFrozenPanesAndNumberFormats() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeriodicXlsx.write(sample(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet funds = wb.getSheet("Vốn vay và quỹ");
            // "Phường, xã" over both heading rows; the two groups over their columns.
            assertThat(funds.getMergedRegions())
                    .extracting(Object::toString)
                    .anySatisfy(r -> assertThat(r).contains("A3:A4"))
                    .anySatisfy(r -> assertThat(r).contains("B3:F3"))
                    .anySatisfy(r -> assertThat(r).contains("G3:I3"));
            assertThat(funds.getPaneInformation().isFreezePane()).isTrue();
            assertThat(funds.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            var money = funds.getRow(4).getCell(1);
            assertThat(money.getNumericCellValue()).isEqualTo(1_592_145_120d);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo(PeriodicXlsx.MONEY_FORMAT);
            var share = wb.getSheet("Chỉ tiêu").getRow(3).getCell(2);
            assertThat(share.getNumericCellValue()).isEqualTo(27.0 / 35);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("HỘI NGƯỜI CAO TUỔI THÀNH PHỐ BUÔN MA THUỘT");
        }
    }
}
