package vn.ishc.oversight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;

/**
 * In the real Chromium: a city officer opens a club's visits from the club page, records a weak visit (every
 * item scored 0) with a follow-up action, a missing visitor refused first; the visit shows "Yếu" and its
 * follow-up, and so does the club page.
 */
@IntegrationTest
@Tag("browser")
class OversightBrowserTest extends BrowserSession {
    @Autowired
    ClubDirectory clubs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    @Test
    void aCityOfficerRecordsAWeakVisitWithAFollowUp() {
        ClubView club = new OversightFixture(accounts, clubs).club(OversightFixture.TAN_LAP);
        LocalDate today = LocalDate.now(clock);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-city");
            page.navigate(url("/clubs/" + club.id()));
            assertThat(page.locator("#oversight-no-visit")).isVisible();
            page.locator("#oversight-open").click();
            assertThat(page.locator("#visit-checklist")).isVisible();
            page.locator("#visitedOn").fill(today.minusDays(3).toString());
            page.locator("#visit-checklist select").all().forEach(s -> s.selectOption("0"));
            page.locator("#visit-save").click();
            assertThat(page.locator("#visitors-errors")).isVisible();
            page.locator("#visitors").fill("Hội NCT thành phố");
            page.locator("#findings").fill("Câu lạc bộ không sinh hoạt ba tháng liền");
            page.locator("#followUps0\\.action").fill("Họp Ban chủ nhiệm, khôi phục sinh hoạt hằng tháng");
            page.locator("#followUps0\\.responsible").fill("Chủ nhiệm câu lạc bộ");
            page.locator("#followUps0\\.dueOn").fill(today.plusDays(30).toString());
            page.locator("#visit-save").click();
            assertThat(page.locator("#flash")).isVisible();
            assertThat(page.locator("#visit-rating")).hasText("Yếu");
            assertThat(page.locator("#visit-follow-ups"))
                    .containsText("Họp Ban chủ nhiệm, khôi phục sinh hoạt hằng tháng");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("oversight-visit-weak.png"))
                    .setFullPage(true));
            page.navigate(url("/clubs/" + club.id()));
            assertThat(page.locator("#oversight-rating")).hasText("Yếu");
        }
    }
}
