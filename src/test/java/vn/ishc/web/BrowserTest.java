package vn.ishc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;

/**
 * A person in the real Chromium (the machine's /usr/bin/chromium, never a downloaded browser): logs in
 * as the demo city officer in Vietnamese, switches to English, walks the unit tree as of 2024 and 2025
 * and reads the lineage of Phường Buôn Ma Thuột; and the tree fits a 360 px phone. Screenshots go to
 * target/screenshots.
 */
@IntegrationTest
@Tag("browser")
class BrowserTest extends BrowserSession {

    void logIn(Page page, String username) {
        Chromium.logIn(page, url(""), username);
    }

    void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    void showUnitsAsOf(Page page, String isoDate) {
        page.locator("#asOf").fill(isoDate);
        page.locator("#as-of-submit").click();
        String[] ymd = isoDate.split("-");
        assertThat(page.locator("#unit-table")).containsText(ymd[2] + "/" + ymd[1] + "/" + ymd[0]);
    }

    void openChildrenOf(Page page, String unitName) {
        page.locator("tr.unit-row", new Page.LocatorOptions().setHasText(unitName))
                .locator("a.children-link")
                .click();
    }

    @Test
    void cityOfficerWalksTheUnitTreeThroughTimeInBothLanguages() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page).hasURL(url("/login"));
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            assertThat(page.locator("h1")).hasText("Đăng nhập");
            assertThat(page.locator("#demo-accounts")).containsText("demo-city");
            shoot(page, "login-vi");

            logIn(page, "demo-city");
            assertThat(page.locator("h1")).containsText("Xin chào");
            assertThat(page.locator("main")).containsText("Cán bộ thành phố");

            page.locator("#lang-en").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).containsText("Welcome");
            assertThat(page.locator("main")).containsText("City officer");

            Chromium.openFromMenu(page, "/units");
            assertThat(page.locator("h1")).hasText("Administrative units");
            showUnitsAsOf(page, "2024-01-01");
            openChildrenOf(page, "Tỉnh Đắk Lắk");
            openChildrenOf(page, "Thành phố Buôn Ma Thuột");
            assertThat(page.locator("#unit-count")).hasText("21 units under Thành phố Buôn Ma Thuột");
            assertThat(page.locator("tr.unit-row")).hasCount(21);
            assertThat(page.locator("#unit-table")).containsText("Phường Thắng Lợi");
            shoot(page, "units-2024-en");

            Chromium.openFromMenu(page, "/units");
            showUnitsAsOf(page, "2025-08-01");
            // Other tests may have loaded made-up provinces; Phú Yên, merged on 1 July 2025, is gone.
            assertThat(page.locator("#unit-table")).containsText("Tỉnh Đắk Lắk");
            assertThat(page.locator("#unit-table")).not().containsText("Tỉnh Phú Yên");
            openChildrenOf(page, "Tỉnh Đắk Lắk");
            assertThat(page.locator("#unit-count")).hasText("6 units under Tỉnh Đắk Lắk");
            assertThat(page.locator("tr.unit-row")).hasCount(6);
            assertThat(page.locator("#unit-table")).not().containsText("Thành phố Buôn Ma Thuột");
            shoot(page, "units-2025-en");

            page.locator("tr.unit-row a", new Page.LocatorOptions().setHasText("Phường Buôn Ma Thuột"))
                    .click();
            assertThat(page.locator("#unit-name")).hasText("Phường Buôn Ma Thuột");
            assertThat(page.locator("#formed-from li")).hasCount(6);
            assertThat(page.locator("#formed-from")).containsText("Phường Thành Công");
            assertThat(page.locator("#formed-from")).containsText("Nghị quyết 1660/NQ-UBTVQH15");
            assertThat(page.locator("#origins li")).hasCount(8);
            assertThat(page.locator("#origins")).containsText("Phường Thắng Lợi");
            assertThat(page.locator("#history")).containsText("Merger");
            shoot(page, "unit-lineage-en");

            page.locator("#lang-vi").click();
            assertThat(page.locator("#lineage")).containsText("Hình thành từ");
        }
    }

    /** A member list as a ward would type it: four people, the third with a sex nobody can read. */
    static Path memberList(String tag) throws java.io.IOException {
        Path file = Files.createTempFile("danh-sach-", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Danh sách");
            String[] header = {
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
                "Ngày tham gia"
            };
            String[][] rows = {
                {
                    "Nguyễn Thị Lựu " + tag,
                    "Nữ",
                    "12/03/1955",
                    "Kinh",
                    "Không",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Tổ dân phố 3",
                    "01/11/2025"
                },
                {
                    "H'Yam Niê " + tag,
                    "nu",
                    "1958",
                    "Ê Đê",
                    "Cận nghèo",
                    "2024",
                    "",
                    "Có",
                    "",
                    "",
                    "",
                    "Tổ dân phố 3",
                    "01/11/2025"
                },
                {
                    "Trần Văn Phúc " + tag,
                    "X",
                    "5/6/1970",
                    "Kinh",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Tổ dân phố 3",
                    "01/11/2025"
                },
                {
                    "Lê Thị Sen " + tag,
                    "NỮ ",
                    "20/10/1949",
                    "kinh",
                    "Nghèo",
                    "2024",
                    "Có",
                    "",
                    "",
                    "",
                    "",
                    "Tổ dân phố 3",
                    "01/11/2025"
                }
            };
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) head.createCell(c).setCellValue(header[c]);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            workbook.write(out);
        }
        return file;
    }

    int membersShown(Page page) {
        return Integer.parseInt(page.locator("#composition-panel [data-rule=MEMBERS] .composition-value")
                .textContent()
                .strip());
    }

    @Test
    void aClubBoardImportsAMemberListFixesAFlaggedRowAndSeesTheCompositionChange() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "demo-club");
            Chromium.openFromMenu(page, "/clubs");
            page.locator("tr.club-row a").first().click();
            assertThat(page.locator("#composition-panel")).isVisible();
            int before = membersShown(page);

            page.locator("#member-import").click();
            page.locator("#import-file").setInputFiles(memberList(String.valueOf(System.nanoTime() % 100_000)));
            page.locator("#import-upload").click();
            assertThat(page.locator("#import-rows tr.import-row")).hasCount(4);
            assertThat(page.locator("#import-error-count")).containsText("1");
            assertThat(page.locator("#import-commit")).isDisabled();
            shoot(page, "import-preview-vi");

            var flagged = page.locator("tr.import-row", new Page.LocatorOptions().setHas(page.locator("li.row-error")));
            assertThat(flagged).hasCount(1);
            assertThat(flagged).containsText("Trần Văn Phúc");
            flagged.locator("a.fix-row").click();
            var editing = page.locator("tr.import-row-edit");
            editing.locator("input[name=sex]").fill("Nam");
            editing.locator(".save-row").click();
            assertThat(page.locator("tr.import-row-edit")).hasCount(0);
            assertThat(page.locator("#import-rows li.row-error")).hasCount(0);
            assertThat(page.locator("#import-commit")).isEnabled();

            page.locator("#import-commit").click();
            assertThat(page.locator("#flash")).isVisible();
            assertThat(page.locator("#club-members")).containsText("Trần Văn Phúc");
            assertThat(page.locator("#composition-panel [data-rule=MEMBERS] .composition-value"))
                    .hasText(String.valueOf(before + 4));
            shoot(page, "club-after-import-vi");
        }
    }

    @Test
    void theUnitTreeFitsA360PixelPhone() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = phone.newPage();
            logIn(page, "demo-ward");
            page.navigate(url("/units?asOf=2024-01-01&parent=3"));
            assertThat(page.locator("tr.unit-row")).hasCount(21);
            shoot(page, "units-phone-vi");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(360);
            page.navigate(url("/units/42"));
            assertThat(page.locator("#origins li")).hasCount(3);
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(360);
        }
    }
}
