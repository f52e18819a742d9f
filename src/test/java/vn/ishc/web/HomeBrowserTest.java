package vn.ishc.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.member.MemberRegistry;

/**
 * The treasurer's home on a 360 × 740 phone, in the real Chromium: this month's repayments, late first; one
 * tap on a borrower's "Thu nợ" opens the repayment with what is due already typed; saving it comes back with
 * the split. The menu's groups open on the phone. Then each officer's and the administrator's home.
 *
 * <p>With {@code -Dishc.docs.screenshots=true} the user guide's screenshots of the home pages are written to
 * {@code docs/img/} (otherwise to {@code target/screenshots/}).
 */
@IntegrationTest
@Tag("browser")
class HomeBrowserTest extends BrowserSession {
    static final Path DOCS = Path.of("docs/img");

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    ClubFunds funds;

    @Autowired
    Clock clock;

    void shoot(Page page, String name) {
        boolean docs = Boolean.getBoolean("ishc.docs.screenshots");
        Path to = (docs ? DOCS : Chromium.SCREENSHOTS).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(to).setFullPage(true));
    }

    @Test
    void theTreasurersHomeLeadsToARepaymentWithWhatIsDueTyped() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        LocalDate today = LocalDate.now(clock);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(360, 740))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-club-2");
            assertThat(page.locator("#home-board-funds")).isVisible();
            assertThat(page.locator("#home-board-meetings")).isVisible();
            assertThat(page.locator("#home-board-reports")).isVisible();
            shoot(page, "home-club-board");
            assertThat(page.locator("body")).not().hasCSS("overflow-x", "scroll");

            Locator first = page.locator(".home-repay").first();
            String href = first.getAttribute("href");
            long loan = Long.parseLong(href.replaceAll("\\D", ""));
            long club = fixture.as("demo-club-2", () -> clubs.visible()).get(0).id();
            Owed owed = fixture.as("demo-club-2", () -> funds.owedOn(club, today)).stream()
                    .filter(o -> o.loanId() == loan)
                    .findFirst()
                    .orElseThrow();
            first.click();
            assertThat(page.locator("#amount")).not().hasValue("");
            if (owed.due().dong() > 0)
                assertThat(page.locator("#amount")).hasValue(owed.due().format());
            page.locator("#repay-submit").click();
            assertThat(page.locator("#flash")).isVisible();

            page.navigate(url("/"));
            page.locator(".navbar-toggler").click();
            page.locator("#nav-group-plan").click();
            assertThat(page.locator("#nav-plans")).isVisible();
            shoot(page, "home-menu-phone");
        }
        for (String[] who : new String[][] {
            {"demo-ward", "home-ward", "#home-attention"},
            {"demo-city", "home-city", "#home-city-plan"},
            {"demo-admin", "home-admin", "#home-admin"}
        }) {
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900))) {
                Page page = context.newPage();
                Chromium.logIn(page, url(""), who[0]);
                assertThat(page.locator(who[2])).isVisible();
                shoot(page, who[1]);
            }
        }
        Page page = browser.newPage();
        Chromium.logIn(page, url(""), "demo-city");
        page.navigate(url("/funds?sort=-arrears"));
        assertThat(page.locator("#fund-totals")).isVisible();
        assertThat(page.locator("tr.fund-club")).not().hasCount(0);
        shoot(page, "fund-list-city");
        page.close();
    }
}
