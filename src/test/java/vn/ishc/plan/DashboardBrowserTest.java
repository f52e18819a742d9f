package vn.ishc.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;

/**
 * The demo city officer in the real Chromium: opens the dashboard, changes the as-of date to 31/12/2023,
 * switches to the plan's units, clicks a figure and lands on the list behind it; the charts are drawn
 * (ECharts under the Content-Security-Policy) and the page fits a 360 px phone.
 */
@IntegrationTest
@Tag("browser")
class DashboardBrowserTest extends BrowserSession {

    void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Test
    void cityOfficerLooksAtTheCityBy2023sPlanUnitsAndOpensTheListBehindAFigure() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-city");
            Chromium.openFromMenu(page, "/dashboard");
            assertThat(page.locator("h1")).hasText("Bảng điều khiển");
            assertThat(page.locator("#card-UNITS_WITH_CLUB")).isVisible();
            // Every indicator has a figure now, the last three included.
            assertThat(page.locator("#card-CLUBS_TRAINED_MONITORED")).not().containsText("Chưa có dữ liệu");
            assertThat(page.locator("#fraction-CLUBS_TRAINED_MONITORED")).containsText(" / ");
            assertThat(page.locator("#card-MEMBERS_WITH_LOANS")).not().containsText("Chưa có dữ liệu");

            page.locator("#asOf").fill("2023-12-31");
            page.locator("#units-plan").check();
            page.locator("#view-submit").click();
            assertThat(page).hasURL(Pattern.compile(".*asOf=2023-12-31.*units=plan.*"));
            assertThat(page.locator("#view-summary")).containsText("31/12/2023");
            assertThat(page.locator("#era-summary")).containsText("đơn vị của kế hoạch");
            // The 21 wards and communes of the plan, compared.
            assertThat(page.locator("#wards-table tbody tr.ward-row")).hasCount(21);
            assertThat(page.locator("#wards-table")).containsText("Phường Thắng Lợi");
            // The charts are drawn from the tables (as SVG).
            assertThat(page.locator("#new-clubs-year-chart svg")).hasCount(1);
            assertThat(page.locator("#wards-chart svg")).hasCount(1);
            shoot(page, "dashboard-plan-units-2023");

            page.locator("#card-UNITS_WITH_CLUB a.figure-link").click();
            assertThat(page.locator("#list-title")).hasText("Phường, xã có CLB");
            assertThat(page)
                    .hasURL(Pattern.compile(
                            ".*/dashboard/list\\?indicator=UNITS_WITH_CLUB.*asOf=2023-12-31.*units=plan.*"));
            assertThat(page.locator("#drill-list tbody tr.drill-row")).hasCount(21);
            shoot(page, "dashboard-list-units-with-club");

            page.locator("#back-to-dashboard").click();
            page.locator("#card-CLUBS_COMPOSITION_OK a.figure-link").click();
            assertThat(page.locator("#list-title")).hasText("CLB đạt cơ cấu thành phần");
            assertThat(page.locator("#drill-list")).isVisible();
        }
    }

    @Test
    void theDashboardFitsAPhone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(360, 740)
                .setIsMobile(true))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-city");
            page.navigate(url("/dashboard?asOf=2025-12-31&units=current"));
            assertThat(page.locator("#card-NEW_CLUBS")).isVisible();
            Object overflow =
                    page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            shoot(page, "dashboard-phone");
        }
    }
}
