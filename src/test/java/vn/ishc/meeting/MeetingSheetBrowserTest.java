package vn.ishc.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;

/**
 * The "done when", in the real Chromium on a 360 × 740 phone: the demo club's treasurer opens the
 * meeting sheet once (the service worker keeps it), loses the signal, marks attendance, takes a fee and a
 * repayment and saves; the sheet waits on the phone ("Đã lưu trên máy") and is sent when the signal comes
 * back, once: one meeting for the sheet's key, one fee in the cash book, one repayment on the loan, also when
 * the phone sends it again. The sheet never scrolls sideways at 360 px.
 *
 * <p>With {@code -Dishc.docs.screenshots=true} the screenshots of the user guide's treasurer section are
 * written to {@code docs/img/} (otherwise to {@code target/screenshots/}).
 */
@IntegrationTest
@Tag("browser")
class MeetingSheetBrowserTest extends BrowserSession {
    static final Path DOCS = Path.of("docs/img");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    void shoot(Page page, String name) {
        boolean docs = Boolean.getBoolean("ishc.docs.screenshots");
        Path to = (docs ? DOCS : Chromium.SCREENSHOTS).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(to));
    }

    /** The first day of this month, from today back, on which the club has no meeting standing. */
    LocalDate freeDay(long club) {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate d = today; !d.isBefore(today.withDayOfMonth(1)); d = d.minusDays(1)) {
            long n = jdbc.sql("select count(*) from meeting where club_id = ? and live_on = ?")
                    .param(club)
                    .param(d)
                    .query(Long.class)
                    .single();
            if (n == 0) return d;
        }
        throw new IllegalStateException("no free day this month");
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) spec = spec.param(p);
        return spec.query(Long.class).single();
    }

    static int occurrences(String text, String of) {
        int n = 0;
        for (int i = text.indexOf(of); i >= 0; i = text.indexOf(of, i + 1)) n++;
        return n;
    }

    @Test
    void aSheetSavedWithNoSignalIsSentOnceWhenTheSignalComesBack() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        long club = jdbc.sql("select id from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        LocalDate day = freeDay(club);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(360, 740)
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW))) {
            Page page = context.newPage();
            List<String> api = new ArrayList<>();
            page.onResponse(r -> {
                if (r.url().contains("/api/")) api.add(r.request().method() + " " + r.url() + " → " + r.status());
            });
            Chromium.logIn(page, url(""), "demo-club");
            String sheet = url("/clubs/" + club + "/meetings/sheet?on=" + day);
            page.navigate(sheet);
            page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
            // The first visit registered the worker; the sheet it keeps is the one opened under its control.
            page.reload();
            page.waitForFunction("() => !!navigator.serviceWorker.controller");
            page.waitForFunction(
                    "u => caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.match(u)))))"
                            + ".then(hits => hits.some(h => !!h))",
                    sheet);
            // On a loaded machine the page under the worker's control may take a while; say what came if not the form.
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            if (page.locator("#sheet-form").count() == 0)
                throw new AssertionError("no sheet form at " + page.url() + ": "
                        + page.locator("main").innerText());
            assertThat(page.locator("#sheet-form")).isVisible();
            assertThat(page.evaluate(
                            "u => fetch(u, {credentials: 'same-origin'}).then(r => r.status)",
                            "/api/v1/clubs/" + club + "/meeting-sheet?on=" + day))
                    .as("the API answers the page with its web session")
                    .isEqualTo(200);
            assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 360 px")
                    .isLessThanOrEqualTo(360);
            shoot(page, "meeting-sheet-top");

            context.setOffline(true);
            page.locator("#place").fill("Nhà văn hóa tổ dân phố 3");
            page.locator("#topics").fill("Chăm sóc sức khỏe mùa lạnh");
            Locator borrower = page.locator(".sheet-line:has(.repayment)").first();
            assertThat(borrower).isVisible();
            String loanId = borrower.locator(".repayment input[name$='.loanId']")
                    .first()
                    .inputValue();
            Locator absentee = page.locator(".sheet-line:not(:has(.repayment))").first();
            absentee.locator("label.attendance-choice", new Locator.LocatorOptions().setHasText("Vắng có phép"))
                    .click();
            borrower.locator("label.attendance-choice", new Locator.LocatorOptions().setHasText("Có mặt"))
                    .click();
            borrower.locator("input[name$='.fee']").fill("5.000");
            borrower.locator(".repayment input[name$='.amount']").first().fill("100.000");
            long present = page.locator(".sheet-line input[type=radio][value=PRESENT]:checked")
                    .count();
            assertThat(page.locator("#total-present")).hasText(String.valueOf(present));
            borrower.scrollIntoViewIfNeeded();
            shoot(page, "meeting-sheet-line");
            page.locator("#sheet-totals").scrollIntoViewIfNeeded();
            shoot(page, "meeting-sheet-totals");

            page.locator("#sheet-submit").click();
            assertThat(page.locator("#sheet-status")).containsText("Đã lưu trên máy, sẽ gửi khi có sóng");
            page.locator("#sheet-status").scrollIntoViewIfNeeded();
            shoot(page, "meeting-sheet-offline");
            String key = (String) page.evaluate("() => IshcOutbox.all().then(l => l.map(e => e.key).join(','))");
            assertThat(key).as("one sheet waiting on the phone").matches("[0-9a-f-]{36}");
            assertThat(count("select count(*) from meeting where sheet_key = ?", key))
                    .isZero();

            context.setOffline(false);
            try {
                page.waitForURL(Pattern.compile(".*/meetings/\\d+$"), new Page.WaitForURLOptions().setTimeout(60_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError(
                        "not sent: " + page.locator("#sheet-status").innerText() + "; API calls: "
                                + api + "; outbox: "
                                + page.evaluate("() => IshcOutbox.all().then(l => JSON.stringify(l))"));
            }
            long meeting = Long.parseLong(page.url().replaceAll(".*/", ""));
            assertThat(page.locator("#meeting-place")).hasText("Nhà văn hóa tổ dân phố 3");
            assertThat(page.locator("#meeting-money")).containsText("100.000 ₫");
            shoot(page, "meeting-page");
            assertThat((Integer) page.evaluate("() => IshcOutbox.all().then(l => l.length)"))
                    .as("the outbox is empty once sent")
                    .isZero();

            // The phone sends the same sheet again (a retry after a lost answer): nothing more is recorded.
            Object replayed = page.evaluate(
                    "([url, key]) => fetch(url, {method: 'POST', credentials: 'same-origin', headers: {"
                            + " 'Content-Type': 'application/json',"
                            + " [document.querySelector('meta[name=_csrf_header]').content]:"
                            + " document.querySelector('meta[name=_csrf]').content},"
                            + " body: JSON.stringify({key: key, heldOn: '" + day + "', lines: []})})"
                            + ".then(r => r.status)",
                    new Object[] {"/api/v1/clubs/" + club + "/meetings", key});
            assertThat(replayed).isEqualTo(200);

            assertThat(count("select count(*) from meeting where sheet_key = ?", key))
                    .isEqualTo(1);
            assertThat(count("select count(*) from meeting where club_id = ? and live_on = ?", club, day))
                    .isEqualTo(1);
            String document = "BH-" + meeting;
            assertThat(count(
                            "select count(distinct posting) from fund_entry where document_no = ?"
                                    + " and fund = 'ACTIVITY_FUND'",
                            document))
                    .as("the sheet's fees posted once, together")
                    .isEqualTo(1);
            assertThat(count(
                            "select count(distinct posting) from fund_entry where document_no = ? and loan_id = ?",
                            document,
                            Long.parseLong(loanId)))
                    .as("one repayment of the loan")
                    .isEqualTo(1);

            // Every fee of the sheet (the borrower's typed, the others' from the club's dues) once in the cash book.
            long fees = count("select count(*) from meeting_money where meeting_id = ? and kind = 'FEE'", meeting);
            assertThat(fees).isPositive();
            assertThat(count(
                            "select count(*) from fund_entry where document_no = ? and fund = 'ACTIVITY_FUND'",
                            document))
                    .as("one cash-book entry per fee taken")
                    .isEqualTo(fees);
            page.navigate(url("/clubs/" + club + "/cashbook?from=" + day + "&to=" + day));
            assertThat(occurrences(page.content(), ">" + document + "<"))
                    .as("the fees once each in the cash book")
                    .isEqualTo((int) fees);
            page.navigate(url("/loans/" + loanId));
            assertThat(occurrences(page.content(), ">" + document + "<"))
                    .as("the repayment's entries once each on the loan's page")
                    .isEqualTo((int) count(
                            "select count(*) from fund_entry where document_no = ? and loan_id = ?",
                            document,
                            Long.parseLong(loanId)));
        }
    }

    /** An API call as another board member's phone would make it (HTTP Basic); its status and body. */
    HttpResponse<String> api(String username, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSheetRefusedAfterTheSignalReturnsStaysOnThePhoneUntilItIsSentAgain() throws Exception {
        long club = jdbc.sql("select id from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        LocalDate day = freeDay(club);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(360, 740)
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW))) {
            Page page = context.newPage();
            Chromium.logIn(page, url(""), "demo-club");
            page.navigate(url("/clubs/" + club + "/meetings/sheet?on=" + day));
            context.setOffline(true);
            page.locator(".sheet-line input[name$='.fee']").first().fill("5.000");
            page.locator("#sheet-submit").click();
            assertThat(page.locator("#sheet-status")).containsText("Đã lưu trên máy");
            String key = (String) page.evaluate("() => IshcOutbox.all().then(l => l.map(e => e.key).join(','))");

            // Meanwhile the treasurer's colleague records that day's meeting from another phone.
            HttpResponse<String> other = api(
                    "demo-club-2",
                    "/api/v1/clubs/" + club + "/meetings",
                    "{\"key\":\"" + UUID.randomUUID() + "\",\"heldOn\":\"" + day + "\",\"lines\":[]}");
            assertThat(other.statusCode()).isEqualTo(201);
            String otherId = other.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");

            context.setOffline(false);
            assertThat(page.locator("#sheet-status"))
                    .containsText(
                            "đã có một buổi sinh hoạt", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#outbox")).isVisible();
            assertThat(page.locator("#outbox .outbox-entry")).hasCount(1);
            assertThat(page.locator("#outbox .outbox-entry")).containsText("đã có một buổi sinh hoạt");
            assertThat((String) page.evaluate("() => IshcOutbox.all().then(l => l.map(e => e.status).join(','))"))
                    .as("the refused sheet is kept, marked failed")
                    .isEqualTo("failed");
            page.locator("#outbox").scrollIntoViewIfNeeded();
            shoot(page, "meeting-sheet-not-sent");
            assertThat(count("select count(*) from meeting where sheet_key = ?", key))
                    .isZero();

            // The colleague's meeting was the wrong one: reversed, the treasurer's sheet is sent again.
            assertThat(api(
                                    "demo-club-2",
                                    "/api/v1/meetings/" + otherId + "/reversal",
                                    "{\"reason\":\"Ghi trùng, bảng thu của thủ quỹ là đúng\"}")
                            .statusCode())
                    .isEqualTo(200);
            page.locator("#outbox .outbox-entry a").click();
            page.locator("#sheet-submit").click();
            page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
            assertThat((Integer) page.evaluate("() => IshcOutbox.all().then(l => l.length)"))
                    .isZero();
            assertThat(count("select count(*) from meeting where sheet_key = ?", key))
                    .isEqualTo(1);
        }
    }
}
