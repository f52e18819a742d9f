package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

@IntegrationTest
class AccountAdminTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    AccountUserDetailsService details;

    @Autowired
    Accounts accounts;

    @Test
    void anAdministratorOpensAnAccountWhoseScopeTakesEffect() throws Exception {
        mvc.perform(get("/admin/accounts").with(user(details.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("demo-ward")));
        mvc.perform(post("/admin/accounts/new")
                        .with(user(details.loadUserByUsername("demo-admin")))
                        .with(csrf())
                        .param("username", "tan-an-officer")
                        .param("displayName", "Hội NCT phường Tân An")
                        .param("password", "a-good-password")
                        .param("role", "WARD_OFFICER")
                        .param("scopeUnitId", "41"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/api/v1/clubs")
                        .with(httpBasic("tan-an-officer", "a-good-password"))
                        .param("size", "500"))
                .andExpect(jsonPath("$.content[*].name")
                        .value(org.hamcrest.Matchers.hasItem("CLB Liên thế hệ tự giúp nhau Tân An")))
                // Only clubs recorded under the 2025 Phường Tân An or the three units it was formed from.
                .andExpect(jsonPath("$.content[*].unitId")
                        .value(org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.isIn(java.util.List.of(12, 23, 25, 41)))));
    }

    @Test
    void badAccountFormsAreRefusedWithMessages() throws Exception {
        long before = accounts.count();
        var admin = user(details.loadUserByUsername("demo-admin"));
        mvc.perform(post("/admin/accounts/new")
                        .with(admin)
                        .with(csrf())
                        .param("username", "demo-city")
                        .param("displayName", "Duplicate")
                        .param("password", "a-good-password")
                        .param("role", "CITY_OFFICER")
                        .param("scopeUnitId", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng.")));
        mvc.perform(post("/admin/accounts/new")
                        .with(admin)
                        .with(csrf())
                        .param("username", "no-scope")
                        .param("displayName", "No scope")
                        .param("password", "a-good-password")
                        .param("role", "WARD_OFFICER"))
                .andExpect(content().string(containsString("Vai trò này cần chọn đơn vị phụ trách.")));
        mvc.perform(post("/admin/accounts/new")
                        .with(admin)
                        .with(csrf())
                        .param("username", "bad-role")
                        .param("displayName", "Bad")
                        .param("password", "a-good-password")
                        .param("role", "EMPEROR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không hợp lệ.")));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void theAccountListAndTheUnitTreeExportToExcelAndCsv() throws Exception {
        var xlsx = mvc.perform(get("/admin/accounts/export.xlsx").with(user(details.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk())
                .andReturn();
        var accountsTable =
                vn.ishc.shared.SpreadsheetReader.read(xlsx.getResponse().getContentAsByteArray(), 1000);
        assertThat(accountsTable.header()).contains("Tên đăng nhập", "Vai trò");
        assertThat(accountsTable.rows()).anyMatch(r -> "demo-ward".equals(r.value(0)));
        mvc.perform(get("/admin/accounts/export.csv").with(user(details.loadUserByUsername("demo-city"))))
                .andExpect(status().isForbidden());
        var units = mvc.perform(get("/units/export.csv")
                        .param("asOf", "2024-01-01")
                        .param("parent", "3")
                        .with(user(details.loadUserByUsername("demo-viewer"))))
                .andExpect(status().isOk())
                .andReturn();
        String csv = units.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("Phường Thắng Lợi");
        assertThat(csv.lines().count()).isEqualTo(22);
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(user(details.loadUserByUsername("demo-city"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/new")
                        .with(user(details.loadUserByUsername("demo-ward")))
                        .with(csrf())
                        .param("username", "sneaky")
                        .param("displayName", "Sneaky")
                        .param("password", "a-good-password")
                        .param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername("sneaky")).isEmpty();
    }
}
