package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

/** Friendly error pages in both languages, and the language switch. */
@IntegrationTest
class ErrorPagesTest {
    static final Cookie ENGLISH = new Cookie("ishc-lang", "en");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @LocalServerPort
    int port;

    @Test
    void notFoundIsAFriendlyPageInTheUsersLanguage() throws Exception {
        var ward = user(accounts.loadUserByUsername("demo-ward"));
        mvc.perform(get("/units/999999").with(ward))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
        mvc.perform(get("/units/999999").with(ward).cookie(ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")))
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    @Test
    void badParametersAreAFriendlyPage() throws Exception {
        var ward = user(accounts.loadUserByUsername("demo-ward"));
        mvc.perform(get("/units").param("asOf", "31/02/2025").with(ward))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yêu cầu không hợp lệ")));
        mvc.perform(get("/clubs/abc").with(ward).cookie(ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bad request")));
    }

    @Test
    void anUnexpectedFailureShowsTheFriendlyPageAndNoStackTrace() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form =
                "username=demo-city&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> failure = http.send(
                HttpRequest.newBuilder(URI.create(base + "/test/unexpected-failure"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.body()).contains("Đã có lỗi", "Dữ liệu của bạn không bị thay đổi");
        assertThat(failure.body()).doesNotContain("IllegalStateException", "simulated bug", "at vn.ishc");
    }

    @Test
    void forbiddenIsAFriendlyPage() throws Exception {
        mvc.perform(get("/admin/accounts")
                        .with(user(accounts.loadUserByUsername("demo-viewer")))
                        .cookie(ENGLISH))
                .andExpect(status().isForbidden());
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 403)
                        .accept(MediaType.TEXT_HTML)
                        .with(user(accounts.loadUserByUsername("demo-viewer"))))
                .andExpect(content().string(containsString("Không có quyền")));
    }

    @Test
    void pagesCarrySecurityHeadersAndTheApiIsDocumented() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"));
        mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/js/upload-progress.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("demo-city"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/units/{id}")))
                .andExpect(content().string(containsString("/api/v1/clubs")));
        mvc.perform(get("/swagger-ui/index.html").with(user(accounts.loadUserByUsername("demo-city"))))
                .andExpect(status().isOk());
        // API clients read the description with HTTP Basic, as they call the API; without a login, 401.
        mvc.perform(get("/v3/api-docs")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/clubs")));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsToThePage() throws Exception {
        mvc.perform(post("/language").with(csrf()).param("lang", "en").param("back", "/units?asOf=2024-01-01"))
                .andExpect(redirectedUrl("/units?asOf=2024-01-01"))
                .andExpect(cookie().value("ishc-lang", "en"));
        mvc.perform(post("/language").with(csrf()).param("lang", "en").param("back", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/units")
                        .with(user(accounts.loadUserByUsername("demo-city")))
                        .cookie(ENGLISH))
                .andExpect(content().string(containsString("Administrative units")))
                .andExpect(content().string(not(containsString("Đơn vị hành chính"))));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Đăng nhập")));
    }
}
