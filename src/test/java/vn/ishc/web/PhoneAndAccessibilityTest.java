package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;

/**
 * Phones and accessibility (issue 18). Every page reachable from the menu of every demo role, and the first
 * page each kind of list links to, is opened in the machine's Chromium (a page another role already reached at
 * the same address is not opened again, the home page with its menu is opened for every role) and checked at
 * 1366 px and at 360 px:
 * axe-core (the {@code axe.min.js} of Deque's Maven artifact, injected into the page) finds nothing serious or
 * critical at either width, and at 360 px no page is wider than the screen, with the phone menu open too.
 * The money the issue named stays in sight on a phone without scrolling sideways: the cash book's balance,
 * the loan list's outstanding and the field to fix in an imported row. One browser, one login per role.
 */
@IntegrationTest
@Tag("browser")
class PhoneAndAccessibilityTest extends BrowserSession {
    static final int PHONE = 360;
    static final int DESKTOP = 1366;
    /** One demo account of each role (demo-club-2 is a second board member, with demo-club's menu and scope). */
    static final List<String> ROLES = List.of("demo-admin", "demo-city", "demo-ward", "demo-club", "demo-viewer");

    /** What the crawl found, once for the class: axe findings and pages wider than the phone. */
    record Crawl(List<String> findings, List<String> tooWide, int pages) {}

    private Crawl crawl;

    @Autowired
    JdbcClient jdbc;

    static String axeScript() {
        try (InputStream in = PhoneAndAccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical axe findings on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> axe(Page page, String axe, String where) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) page.evaluate(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' '"
                        + " + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))})))");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact))
                found.add(where + ": " + impact + " " + v.get("id") + " " + v.get("nodes"));
        }
        return found;
    }

    static int width(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /** The first few elements that reach past the right edge of the screen, to say what makes a page too wide. */
    static Object pastTheEdge(Page page) {
        return page.evaluate("() => [...document.querySelectorAll('body *')].filter(e =>"
                + " e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                + " && e.getBoundingClientRect().width > 0).slice(0, 3).map(e => e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.'"
                + " + e.className.trim().split(/\\s+/).join('.') : ''))");
    }

    /** The application's own pages the menu (and the user menu) of this page links to. */
    @SuppressWarnings("unchecked")
    static List<String> menu(Page page) {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('nav.navbar a[href]')]"
                + ".map(a => a.getAttribute('href')).filter(h => h.startsWith('/') && !h.startsWith('//'))");
    }

    /** The first page of this application that a table of the page links to (a list's first row). */
    static String firstRowLink(Page page) {
        Object href = page.evaluate("() => { const a = [...document.querySelectorAll('main table tbody a[href]')]"
                + ".map(a => a.getAttribute('href')).find(h => h.startsWith('/') && !/\\.(xlsx|csv|pdf)(\\?|$)/.test(h)"
                + " && h.split('?')[0] !== location.pathname); return a || null; }");
        return (String) href;
    }

    /**
     * Opens the page and checks it at both widths; false when another role's visit already checked the page it
     * ended on (the same template and address), which is then not checked again.
     */
    boolean check(Page page, String path, String who, Crawling crawling) {
        page.setViewportSize(DESKTOP, 900);
        page.navigate(url(path));
        String landed = page.url().replaceFirst("^https?://[^/]+", "").split("#")[0];
        boolean home = "/".equals(path);
        if (!home && !crawling.seen.add(landed)) return false;
        String where = who + " " + landed;
        crawling.findings.addAll(axe(page, crawling.axe, where + " @" + DESKTOP));
        page.setViewportSize(PHONE, 740);
        page.waitForTimeout(200); // app.js settles the tables after a resize
        crawling.findings.addAll(axe(page, crawling.axe, where + " @" + PHONE));
        int wide = width(page);
        if (wide > PHONE) crawling.tooWide.add(where + ": " + wide + " px " + pastTheEdge(page));
        Locator toggler = page.locator("nav.navbar .navbar-toggler");
        if (toggler.isVisible()) {
            toggler.click();
            page.locator("#nav.show").waitFor();
            page.waitForTimeout(400); // Bootstrap's collapse animation
            int open = width(page);
            if (open > PHONE) crawling.tooWide.add(where + " (menu open): " + open + " px");
            // The menu is the same on every page of a role: its own findings are looked for on the home page.
            if (home) crawling.findings.addAll(axe(page, crawling.axe, where + " @" + PHONE + " menu open"));
        }
        System.out.println("PhoneAndAccessibilityTest: checked " + where + ", findings so far "
                + crawling.findings().size() + ", too wide "
                + crawling.tooWide().size());
        return true;
    }

    /** What a crawl carries from page to page. */
    record Crawling(String axe, List<String> findings, List<String> tooWide, Set<String> seen) {}

    synchronized Crawl crawl() {
        if (crawl != null) return crawl;
        Crawling crawling = new Crawling(axeScript(), new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>());
        Set<String> detailPatterns = new LinkedHashSet<>();
        int pages = 0;
        for (String role : ROLES) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
                Page page = context.newPage();
                Chromium.logIn(page, url(""), role);
                page.waitForLoadState(LoadState.LOAD);
                Set<String> paths = new LinkedHashSet<>();
                paths.add("/");
                paths.addAll(menu(page));
                for (String path : paths) {
                    if (!check(page, path, role, crawling)) continue;
                    pages++;
                    String detail = firstRowLink(page);
                    if (detail != null
                            && detailPatterns.add(detail.split("\\?")[0].replaceAll("\\d+", "N"))
                            && check(page, detail, role, crawling)) pages++;
                }
            }
        }
        crawl = new Crawl(crawling.findings(), crawling.tooWide(), pages);
        System.out.println("PhoneAndAccessibilityTest: " + pages + " pages checked: " + crawling.seen());
        return crawl;
    }

    @Test
    void noPageOfAnyRoleHasASeriousOrCriticalAxeFindingAt1366Or360Pixels() {
        Crawl crawl = crawl();
        assertThat(crawl.pages()).isGreaterThan(20);
        assertThat(crawl.findings()).isEmpty();
    }

    @Test
    void noPageOfAnyRoleIsWiderThanA360PixelPhoneWithTheMenuOpenOrShut() {
        Crawl crawl = crawl();
        assertThat(crawl.pages()).isGreaterThan(20);
        assertThat(crawl.tooWide()).isEmpty();
    }

    /** The element is shown and lies wholly inside the phone's width, so nobody has to scroll sideways to it. */
    static void inSight(Page page, Locator element, String what) {
        element.waitFor();
        assertThat(element.isVisible()).as(what + " is shown").isTrue();
        BoundingBox box = element.boundingBox();
        assertThat(box.x).as(what + " starts on the screen").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " ends on the screen").isLessThanOrEqualTo(PHONE);
        assertThat(width(page))
                .as(what + ": the page is no wider than the phone")
                .isLessThanOrEqualTo(PHONE);
    }

    @Test
    void theCashBooksBalanceTheLoansOutstandingAndAnImportedRowsFieldToFixAreInSightOnAPhone() throws Exception {
        long club = jdbc.sql("select id from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = phone.newPage();
            Chromium.logIn(page, url(""), "demo-club");

            page.navigate(url("/clubs/" + club + "/cashbook"));
            Locator line = page.locator("tr.statement-line").last();
            inSight(page, line.locator("td.statement-balance"), "a cash-book line's balance");
            assertThat(line.locator("td.statement-balance").innerText()).matches("-?[\\d.]+\u00a0₫");
            inSight(page, page.locator("#closing-balance"), "the cash book's closing balance");

            page.navigate(url("/clubs/" + club + "/funds"));
            Locator loan = page.locator("#loans tr.loan-row").first();
            inSight(page, loan.locator("td.loan-outstanding"), "a loan's outstanding");
            // Days overdue, where a loan of the club is late now (other tests on the shared database may
            // have repaid the demo club's late loans before this one runs).
            Locator overdue = page.locator("#loans td.loan-overdue:not(:empty)");
            if (overdue.count() > 0) inSight(page, overdue.first(), "a loan's days overdue");

            loan.locator("a").first().click();
            Locator instalment = page.locator("#schedule tr.instalment").first();
            inSight(page, instalment.locator("td.instalment-fee"), "an instalment's fee");
            inSight(page, instalment.locator("td.instalment-status"), "an instalment's status");

            page.navigate(url("/clubs/" + club));
            page.locator("#member-import").click();
            page.locator("#import-file").setInputFiles(BrowserTest.memberList("P" + System.nanoTime() % 100_000));
            page.locator("#import-upload").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                            page.locator("#import-rows tr.import-row"))
                    .hasCount(4);
            Locator flagged =
                    page.locator("tr.import-row", new Page.LocatorOptions().setHas(page.locator("li.row-error")));
            inSight(page, flagged.locator("li.row-error"), "the row's error");
            inSight(page, flagged.locator("td.cell-fullName"), "the flagged row's name");
            assertThat(flagged.locator("td.cell-fullName").innerText()).contains("Trần Văn Phúc");
            inSight(page, flagged.locator("td.cell-sex"), "the flagged row's wrong field");
            flagged.locator("a.fix-row").click();
            page.locator("tr.import-row-edit input[name=sex]").waitFor();
            inSight(page, page.locator("tr.import-row-edit input[name=sex]"), "the field to fix");
            Locator error = page.locator("tr.import-row-edit li.row-error");
            Locator field = page.locator("tr.import-row-edit input[name=sex]");
            assertThat(field.boundingBox().y - error.boundingBox().y)
                    .as("the field to fix is within a screen of its error")
                    .isLessThan(740);
            page.locator("#import-discard").click();
        }
    }
}
