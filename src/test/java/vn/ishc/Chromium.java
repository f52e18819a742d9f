package vn.ishc;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Chromium ({@code /usr/bin/chromium}, from Debian's package; never a downloaded browser),
 * headless, for the browser tests of every module. Without Chromium the calling test class is skipped with
 * a printed warning, and fails instead in CI ({@code CI=true}). Screenshots go to {@link #SCREENSHOTS}.
 */
public final class Chromium implements AutoCloseable {
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium, or aborts the calling test (fails it in CI) when it is not installed. */
    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String message = "Chromium is not installed at " + EXECUTABLE + " (apt-get install chromium)";
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(message + ": required in CI");
            System.err.println("WARNING: " + message + ": the browser tests are SKIPPED.");
            Assumptions.abort(message);
        }
        // The H2 stage runs two test JVMs on two cores: a save and its redirect can take longer than the
        // 5 s Playwright waits by default for an assertion to hold. Waiting longer asserts no time at all.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** Logs a demo account (password {@code demo}) in through the login form of the server at {@code baseUrl}. */
    public static void logIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#login-submit").click();
    }

    /**
     * Opens a page from the menu as a person would: the menu button first on a narrow screen, then the group
     * the entry is in, then the entry.
     */
    public static void openFromMenu(Page page, String href) {
        Locator toggler = page.locator("nav.navbar .navbar-toggler");
        if (toggler.isVisible() && "false".equals(toggler.getAttribute("aria-expanded"))) toggler.click();
        Locator group = page.locator("nav.navbar .dropdown:has(a[href='" + href + "']) > .dropdown-toggle");
        if (group.count() > 0) group.first().click();
        page.locator("nav.navbar a[href='" + href + "']").first().click();
    }

    @Override
    public void close() {
        playwright.close();
    }
}
