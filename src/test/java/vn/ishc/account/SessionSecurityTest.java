package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ishc.IntegrationTest;

/**
 * The session and its cookie (docs/security.md, "Protections and their tests"): the session id changes at
 * login, so an id planted before it is worth nothing; a form posted without the CSRF token is refused and
 * changes nothing; the SESSION cookie is HttpOnly and SameSite=Lax, and Secure with HSTS only when the
 * request came over HTTPS, directly or as the reverse proxy says in {@code X-Forwarded-Proto}.
 */
@IntegrationTest
class SessionSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static Cookie session(MvcResult result) {
        return result.getResponse().getCookie("SESSION");
    }

    MvcResult login(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.77.0.1");
                            return r;
                        })
                        .param("username", "demo-city")
                        .param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    @Test
    void theSessionIdChangesAtLoginAndThePlantedOneStaysAnonymous() throws Exception {
        Cookie planted =
                session(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
        assertThat(planted)
                .as("the login page starts a session (for its CSRF token)")
                .isNotNull();

        MvcResult loggedIn = login(post("/login").cookie(planted));
        Cookie renewed = session(loggedIn);
        assertThat(loggedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(renewed).isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(planted.getValue());

        mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(planted)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Cookie session = session(login(post("/login")));
        long tokens =
                jdbc.sql("select count(*) from api_token").query(Long.class).single();

        mvc.perform(post("/account/tokens").cookie(session).param("name", "no token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single())
                .isEqualTo(tokens);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk()); // still logged in
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureWithHstsOnlyOverHttps() throws Exception {
        MvcResult plain = login(post("/login"));
        String cookie = setCookie(plain);
        assertThat(cookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();

        MvcResult proxied = login(post("/login").header("X-Forwarded-Proto", "https"));
        assertThat(setCookie(proxied))
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Secure");
        assertThat(proxied.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    /**
     * Which address a failed login is counted against behind a proxy: the left-most of {@code
     * X-Forwarded-For}, as a client may have written it. That is why the proxy must set the header to the
     * address it sees, not append to what the client sent (docs/operations.md, the nginx example).
     */
    @Test
    void behindTheProxyTheLeftMostForwardedAddressIsTheOneCounted() throws Exception {
        String name = "t-xff-" + System.nanoTime();
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.77.0.2");
                            return r;
                        })
                        .header("X-Forwarded-For", "203.0.113.5, 198.51.100.7")
                        .param("username", name)
                        .param("password", "wrong"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select source from login_failure where username = ?")
                        .param(name)
                        .query(String.class)
                        .list())
                .containsExactly("203.0.113.5");
    }

    static String setCookie(MvcResult result) {
        List<String> cookies = result.getResponse().getHeaders("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + cookies));
    }
}
