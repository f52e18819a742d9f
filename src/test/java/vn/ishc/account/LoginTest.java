package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;

@IntegrationTest
class LoginTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService service;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountUserDetailsService details;

    String newWardOfficer(String password) {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        service.open(new OpenAccount(name, "Test officer", password, Role.WARD_OFFICER, 42L, null));
        return name;
    }

    /**
     * Logs in through the form, from an address of this test's own (failed logins slow down the address they
     * come from, so each test that fails on purpose keeps to its own); the session (kept in the database)
     * travels in the SESSION cookie.
     */
    MvcResult login(String username, String password, String from) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(from))
                        .param("username", username)
                        .param("password", password))
                .andReturn();
    }

    MvcResult login(String username, String password) throws Exception {
        return login(username, password, "10.1.0." + (1 + (int) (Math.random() * 250)));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        UUID u = UUID.randomUUID();
        return "10." + (u.getMostSignificantBits() & 0x7f) + "." + (u.getLeastSignificantBits() & 0xff) + "."
                + ((u.getLeastSignificantBits() >>> 8) & 0xff);
    }

    static Cookie session(MvcResult result) {
        return result.getResponse().getCookie("SESSION");
    }

    @Test
    void loginPageIsVietnameseAndListsTheDemoAccountsInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")))
                .andExpect(content().string(containsString("demo-city")))
                .andExpect(content().string(containsString("Cán bộ thành phố")));
    }

    @Test
    void aPersonLogsInWithTheFormAndOutAgain() throws Exception {
        MvcResult result = login("demo-city", "demo");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = session(result);
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội NCT thành phố Buôn Ma Thuột (demo)")));
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").param("username", "demo-city").param("password", "demo"))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
        String name = newWardOfficer("correct-horse");
        MvcResult result = login(name, "wrong");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", "").cookie(session(result)))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void aStrangersWrongPasswordsNeverLockTheOwnerOut() throws Exception {
        String name = newWardOfficer("correct-horse");
        String stranger = newAddress();
        for (int i = 0; i < 12; i++) login(name, "wrong-" + i, stranger);
        for (int i = 0; i < 12; i++)
            mvc.perform(get("/api/v1/clubs").with(httpBasic(name, "guess-" + i)).with(from(stranger)));

        String owner = newAddress();
        assertThat(login(name, "correct-horse", owner).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        mvc.perform(get("/api/v1/clubs").with(httpBasic(name, "correct-horse")).with(from(owner)))
                .andExpect(status().isOk());
    }

    @Test
    void anAddressThatKeepsFailingWaitsAndHearsTheSameForAnyName() throws Exception {
        String name = newWardOfficer("correct-horse");
        String here = newAddress();
        for (int i = 0; i < 5; i++) login(name, "wrong-" + i, here);
        // Now even the right password waits: the address is throttled for this name, before any check.
        MvcResult held = login(name, "correct-horse", here);
        assertThat(held.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String existing = mvc.perform(get("/login").param("error", "").cookie(session(held)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(existing).contains("Đã có nhiều lần đăng nhập sai từ máy này. Vui lòng đợi");

        String elsewhere = newAddress();
        String nobody = "no-such-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) login(nobody, "wrong-" + i, elsewhere);
        MvcResult unknown = login(nobody, "anything", elsewhere);
        String forUnknown = mvc.perform(get("/login").param("error", "").cookie(session(unknown)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(forUnknown).contains("Đã có nhiều lần đăng nhập sai từ máy này. Vui lòng đợi");
        // Before the throttle, a wrong password and an unknown name hear the same too.
        assertThat(mvc.perform(get("/login").param("error", "").cookie(session(login(nobody, "x", newAddress()))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void theApiAnswersTooManyRequestsWithWhenToComeBack() throws Exception {
        String name = newWardOfficer("correct-horse");
        String here = newAddress();
        for (int i = 0; i < 5; i++)
            mvc.perform(get("/api/v1/clubs").with(httpBasic(name, "wrong-" + i)).with(from(here)))
                    .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/clubs")
                        .with(httpBasic(name, "correct-horse"))
                        .with(from(here))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(containsString("Vui lòng đợi")));
    }

    @Test
    void manyAddressesFailingForOneNameAreListedForTheAdministrator() throws Exception {
        String name = newWardOfficer("correct-horse");
        String first = newAddress();
        login(name, "wrong", first);
        login(name, "wrong", newAddress());
        mvc.perform(get("/admin/logins").with(user(details.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(first)));
        mvc.perform(get("/admin/accounts").with(user(details.loadUserByUsername("demo-admin"))))
                .andExpect(content().string(containsString("2 lần đăng nhập sai (24 giờ)")));
        mvc.perform(get("/admin/logins").with(user(details.loadUserByUsername("demo-city"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPersonChangesTheirPassword() throws Exception {
        String name = newWardOfficer("old-password");
        var me = user(details.loadUserByUsername(name));
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "not-mine")
                        .param("newPassword", "new-password")
                        .param("confirmPassword", "new-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "old-password")
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự.")));
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "old-password")
                        .param("newPassword", "new-password")
                        .param("confirmPassword", "other-password"))
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp.")));
        assertThat(encoder.matches(
                        "old-password",
                        accounts.findByUsername(name).orElseThrow().passwordHash()))
                .isTrue();
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "old-password")
                        .param("newPassword", "new-password")
                        .param("confirmPassword", "new-password"))
                .andExpect(redirectedUrl("/"));
        assertThat(encoder.matches(
                        "new-password",
                        accounts.findByUsername(name).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheConfiguredPassword() {
        Account admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("first-admin-secret", admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }
}
