package vn.ishc.activity.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.DemoClubs;

/**
 * Home care over the API: a new club's figures from nothing (volunteers below the norm of 5 until the fifth,
 * visits this month, people not visited for 30 days), the rules through JSON, scope and read-only scopes, the
 * access log, the exports, and the demo's clubs below and above the norm.
 */
@IntegrationTest
class HomeCareApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    long club;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        // a club of the ward's own, founded a year ago, with no home care yet
        club = TestClubs.found(accounts, "demo-ward", clubs, "CLB chăm sóc thử", 42, today.minusYears(1))
                .id();
    }

    ResultActions send(String user, String path, String json) throws Exception {
        return mvc.perform(post("/api/v1" + path)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void theFiguresOfANewClubFollowWhatIsRecorded() throws Exception {
        long[] volunteers = new long[5];
        for (int i = 0; i < 5; i++) {
            volunteers[i] = id(send(
                            "demo-ward",
                            "/clubs/" + club + "/care-volunteers",
                            "{\"fullName\":\"Tình nguyện viên " + i + "\",\"phone\":\"0905 123 45" + i
                                    + "\",\"since\":\"" + today.minusMonths(6) + "\"}")
                    .andExpect(status().isCreated()));
            boolean below = i < 4;
            mvc.perform(get("/api/v1/clubs/" + club + "/home-care").with(httpBasic("demo-ward", "demo")))
                    .andExpect(jsonPath("$.volunteers").value(i + 1))
                    .andExpect(jsonPath("$.belowNorm").value(below));
        }
        long visited = id(send(
                        "demo-ward",
                        "/clubs/" + club + "/care-recipients",
                        "{\"fullName\":\"Bà Lộc\",\"frail\":true,\"alone\":true,\"since\":\"" + today.minusMonths(5)
                                + "\"}")
                .andExpect(status().isCreated()));
        id(send(
                        "demo-ward",
                        "/clubs/" + club + "/care-recipients",
                        "{\"fullName\":\"Ông Sáu\",\"disabled\":true,\"since\":\"" + today.minusMonths(5) + "\"}")
                .andExpect(status().isCreated()));
        send(
                        "demo-ward",
                        "/clubs/" + club + "/care-pairings",
                        "{\"volunteerId\":%d,\"recipientId\":%d,\"since\":\"%s\"}"
                                .formatted(volunteers[0], visited, today.minusMonths(5)))
                .andExpect(status().isCreated());
        send(
                        "demo-ward",
                        "/clubs/" + club + "/care-visits",
                        "{\"visitedOn\":\"%s\",\"volunteerId\":%d,\"recipientId\":%d,\"services\":[\"COMPANY\",\"HEALTH_MONITORING\"]}"
                                .formatted(today, volunteers[0], visited))
                .andExpect(status().isCreated());
        send(
                        "demo-ward",
                        "/clubs/" + club + "/care-visits",
                        "{\"visitedOn\":\"%s\",\"volunteerId\":%d,\"recipientId\":%d,\"services\":[\"HOUSEWORK\"]}"
                                .formatted(YearMonth.from(today).minusMonths(1).atDay(1), volunteers[1], visited))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/clubs/" + club + "/home-care").with(httpBasic("demo-ward", "demo")))
                .andExpect(jsonPath("$.recipients").value(2))
                .andExpect(jsonPath("$.visitsThisMonth").value(1))
                .andExpect(jsonPath("$.notVisited").value(1))
                .andExpect(jsonPath("$.recipientList[?(@.fullName == 'Ông Sáu')].notVisited")
                        .value(true))
                .andExpect(jsonPath("$.recipientList[?(@.fullName == 'Bà Lộc')].notVisited")
                        .value(false));
        // the volunteer stops today; a visit tomorrow would be in the future anyway, one before the start is refused
        send("demo-ward", "/care-volunteers/" + volunteers[4] + "/end", "{\"until\":\"" + today + "\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/clubs/" + club + "/home-care").with(httpBasic("demo-ward", "demo")))
                .andExpect(jsonPath("$.volunteers").value(5));
        send("demo-ward", "/care-volunteers/" + volunteers[3] + "/end", "{\"until\":\"" + today.minusDays(1) + "\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/clubs/" + club + "/home-care").with(httpBasic("demo-ward", "demo")))
                .andExpect(jsonPath("$.volunteers").value(4))
                .andExpect(jsonPath("$.belowNorm").value(true));
        // the exports list them
        mvc.perform(get("/clubs/" + club + "/care/recipients/export.csv")
                        .with(user(accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ông Sáu")));
        mvc.perform(get("/clubs/" + club + "/care/visits/export.xlsx")
                        .with(user(accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isOk());
    }

    @Test
    void badVisitsAreRefusedWithAClearMessageAndNoServerError() throws Exception {
        long v = id(send(
                "demo-ward",
                "/clubs/" + club + "/care-volunteers",
                "{\"fullName\":\"An\",\"since\":\"" + today.minusMonths(2) + "\"}"));
        long r = id(send(
                "demo-ward",
                "/clubs/" + club + "/care-recipients",
                "{\"fullName\":\"Lan\",\"frail\":true,\"since\":\"" + today.minusMonths(1) + "\"}"));
        String visit = "{\"visitedOn\":\"%s\",\"volunteerId\":%d,\"recipientId\":%d,\"services\":%s}";
        send("demo-ward", "/clubs/" + club + "/care-visits", visit.formatted(today, v, r, "[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.services").exists());
        send("demo-ward", "/clubs/" + club + "/care-visits", visit.formatted(today, v, r, "[\"DANCING\"]"))
                .andExpect(status().isBadRequest());
        send(
                        "demo-ward",
                        "/clubs/" + club + "/care-visits",
                        visit.formatted(today.minusMonths(1).minusDays(1), v, r, "[\"COMPANY\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.recipientId").exists());
        send("demo-ward", "/clubs/" + club + "/care-visits", visit.formatted(today, v, 999_999_999L, "[\"COMPANY\"]"))
                .andExpect(status().isBadRequest());
        send("demo-ward", "/clubs/" + club + "/care-recipients", "{\"fullName\":\"Lan\",\"since\":\"" + today + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.frail").exists());
        send("demo-ward", "/clubs/" + club + "/care-volunteers", "{\"fullName\":\"An\",\"since\":\"hôm qua\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void scopeReadOnlyAndTheAccessLog() throws Exception {
        long boardClub = jdbc.sql("select min(id) from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        // demo-club sees only its own club
        mvc.perform(get("/api/v1/clubs/" + club + "/home-care").with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clubs/" + club + "/care").with(user(accounts.loadUserByUsername("demo-club"))))
                .andExpect(status().isNotFound());
        // the viewer reads but does not write
        mvc.perform(get("/api/v1/clubs/" + boardClub + "/home-care").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk());
        send(
                        "demo-viewer",
                        "/clubs/" + boardClub + "/care-volunteers",
                        "{\"fullName\":\"An\",\"since\":\"" + today + "\"}")
                .andExpect(status().isForbidden());
        long logged = jdbc.sql("select count(*) from audit_access where username = 'demo-club' and what = 'home-care'")
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/clubs/" + boardClub + "/home-care").with(httpBasic("demo-club", "demo")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_access where username = 'demo-club' and what = 'home-care'")
                        .query(Long.class)
                        .single())
                .isEqualTo(logged + 1);
    }

    @Test
    void theDemoHasWeeklyishVisitsAndSomeClubsBelowTheNorm() {
        var perClub = jdbc.sql("""
                        select v.club_id, count(*) n from care_volunteer v
                        where v.until is null group by v.club_id""").query((rs, n) -> rs.getLong("n")).list();
        assertThat(perClub).anyMatch(n -> n < CareRules.VOLUNTEER_NORM);
        assertThat(perClub).anyMatch(n -> n >= CareRules.VOLUNTEER_NORM);
        long lastMonth = jdbc.sql("select count(*) from care_visit where visited_on > ?")
                .param(today.minusDays(30))
                .query(Long.class)
                .single();
        long recipients = jdbc.sql("select count(*) from care_recipient where until is null")
                .query(Long.class)
                .single();
        // weekly-ish: every 6 to 12 days, so at least two visits a month for most people in care
        assertThat(lastMonth).isGreaterThan(recipients);
    }
}
