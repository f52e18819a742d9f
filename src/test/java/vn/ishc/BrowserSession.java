package vn.ishc;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the machine's Chromium and the address of the application under test. A
 * browser test extends it and is annotated {@code @IntegrationTest} and {@code @Tag("browser")}.
 *
 * <p>One Chromium serves every browser test class of the test JVM: it is launched by the first class that
 * needs it and closed when the JVM's tests are done (it lives in JUnit's root store, which closes it). Starting
 * Playwright's driver and the browser costs a few seconds each time; the tests never share a page, a cookie or
 * a storage, since each opens browser contexts of its own ({@code browser.newContext(…)} or
 * {@code browser.newPage()}) and closes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserSession {
    private static final Namespace SHARED = Namespace.create(BrowserSession.class);

    /** Hands the JVM's one Chromium to each browser test class (launching it the first time). */
    @RegisterExtension
    static final TestInstancePostProcessor ONE_CHROMIUM = (instance, context) -> {
        ExtensionContext.Store store = context.getRoot().getStore(SHARED);
        BrowserSession test = (BrowserSession) instance;
        test.chromium = store.computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
        test.browser = test.chromium.browser();
    };

    @LocalServerPort
    protected int port;

    protected Chromium chromium;
    protected Browser browser;

    /** The address of a page of the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
