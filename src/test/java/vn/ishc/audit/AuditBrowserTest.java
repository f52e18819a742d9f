package vn.ishc.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;

/**
 * In the real Chromium: the administrator (demo-admin) changes a club's initial equipment, opens the audit
 * screen, filters it to that club and finds the change with its old and new values and their username.
 * Screenshot in target/screenshots.
 */
@IntegrationTest
@Tag("browser")
class AuditBrowserTest extends BrowserSession {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeToAClubIsFoundOnTheAuditScreenWithItsOldAndNewValues() {
        // a demo club with its initial equipment recorded, other than the demo board's (which other tests use)
        var club = jdbc.sql("select id, initial_equipment from club where name <> ? and initial_equipment is not null"
                        + " and initial_equipment not like '%nhật ký%' order by id limit 1")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query()
                .singleRow();
        long id = ((Number) club.get("id")).longValue();
        String before = (String) club.get("initial_equipment");
        String after = before + ", bảng tin (kiểm tra nhật ký)";
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-admin");
            page.navigate(url("/clubs/" + id + "/edit"));
            page.locator("#initialEquipment").fill(after);
            page.locator("#club-save").click();
            assertThat(page).hasURL(url("/clubs/" + id));

            page.navigate(url("/audit"));
            page.locator("#type").selectOption("club");
            page.locator("#id").fill(String.valueOf(id));
            page.locator("#user").fill("demo-admin");
            page.locator("#audit-search").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/audit\\?.*type=club.*"));
            Locator row = page.locator("#audit-table .audit-row").first();
            assertThat(row).containsText("Sửa thông tin CLB");
            assertThat(row).containsText("demo-admin");
            Locator change = row.locator("li", new Locator.LocatorOptions().setHasText("initialEquipment"));
            assertThat(change.locator("ins")).hasText(after);
            assertThat(change.locator("del")).hasText(before);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("audit-club-change.png"))
                    .setFullPage(true));
        }
    }
}
