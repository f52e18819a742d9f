package vn.ishc.report.periodic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.plan.EraMap;
import vn.ishc.plan.Indicator;
import vn.ishc.plan.IndicatorEngine;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorEngine.Figure;
import vn.ishc.plan.IndicatorEngine.Result;
import vn.ishc.shared.CurrentUser;

/**
 * The periodic reports through the API: the .xlsx read back equals the dashboard's engine on the same view
 * for every indicator and every ward; the PDF's text has the Decree 30 header and Vietnamese names with
 * their diacritics, in the embedded Noto Serif; the narrative is saved (versioned, a stale save is 409) and
 * printed in both files; and the scopes: a ward officer neither reads nor makes the city's report, a viewer
 * reads but writes nothing, a club's board sees none. The tests stand on 29 November 2026.
 */
@IntegrationTest
class PeriodicReportsTest {
    static final long CITY = 3;
    static final long TAN_LAP = 42;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    PeriodicReportService reports;

    @Autowired
    IndicatorEngine engine;

    @Autowired
    CurrentUser user;

    @Autowired
    PeriodicContent content;

    @Autowired
    vn.ishc.funding.Resources resourceTotals;

    ResultActions create(String username, String json) throws Exception {
        return mvc.perform(post("/api/v1/reports/periodic")
                .with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /** The report of that kind, period, unit and era: made now, or the one an earlier test made. */
    long report(String username, String kind, Integer year, Integer number, long unit, String era) throws Exception {
        String body = "{\"kind\":\"%s\",\"year\":%s,\"number\":%s,\"unitId\":%d,\"era\":\"%s\"}"
                .formatted(kind, year, number, unit, era);
        var result = create(username, body).andReturn().getResponse();
        if (result.getStatus() == 201) return ((Number) JsonPath.read(result.getContentAsString(), "$.id")).longValue();
        assertThat(result.getContentAsString()).contains("errors");
        String list = mvc.perform(get("/api/v1/reports/periodic").with(httpBasic(username, "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(
                list,
                "$[?(@.kind == '%s' && @.year == %d && @.unitId == %d && @.era == '%s')].id"
                        .formatted(kind, year, unit, era));
        return ids.get(0).longValue();
    }

    byte[] download(String username, long id, String format) throws Exception {
        return mvc.perform(get("/api/v1/reports/periodic/{id}.{f}", id, format).with(httpBasic(username, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    Dashboard dashboard(String username, long id) {
        return TestClubs.as(accounts, username, () -> engine.compute(reports.view(reports.get(id)), user.scope()));
    }

    /** The rows of a sheet's table: those below the heading row whose first cell is {@code firstHeading}. */
    static List<Row> tableRows(Sheet sheet, String firstHeading, int headingRows) {
        List<Row> rows = new ArrayList<>();
        int start = -1;
        for (Row r : sheet) {
            if (start < 0
                    && r.getCell(0) != null
                    && firstHeading.equals(r.getCell(0).getStringCellValue())) {
                start = r.getRowNum() + headingRows;
            }
            if (start >= 0 && r.getRowNum() >= start) rows.add(r);
        }
        assertThat(start)
                .as("table heading " + firstHeading + " in " + sheet.getSheetName())
                .isNotNegative();
        return rows;
    }

    static Double percent(Cell c) {
        return Math.round(c.getNumericCellValue() * 1000.0) / 10.0;
    }

    @Test
    void theWorkbooksFiguresAreTheDashboardsForEveryIndicatorAndEveryWard() throws Exception {
        long id = report("demo-city", "YEAR", 2025, null, CITY, "CURRENT");
        byte[] xlsx = download("demo-city", id, "xlsx");
        Dashboard d = dashboard("demo-city", id);
        assertThat(d.rows()).isNotEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet indicators = wb.getSheet("Chỉ tiêu");
            List<Row> rows = tableRows(indicators, "TT", 1);
            assertThat(rows).hasSize(Indicator.values().length);
            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            for (int k = 0; k < rows.size(); k++) {
                Result res = d.results().get(k);
                Cell actual = rows.get(k).getCell(3);
                String what = res.indicator().code();
                if (!res.computed()) {
                    assertThat(actual.getCellType()).as(what).isEqualTo(CellType.STRING);
                } else if (res.indicator().measure().isShare()) {
                    if (res.total().denominator() == 0)
                        assertThat(actual.getCellType()).as(what).isEqualTo(CellType.BLANK);
                    else
                        assertThat(percent(actual))
                                .as(what)
                                .isEqualTo(res.total().percent());
                    assertThat(actual.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                } else {
                    assertThat((long) actual.getNumericCellValue())
                            .as(what)
                            .isEqualTo(res.total().numerator());
                }
                Cell target = rows.get(k).getCell(2);
                if (res.target() != null) {
                    double t = res.indicator().measure().isShare() ? res.target() / 100.0 : res.target();
                    assertThat(target.getNumericCellValue())
                            .as(what + " target")
                            .isEqualTo(t);
                }
            }

            Sheet wards = wb.getSheet("Theo phường, xã");
            List<Row> wardRows = tableRows(wards, "Phường, xã", 2);
            // The headings: a group heading merged over its columns.
            assertThat(wards.getNumMergedRegions()).isGreaterThanOrEqualTo(2);
            assertThat(wardRows).hasSize(d.rows().size() + 1);
            for (int r = 0; r < d.rows().size(); r++) {
                EraMap.Row row = d.rows().get(r);
                for (int c = 0; c < PeriodicContent.WARD_COLUMNS.size(); c++) {
                    Indicator i = PeriodicContent.WARD_COLUMNS.get(c);
                    Figure f = d.result(i).byRow().get(row.key());
                    Cell cell = wardRows.get(r).getCell(c + 1);
                    String what = i.code() + " " + row.key();
                    if (i.measure() == Indicator.Measure.SHARE) {
                        if (f.denominator() == 0)
                            assertThat(cell.getCellType()).as(what).isEqualTo(CellType.BLANK);
                        else assertThat(percent(cell)).as(what).isEqualTo(f.percent());
                    } else {
                        assertThat((long) cell.getNumericCellValue()).as(what).isEqualTo(f.numerator());
                    }
                }
            }
            Row total = wardRows.get(d.rows().size());
            assertThat((long) total.getCell(1 + PeriodicContent.WARD_COLUMNS.indexOf(Indicator.NEW_CLUBS))
                            .getNumericCellValue())
                    .isEqualTo(d.result(Indicator.NEW_CLUBS).total().numerator());

            Sheet funds = wb.getSheet("Vốn vay và quỹ");
            Cell money = tableRows(funds, "Phường, xã", 2).get(0).getCell(2);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo(PeriodicXlsx.MONEY_FORMAT);
            assertThat(new DataFormatter()
                            .formatCellValue(
                                    tableRows(funds, "Phường, xã", 2).get(0).getCell(0)))
                    .isNotBlank();
        }
    }

    @Test
    void thePdfHasTheDecree30HeaderTheNamesWithTheirDiacriticsAndTheEmbeddedFont() throws Exception {
        ClubView club = TestClubs.found(
                accounts, "demo-ward", clubs, "CLB Liên thế hệ Buôn Ê Đê Ợt", TAN_LAP, LocalDate.of(2025, 8, 8));
        long id = report("demo-city", "YEAR", 2025, null, CITY, "CURRENT");
        int version = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/reports/periodic/{id}", id).with(httpBasic("demo-city", "demo")))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.report.version"))
                .intValue();
        String narrative = "Các câu lạc bộ duy trì sinh hoạt đều đặn hằng tháng " + version;
        mvc.perform(put("/api/v1/reports/periodic/{id}/narrative", id)
                        .with(httpBasic("demo-city", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"version\":%d,\"documentNo\":\"27\",\"sections\":{\"RESULTS\":\"%s\",\"SIGNER\":\"Nguyễn Thị Hường\"}}"
                                        .formatted(version, narrative)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.narrative.RESULTS").value(narrative))
                .andExpect(jsonPath("$.report.version").value(version + 1));
        // A save made on the version before is refused: someone saved in between.
        mvc.perform(put("/api/v1/reports/periodic/{id}/narrative", id)
                        .with(httpBasic("demo-city", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":%d,\"sections\":{\"RESULTS\":\"Cũ\"}}".formatted(version)))
                .andExpect(status().isConflict());

        byte[] pdf = download("demo-city", id, "pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("HỘI NGƯỜI CAO TUỔI THÀNH PHỐ BUÔN MA THUỘT")
                    .contains("Số: 27/BC-HNCT")
                    .contains("Buôn Ma Thuột, ngày 29 tháng 11 năm 2026")
                    .contains("BÁO CÁO")
                    .contains("Phường Tân Lập")
                    .contains(club.name())
                    .contains(narrative)
                    .contains("Nơi nhận:")
                    .contains("Nguyễn Thị Hường");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames())
                    fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("NotoSerif");
            });
        }
        byte[] xlsx = download("demo-city", id, "xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> front = new ArrayList<>();
            for (Row r : wb.getSheetAt(0))
                if (r.getCell(0) != null) front.add(r.getCell(0).getStringCellValue());
            assertThat(front).contains(narrative, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Thị Hường");
            List<String> clubNames = new ArrayList<>();
            for (Row r : wb.getSheet("CLB thành lập trong kỳ"))
                if (r.getCell(1) != null) clubNames.add(r.getCell(1).getStringCellValue());
            assertThat(clubNames).contains(club.name());
        }
    }

    @Test
    void aWardOfficerNeitherReadsNorMakesTheCitysReport() throws Exception {
        long city = report("demo-city", "HALF_YEAR", 2026, null, CITY, "CURRENT");
        mvc.perform(get("/api/v1/reports/periodic/{id}", city).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/periodic/{id}.pdf", city).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(
                        get("/reports/periodic/{id}", city)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                        accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/reports/periodic/{id}/narrative", city)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"sections\":{\"RESULTS\":\"x\"}}"))
                .andExpect(status().isNotFound());
        create("demo-ward", "{\"kind\":\"YEAR\",\"year\":2025,\"unitId\":%d}".formatted(CITY))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/reports/periodic").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(list, "$[*].unitId");
        assertThat(ids).allSatisfy(u -> assertThat(u.longValue()).isNotEqualTo(CITY));

        // Its own ward's report, which the city reads too.
        long ward = report("demo-ward", "QUARTER", 2026, 3, TAN_LAP, "CURRENT");
        mvc.perform(get("/api/v1/reports/periodic/{id}", ward).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.from").value("2026-07-01"))
                .andExpect(jsonPath("$.document.header.issuingBody").value("HỘI NGƯỜI CAO TUỔI PHƯỜNG TÂN LẬP"));
        mvc.perform(get("/api/v1/reports/periodic/{id}", ward).with(httpBasic("demo-city", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theResourcesAndTheAgenciesTasksComeFromTheirModules() throws Exception {
        long city = report("demo-city", "YEAR", 2024, null, CITY, "CURRENT");
        ReportDocument doc =
                TestClubs.as(accounts, "demo-city", () -> content.document(city, Locale.forLanguageTag("vi")));
        ReportDocument.Section resources = doc.sections().stream()
                .filter(s -> s.key().equals("resources"))
                .findFirst()
                .orElseThrow();
        assertThat(resources.hasTable()).isTrue();
        long expected = TestClubs.as(
                accounts,
                "demo-city",
                () -> resourceTotals.totalsBySource(CITY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).stream()
                        .mapToLong(t -> t.amount().dong())
                        .sum());
        assertThat(expected).isPositive();
        assertThat(((Number) resources.table().total().get(1).value()).longValue())
                .isEqualTo(expected);
        assertThat(resources.table().rows())
                .allSatisfy(
                        r -> assertThat(((Number) r.get(1).value()).longValue()).isPositive());

        ReportDocument.Section tasks = doc.sections().stream()
                .filter(s -> s.key().equals("agencyTasks"))
                .findFirst()
                .orElseThrow();
        assertThat(tasks.hasTable()).isTrue();
        assertThat(tasks.table().rows())
                .anySatisfy(r -> assertThat((String) r.get(1).value()).contains("Hội Người cao tuổi"))
                .allSatisfy(r -> assertThat(r.get(0).value()).isEqualTo("2024"));
    }

    @Test
    void aViewerReadsButWritesNothingAndAClubsBoardSeesNone() throws Exception {
        long city = report("demo-city", "HALF_YEAR", 2026, null, CITY, "CURRENT");
        mvc.perform(get("/api/v1/reports/periodic/{id}", city).with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document.sections[?(@.key == 'resources')].table")
                        .exists());
        mvc.perform(get("/api/v1/reports/periodic/{id}?format=xlsx", city).with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PeriodicDownloads.XLSX));
        create("demo-viewer", "{\"kind\":\"YEAR\",\"year\":2024,\"unitId\":%d}".formatted(CITY))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/reports/periodic/{id}/narrative", city)
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"sections\":{\"RESULTS\":\"x\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/periodic/{id}", city).with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/periodic").with(httpBasic("demo-club", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() throws Exception {
        create("demo-city", "{\"kind\":\"QUARTER\",\"year\":2026,\"number\":5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.number").exists());
        create("demo-city", "{\"kind\":\"YEAR\",\"year\":2027}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year").exists());
        create("demo-city", "{\"kind\":\"CENTURY\",\"year\":2026}").andExpect(status().isBadRequest());
        long city = report("demo-city", "HALF_YEAR", 2026, null, CITY, "CURRENT");
        create("demo-city", "{\"kind\":\"HALF_YEAR\",\"year\":2026,\"unitId\":%d}".formatted(CITY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").exists());
        mvc.perform(get("/api/v1/reports/periodic/{id}.csv", city).with(httpBasic("demo-city", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/periodic/{id}", 999_999).with(httpBasic("demo-city", "demo")))
                .andExpect(status().isNotFound());
        assertThat(Map.of()).isEmpty();
    }
}
