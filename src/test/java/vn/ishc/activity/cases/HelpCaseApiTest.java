package vn.ishc.activity.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;

/** Cases over the API: opened, steps in order, closed once, stale versions refused, scope. */
@IntegrationTest
class HelpCaseApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post("/api/v1" + path)
                .with(httpBasic("demo-ward", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aCaseFromOpeningToItsOutcome() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long club = TestClubs.found(accounts, "demo-ward", clubs, "CLB trợ giúp thử", 42, today.minusYears(1))
                .id();
        String opened = send(
                        "/clubs/" + club + "/help-cases",
                        "{\"neighbourName\":\"Bà Y Hoa\",\"kind\":\"HEALTH_INSURANCE_CARD\",\"openedOn\":\"%s\"}"
                                .formatted(today.minusDays(20)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.area").value("RIGHTS"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
        send(
                        "/help-cases/" + id + "/steps",
                        "{\"version\":0,\"takenOn\":\"%s\",\"what\":\"Nộp hồ sơ\"}".formatted(today.minusDays(10)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        // a stale version
        send("/help-cases/" + id + "/steps", "{\"version\":0,\"takenOn\":\"%s\",\"what\":\"x\"}".formatted(today))
                .andExpect(status().isConflict());
        // before the last step
        send(
                        "/help-cases/" + id + "/close",
                        "{\"version\":1,\"closedOn\":\"%s\",\"outcome\":\"Có thẻ\"}".formatted(today.minusDays(11)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.closedOn").exists());
        send(
                        "/help-cases/" + id + "/close",
                        "{\"version\":1,\"closedOn\":\"%s\",\"outcome\":\"Có thẻ\"}".formatted(today))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedOn").value(today.toString()));
        send("/help-cases/" + id + "/steps", "{\"version\":2,\"takenOn\":\"%s\",\"what\":\"x\"}".formatted(today))
                .andExpect(status().isBadRequest());
        send(
                        "/clubs/" + club + "/help-cases",
                        "{\"neighbourName\":\"A\",\"kind\":\"PARTY\",\"openedOn\":\"%s\"}".formatted(today))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/help-cases/" + id).with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clubs/" + club + "/cases/" + id).with(user(accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isOk());
        mvc.perform(get("/clubs/" + club + "/cases/export.csv").with(user(accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isOk());
    }
}
