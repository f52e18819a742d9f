package vn.ishc.oversight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * follow-up, and so does the club page. The club's chair was trained this year (through the training
 * service), so the visit makes the club "trained and monitored": its standing panel and the dashboard's list
 * behind {@code CLUBS_TRAINED_MONITORED} turn to yes and that figure's numerator grows by one, while the
 * weak rating keeps it out of {@code CLUBS_FULLY_ACTIVE_WELL_MANAGED} (standing "not met", list "no").
 */
@IntegrationTest
@Tag("browser")
class OversightBrowserTest extends BrowserSession {
    @Autowired
    ClubDirectory clubs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    vn.ishc.oversight.training.TrainingService trainings;

    @Test
    void aCityOfficerRecordsAWeakVisitWithAFollowUp() {
        ClubView club = new OversightFixture(accounts, clubs).club(OversightFixture.TAN_LAP);
        // The demo plan (Buôn Ma Thuột to 2025) ended on 31 December 2025: its dashboard counts that year, so
        // the training and the visit fall in November 2025 and the dashboard is read as of the plan's end.
        LocalDate trained = LocalDate.of(2025, 11, 10);
        LocalDate visited = LocalDate.of(2025, 11, 20);
        LocalDate planEnd = LocalDate.of(2025, 12, 31);
        OversightFixture f = new OversightFixture(accounts, clubs);
        f.as(
                "demo-city",
                () -> trainings.record(new vn.ishc.oversight.training.TrainingCommands.RecordTraining(
                        new vn.ishc.oversight.training.TrainingCommands.SessionDetails(
                                "Kỹ năng điều hành sinh hoạt",
                                trained,
                                trained,
                                "Hội trường phường",
                                "Bà Nguyễn Thị Giảng",
                                vn.ishc.oversight.training.Organiser.CITY_ASSOCIATION,
                                null,
                                OversightFixture.CITY,
                                null,
                                java.util.List.of(new vn.ishc.oversight.training.TrainingCommands.ParticipantEntry(
                                        null, "Trần Văn Dự", club.id(), ParticipantRole.CHAIR))))));
        String dashboard = "/dashboard?unit=" + OversightFixture.TAN_LAP + "&asOf=" + planEnd;
        String list = "/dashboard/list?unit=" + OversightFixture.TAN_LAP + "&asOf=" + planEnd + "&indicator=";
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-city");
            page.navigate(url("/clubs/" + club.id()));
            assertThat(page.locator("#oversight-no-visit")).isVisible();
            // Before the visit: trained in 2025, not monitored; the dashboard counts the club in neither figure.
            page.navigate(url(dashboard));
            String before = page.locator("#fraction-CLUBS_TRAINED_MONITORED").textContent();
            page.navigate(url(list + "CLUBS_TRAINED_MONITORED"));
            assertThat(clubRow(page, club)).containsText("Không");
            page.navigate(url("/clubs/" + club.id()));
            page.locator("#oversight-open").click();
            assertThat(page.locator("#visit-checklist")).isVisible();
            page.locator("#visitedOn").fill(visited.toString());
            page.locator("#visit-checklist select").all().forEach(s -> s.selectOption("0"));
            page.locator("#visit-save").click();
            assertThat(page.locator("#visitors-errors")).isVisible();
            page.locator("#visitors").fill("Hội NCT thành phố");
            page.locator("#findings").fill("Câu lạc bộ không sinh hoạt ba tháng liền");
            page.locator("#followUps0\\.action").fill("Họp Ban chủ nhiệm, khôi phục sinh hoạt hằng tháng");
            page.locator("#followUps0\\.responsible").fill("Chủ nhiệm câu lạc bộ");
            page.locator("#followUps0\\.dueOn").fill(visited.plusDays(30).toString());
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
            // This year's standing (2026) has neither the training nor the visit of 2025.
            assertThat(page.locator("#standing-monitored")).hasText("Chưa được giám sát trong năm");
            // The dashboard: trained and monitored now (yes, one more), not fully active and well managed.
            page.navigate(url(list + "CLUBS_TRAINED_MONITORED"));
            assertThat(clubRow(page, club)).containsText("Có");
            page.navigate(url(list + "CLUBS_FULLY_ACTIVE_WELL_MANAGED"));
            assertThat(clubRow(page, club)).containsText("Không");
            page.navigate(url(dashboard));
            String after = page.locator("#fraction-CLUBS_TRAINED_MONITORED").textContent();
            org.assertj.core.api.Assertions.assertThat(numerator(after)).isEqualTo(numerator(before) + 1);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("oversight-dashboard-after-visit.png"))
                    .setFullPage(true));
        }
    }

    static com.microsoft.playwright.Locator clubRow(Page page, ClubView club) {
        return page.locator("#drill-list tr.drill-row")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(page.locator("a[href='/clubs/" + club.id() + "']")));
    }

    /** The numerator of "x / y" (the card's fraction line). */
    static int numerator(String fraction) {
        var m = java.util.regex.Pattern.compile("(\\d+)").matcher(fraction.replace(".", ""));
        if (!m.find()) throw new AssertionError("no figure in " + fraction);
        return Integer.parseInt(m.group(1));
    }
}
