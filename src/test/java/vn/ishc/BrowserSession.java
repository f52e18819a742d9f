package vn.ishc;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the machine's Chromium, launched once for the test class and closed
 * after it, and the address of the application under test. A browser test extends it and is annotated
 * {@code @IntegrationTest} and {@code @Tag("browser")}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserSession {
    @LocalServerPort
    protected int port;

    protected Chromium chromium;
    protected Browser browser;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    /** The address of a page of the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
