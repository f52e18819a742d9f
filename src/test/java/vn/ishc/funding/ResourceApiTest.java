package vn.ishc.funding;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;

/**
 * The resources API and pages: recorded, read, corrected and cancelled; refusals as 400 problems naming the
 * field (loan-fund capital, amounts with a fraction, another ward's recipient); another ward's entry is 404 for
 * a ward officer; a club's board may not record (403); the totals; the pages and exports answer.
 */
@IntegrationTest
class ResourceApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    static String body(long unit, String amount, boolean capital) {
        return """
                {"source":"SOCIALISATION","kind":"MONEY","donor":"Công ty B","receivedOn":"2026-10-01",
                 "amount":%s,"purpose":"Hỗ trợ CLB","level":"WARD","unitId":%d,"loanFundCapital":%s}""".formatted(amount, unit, capital);
    }

    ResultActions send(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/resources")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void recordedReadCorrectedCancelledAndScoped() throws Exception {
        String created = send("demo-ward", body(42, "2500000", false))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(2_500_000))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/resources/" + id).with(httpBasic("demo-city", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.donor").value("Công ty B"));
        mvc.perform(put("/api/v1/resources/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"resource\":" + body(42, "3000000", false) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(3_000_000))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/resources/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"resource\":" + body(42, "1", false) + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/resources/" + id + "/cancellation")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Ghi nhầm\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancellation.reason").value("Ghi nhầm"));

        // Another ward's entry: not found for this ward's officer; recording there is refused.
        String other = send("demo-city", body(40, "700000", false))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int otherId = JsonPath.read(other, "$.id");
        mvc.perform(get("/api/v1/resources/" + otherId).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        // A unit outside the scope is not found, as one that does not exist (issue 17).
        mvc.perform(get("/api/v1/resources?unit=40").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        send("demo-ward", body(40, "700000", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.unitId").exists());
        send("demo-club", body(42, "700000", false)).andExpect(status().isForbidden());
    }

    @Test
    void refusalsNameTheirField() throws Exception {
        send("demo-ward", body(42, "1000000", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.loanFundCapital", containsString("quỹ")));
        send("demo-ward", body(42, "1000.5", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").exists());
        send("demo-ward", body(42, "1000", false).replace("2026-10-01", "2099-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.receivedOn").exists());
        mvc.perform(get("/api/v1/resources/totals?year=99999").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTotalsAndThePagesAnswer() throws Exception {
        mvc.perform(get("/api/v1/resources/totals?year=2024&unit=3").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bySource[0].source").value("STATE_BUDGET"))
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/resources?year=2024").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"resource-totals\"")));
        mvc.perform(get("/resources/new").with(as("demo-ward"))).andExpect(status().isOk());
        mvc.perform(get("/resources/new").with(as("demo-viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/resources/export.xlsx?year=2024").with(as("demo-city")))
                .andExpect(status().isOk());
        mvc.perform(get("/resources/export.csv").with(as("demo-ward"))).andExpect(status().isOk());
        mvc.perform(get("/tasks?year=2024").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-year\"")));
        mvc.perform(get("/api/v1/tasks?year=2024").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].agency").value("CITY_ASSOCIATION"));
    }
}
