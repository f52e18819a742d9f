package vn.ishc.report;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;

/**
 * The monthly report over the API: read, submit, a stale version (409), return without a comment (400),
 * approve, the lock in a write's problem, the month at a glance, another scope (404), and the .xlsx.
 */
@IntegrationTest
class MonthlyReportApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theChainOverTheApi() throws Exception {
        long club = TestClubs.found(accounts, "demo-ward", clubs, "CLB báo cáo API", 10, LocalDate.of(2020, 1, 1))
                .id();
        String base = "/api/v1/clubs/" + club + "/reports/2026-06";
        mvc.perform(get(base).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_STARTED"))
                .andExpect(jsonPath("$.live").value(true))
                .andExpect(jsonPath("$.content.members.atEnd").value(0));
        mvc.perform(post(base + "/submit")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"narrative\":\"Ổn định\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post(base + "/approve")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/return")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").exists());
        mvc.perform(post(base + "/accept").with(as("demo-city")).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post(base + "/approve").with(as("demo-club")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(base + "/approve").with(as("demo-ward")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.history.length()").value(2));
        mvc.perform(get("/api/v1/reports/monthly?month=2026-06&state=APPROVED").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.APPROVED").isNumber())
                .andExpect(jsonPath("$.rows[?(@.clubId == " + club + ")].state").value("APPROVED"));
        mvc.perform(get("/clubs/" + club + "/reports/2026-06/download").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(post(base + "/unlock")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Sửa ngày phiếu thu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REOPENED"))
                .andExpect(jsonPath("$.approvedVersions.length()").value(1));
    }
}
