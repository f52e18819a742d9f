package vn.ishc.activity.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
 * In the real Chromium on a 360-pixel phone: the club board (demo-club) records a health check for three
 * members with their readings, sees them on the check's page and the check on the club's health page, then
 * records a home-care visit and finds it on the club's home-care page; no page is wider than the phone.
 * Screenshots in target/screenshots.
 */
@IntegrationTest
@Tag("browser")
class HealthAndCareBrowserTest extends BrowserSession {
    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcClient jdbc;

    void fits(Page page) {
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(360);
    }

    void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Test
    void theClubBoardRecordsAHealthCheckForThreeMembersAndAHomeCareVisitOnAPhone() {
        long club = jdbc.sql("select min(id) from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = phone.newPage();
            Chromium.logIn(page, url(""), "demo-club");
            // The club's year at a glance before: this month's health checks and home-care visits.
            int month = java.time.LocalDate.now(clock).getMonthValue();
            page.navigate(url("/clubs/" + club + "/activities"));
            int checksBefore = cell(page, "HEALTH", month);
            int visitsBefore = cell(page, "HOME_CARE", month);

            // from the club page to its health page, then the form
            page.navigate(url("/clubs/" + club));
            page.locator("#care-panel-health").click();
            assertThat(page).hasURL(url("/clubs/" + club + "/health"));
            page.locator("#health-new").click();
            page.locator("#station").fill("Trạm y tế phường Tân Lập");
            page.locator("#examiner").fill("BS. Lê Thị Hoa");
            Locator lines = page.locator(".health-line");
            String[][] readings = {{"240", "120", "30"}, {"118", "76", "5.6"}, {"135", "85", ""}};
            String[] names = new String[3];
            for (int i = 0; i < 3; i++) {
                Locator line = lines.nth(i);
                line.locator("input[type=checkbox]").check();
                names[i] = line.locator("label.form-check-label").innerText();
                line.locator("#lines" + i + "\\.systolic").fill(readings[i][0]);
                line.locator("#lines" + i + "\\.diastolic").fill(readings[i][1]);
                line.locator("#lines" + i + "\\.bloodSugar").fill(readings[i][2]);
            }
            fits(page);
            // an impossible reading first: refused beside its field, nothing saved
            lines.nth(1).locator("#lines1\\.systolic").fill("400");
            page.locator("#health-save").click();
            assertThat(lines.nth(1).locator(".invalid-feedback").first()).containsText("400");
            lines.nth(1).locator("#lines1\\.systolic").fill("118");
            page.locator("#health-save").click();
            assertThat(page.locator("#health-readings .reading-row")).hasCount(3);
            assertThat(page.locator("#health-readings")).containsText("240/120");
            for (String name : names)
                assertThat(page.locator("#health-readings")).containsText(name);
            fits(page);
            shoot(page, "health-check-phone");

            // a home-care visit
            page.navigate(url("/clubs/" + club + "/care"));
            String before = page.locator("#care-visits-month").innerText();
            page.locator("#care-visit-new").click();
            page.locator("#volunteerId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            page.locator("#recipientId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            String volunteer = page.locator("#volunteerId option:checked").innerText();
            page.locator("#care-save").click();
            // no service ticked: refused
            assertThat(page.locator("#services-errors")).isVisible();
            page.locator("input[name=services][value=COMPANY]").check();
            page.locator("input[name=services][value=HEALTH_MONITORING]").check();
            page.locator("#notes").fill("Đo huyết áp, trò chuyện");
            fits(page);
            page.locator("#care-save").click();
            assertThat(page).hasURL(url("/clubs/" + club + "/care"));
            assertThat(page.locator("#care-visits .care-visit").first()).containsText(volunteer);
            assertThat(page.locator("#care-visits .care-visit").first()).containsText("Theo dõi sức khỏe");
            assertThat(Integer.parseInt(page.locator("#care-visits-month").innerText()))
                    .isEqualTo(Integer.parseInt(before) + 1);
            fits(page);
            shoot(page, "home-care-phone");

            // The club's year at a glance shows them: one more check and one more visit this month.
            page.navigate(url("/clubs/" + club + "/activities"));
            assertThat(cell(page, "HEALTH", month)).isEqualTo(checksBefore + 1);
            assertThat(cell(page, "HOME_CARE", month)).isEqualTo(visitsBefore + 1);
            fits(page);
            shoot(page, "calendar-after-health-and-care");
        }
    }

    /** The count in the areas calendar's cell of an area and a month (an empty cell: 0). */
    static int cell(Page page, String area, int month) {
        Locator cell = page.locator("#cell-" + area + "-" + month);
        return cell.count() == 0 ? 0 : Integer.parseInt(cell.innerText().strip());
    }
}
