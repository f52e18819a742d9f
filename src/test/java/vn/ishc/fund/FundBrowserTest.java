package vn.ishc.fund;

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
 * In the real Chromium on a 390 px phone: the demo club board (demo-club) records a loan application, the
 * club's treasurer (demo-club-2) approves it, pays it out and takes the first repayment, and then opens the
 * member's passbook. The meeting sheet does not exist yet, so the repayment is taken on the loan's repayment
 * form. Screenshots go to target/screenshots.
 */
@IntegrationTest
@Tag("browser")
class FundBrowserTest extends BrowserSession {

    @Autowired
    JdbcClient jdbc;

    void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    BrowserContext phone() {
        return browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(390, 844));
    }

    @Test
    void aLoanIsRecordedApprovedByASecondBoardMemberPaidOutRepaidAndSeenInThePassbook() {
        long club = jdbc.sql("select id from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        String loanUrl;
        String borrower;
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-club");
            page.navigate(url("/clubs/" + club));
            page.locator("#fund-open").click();
            assertThat(page.locator("#fund-balance-check")).containsText("Quỹ cân đối");
            shoot(page, "fund-overview");
            page.locator("#loan-new").click();
            page.locator("#membershipId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(3));
            borrower = page.locator("#membershipId option:checked").innerText().strip();
            page.locator("#purpose").selectOption("LIVESTOCK");
            page.locator("#amount").fill("5,5");
            page.locator("#termMonths").selectOption("6");
            page.locator("#apply-submit").click();
            assertThat(page.locator(".invalid-feedback").first()).containsText("không có phần lẻ");
            page.locator("#amount").fill("5.000.000");
            page.locator("#apply-submit").click();
            assertThat(page.locator("#loan-status")).hasText("Đã làm đơn, chờ duyệt");
            assertThat(page.locator("#loan-title")).containsText(borrower);
            loanUrl = page.url();
            page.locator("#approve").click();
            assertThat(page.locator("#refused")).containsText("không được tự duyệt");
            assertThat(page.locator("#loan-status")).hasText("Đã làm đơn, chờ duyệt");
            shoot(page, "fund-loan-own-approval");
        }
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-club-2");
            page.navigate(loanUrl);
            page.locator("#approve").click();
            assertThat(page.locator("#loan-status")).hasText("Đã duyệt, chờ giải ngân");
            page.locator("#disburse").click();
            assertThat(page.locator("#loan-status")).hasText("Đang vay");
            assertThat(page.locator("#schedule tr.instalment")).hasCount(6);
            page.locator("#repay").click();
            page.locator("#amount").fill("858.333");
            page.locator("#repay-submit").click();
            assertThat(page.locator("#flash")).containsText("25.000");
            assertThat(page.locator("#loan-outstanding")).hasText("4.166.667 ₫");
            assertThat(page.locator("#loan-history")).containsText("demo-club-2");
            shoot(page, "fund-loan-repaid");
            assertThat(page.locator("body")).not().hasCSS("overflow-x", "scroll");

            page.locator("nav.navbar a[href='/funds']").first().isVisible();
            page.navigate(url("/clubs/" + club + "/funds"));
            page.locator("#loans a", new Page.LocatorOptions().setHasText(borrower))
                    .first()
                    .isVisible();
            page.navigate(url("/clubs/" + club));
            page.locator("#club-members a", new Page.LocatorOptions().setHasText(borrower))
                    .first()
                    .click();
            page.locator("#passbook-open").click();
            assertThat(page.locator("#passbook-member")).hasText(borrower);
            assertThat(page.locator(".passbook-loan").first()).containsText("5.000.000 ₫");
            assertThat(page.locator(".passbook-loan").first()).containsText("Đang vay");
            shoot(page, "fund-passbook");
        }
    }
}
