package vn.ishc.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.DemoClubs;

/**
 * In the real Chromium: the demo club's board submits a month's report, the ward officer returns it with a
 * comment, the board reads the comment and submits again, the ward approves it, and an activity dated in
 * that month is then refused with the message naming the month. The month is unlocked again afterwards
 * (by the administrator, through the service), so the demo club's data stays open for the other tests.
 */
@IntegrationTest
@Tag("browser")
class MonthlyReportBrowserTest extends BrowserSession {
    static final YearMonth MONTH = YearMonth.of(2024, 2);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    UserDetailsService accounts;

    Page as(Browser browser, String user) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
        Page page = context.newPage();
        Chromium.logIn(page, url(""), user);
        return page;
    }

    @Test
    void submittedReturnedResubmittedApprovedAndTheMonthIsLocked() {
        long club = jdbc.sql("select min(id) from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        String report = url("/clubs/" + club + "/reports/" + MONTH);
        try {
            Page board = as(browser, "demo-club");
            board.navigate(report);
            assertThat(board.locator("#report-live")).isVisible();
            board.locator("#text").fill("Câu lạc bộ sinh hoạt đều.");
            board.locator("#submit-report").click();
            assertThat(board.locator("#flash")).isVisible();
            assertThat(board.locator("#report-state")).hasAttribute("data-state", "SUBMITTED");

            Page ward = as(browser, "demo-ward");
            ward.navigate(report);
            ward.locator("#text").fill("Đề nghị bổ sung thu chi quỹ hoạt động.");
            ward.locator("#return-report").click();
            assertThat(ward.locator("#report-state")).hasAttribute("data-state", "RETURNED");

            board.navigate(report);
            assertThat(board.locator("#report-history")).containsText("Đề nghị bổ sung thu chi quỹ hoạt động.");
            board.locator("#text").fill("Câu lạc bộ sinh hoạt đều; đã bổ sung thu chi.");
            board.locator("#submit-report").click();
            assertThat(board.locator("#report-state")).hasAttribute("data-state", "SUBMITTED");

            ward.navigate(report);
            ward.locator("#approve-report").click();
            assertThat(ward.locator("#report-state")).hasAttribute("data-state", "APPROVED");
            assertThat(ward.locator("#report-history .report-step")).hasCount(4);
            ward.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("monthly-report-approved.png"))
                    .setFullPage(true));

            // A write dated in the approved month is refused, naming the month and the club.
            board.navigate(url("/clubs/" + club + "/activities/new?on=" + MONTH.atDay(15)));
            board.locator("#kind").selectOption("LOUDSPEAKER");
            board.locator("#title").fill("Phát thanh về câu lạc bộ");
            board.locator("#activity-save").click();
            assertThat(board.locator(".alert-danger"))
                    .containsText("Tháng 2/2024 của CLB " + DemoClubs.DEMO_BOARD_CLUB + " đã được duyệt và khóa sổ");
        } finally {
            TestClubs.as(accounts, "demo-admin", () -> {
                var v = reports.view(club, MONTH);
                if (v.state() == ReportState.SUBMITTED)
                    reports.returnForChanges(new MonthlyCommands.Return(club, MONTH, "dọn sau kiểm thử", null));
                if (v.state().locks())
                    reports.unlock(new MonthlyCommands.Unlock(club, MONTH, "dọn sau kiểm thử", null));
                return null;
            });
        }
    }
}
