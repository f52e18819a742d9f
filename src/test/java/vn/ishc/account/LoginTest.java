package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

    /** Logs in through the form; the session (kept in the database) travels in the SESSION cookie. */
    MvcResult login(String username, String password) throws Exception {
        return mvc.perform(
                        post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn();
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
    void fiveWrongPasswordsLockTheAccountForFormAndApiUntilAnAdministratorUnlocksIt() throws Exception {
        String name = newWardOfficer("correct-horse");
        for (int i = 0; i < 5; i++) login(name, "wrong-" + i);
        MvcResult result = login(name, "correct-horse");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", "").cookie(session(result)))
                .andExpect(content().string(containsString("Tài khoản tạm khóa")));
        mvc.perform(get("/api/v1/clubs").with(httpBasic(name, "correct-horse"))).andExpect(status().isUnauthorized());

        long id = accounts.findByUsername(name).orElseThrow().id();
        mvc.perform(post("/admin/accounts/" + id + "/unlock")
                        .with(user(details.loadUserByUsername("demo-admin")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(login(name, "correct-horse").getResponse().getRedirectedUrl())
                .isEqualTo("/");
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
