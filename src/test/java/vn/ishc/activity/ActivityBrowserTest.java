package vn.ishc.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * In the real Chromium on a 360 px phone: the demo club's board opens the club's activities from the club page,
 * records a communication event (its area left out, a refusal first), sees it counted in its month on the
 * year's calendar, and opens that cell. Screenshots go to target/screenshots.
 */
@IntegrationTest
@Tag("browser")
class ActivityBrowserTest extends BrowserSession {
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBoardRecordsAnActivityAndTheCalendarShowsIt() {
        long club = jdbc.sql("select min(id) from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(360, 780))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-club");
            page.navigate(url("/clubs/" + club));
            page.locator("#activity-open").click();
            assertThat(page.locator("#area-calendar")).isVisible();
            page.locator("#activity-new").click();
            page.locator("#kind").selectOption("LOUDSPEAKER");
            page.locator("#title").fill("");
            page.locator("#activity-save").click();
            assertThat(page.locator("#title-errors")).isVisible();
            assertThat(page.locator("#heldOn-errors")).hasCount(0);
            page.locator("#title").fill("Phát thanh về chăm sóc người cao tuổi mùa lạnh");
            page.locator("#others").fill("150");
            page.locator("#activity-participants input[type=checkbox]").first().check();
            page.locator("#activity-save").click();
            assertThat(page.locator("#flash")).isVisible();
            assertThat(page.locator("#activity-title")).hasText("Phát thanh về chăm sóc người cao tuổi mùa lạnh");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("activity-recorded.png"))
                    .setFullPage(true));
            page.locator(".breadcrumb a").first().click();
            var cell = page.locator("#area-COMMUNICATION td a").last();
            assertThat(cell).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("activity-calendar-360.png"))
                    .setFullPage(true));
            cell.click();
            assertThat(page.locator("#activity-table")).containsText("Phát thanh về chăm sóc người cao tuổi mùa lạnh");
            // The page fits the phone: nothing wider than the screen but the calendar's own scrolling table.
            Object overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1");
            org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(true);
        }
    }
}
