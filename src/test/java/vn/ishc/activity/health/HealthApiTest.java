package vn.ishc.activity.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;

/**
 * Health data over the API and the pages, on the demo: who records, who reads readings and who sees only
 * counts; the plausibility bounds through JSON; every view of readings in the access log.
 */
@IntegrationTest
class HealthApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long club;
    List<Long> members;
    String today;

    @BeforeEach
    void setUp() {
        club = jdbc.sql("select min(id) from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        today = LocalDate.now(clock).toString();
        members = jdbc.sql("select person_id from membership where club_id = ? and left_on is null"
                        + " and joined_on <= ? order by person_id limit 3")
                .param(club)
                .param(LocalDate.now(clock))
                .query(Long.class)
                .list();
        assertThat(members).hasSize(3);
    }

    String body(String first, String second, String third) {
        return """
                {"checkedOn":"%s","station":"Trạm y tế phường Tân Lập","examiner":"BS. Lê Thị Hoa",
                 "lines":[{"personId":%d,%s},{"personId":%d,%s},{"personId":%d,%s}]}""".formatted(today, members.get(0), first, members.get(1), second, members.get(2), third);
    }

    ResultActions send(String user, long clubId, String json) throws Exception {
        return mvc.perform(post("/api/v1/clubs/" + clubId + "/health-checks")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long record(String user) throws Exception {
        String json = send(
                        user,
                        club,
                        body(
                                "\"systolic\":240,\"diastolic\":120,\"bloodSugar\":30",
                                "\"systolic\":118,\"diastolic\":76",
                                "\"bloodSugar\":5.6,\"notes\":\"Đường huyết lúc đói\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.examined").value(3))
                .andExpect(jsonPath("$.screenings[0].bloodSugar").value(30.0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
    }

    long accessLogEntries(String user, String what) {
        return jdbc.sql("select count(*) from audit_access where username = ? and what = ?")
                .param(user)
                .param(what)
                .query(Long.class)
                .single();
    }

    /** A demo club other than the board's, with health checks, that demo-ward does not see. */
    long otherClubOutsideTheWard() throws Exception {
        for (long id : jdbc.sql("select distinct club_id from health_check where club_id <> ? order by club_id")
                .param(club)
                .query(Long.class)
                .list()) {
            int s = mvc.perform(get("/api/v1/clubs/" + id + "/health-checks").with(httpBasic("demo-ward", "demo")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (s == 404) return id;
        }
        throw new AssertionError("no demo club with health checks outside the ward");
    }

    @Test
    void theClubBoardRecordsACheckOfThreeMembersAndReadsItWithTheExtremeButRealAccepted() throws Exception {
        long before = accessLogEntries("demo-club", HealthService.VIEW_CHECK);
        long id = record("demo-club");
        mvc.perform(get("/api/v1/health-checks/" + id).with(httpBasic("demo-club", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.screenings.length()").value(3))
                .andExpect(jsonPath("$.screenings[0].systolic").value(240));
        assertThat(accessLogEntries("demo-club", HealthService.VIEW_CHECK)).isGreaterThanOrEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'health-check' and record_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the audit trail, read by city officers, holds no reading
        assertThat(jdbc.sql(
                                "select count(*) from audit_change c join audit_entry e on e.id = c.entry_id"
                                        + " where e.record_type = 'health-check' and e.record_id = ? and c.new_value like '%240%'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isZero();
        // a member's readings over time
        long readings = accessLogEntries("demo-club", HealthService.VIEW_READINGS);
        mvc.perform(get("/api/v1/clubs/" + club + "/members/" + members.get(0) + "/health-readings")
                        .with(httpBasic("demo-club", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readings[-1].systolic").value(240));
        assertThat(accessLogEntries("demo-club", HealthService.VIEW_READINGS)).isEqualTo(readings + 1);
    }

    @Test
    void theImpossibleIsRefusedOnItsLineAndNothingIsRecorded() throws Exception {
        long checks =
                jdbc.sql("select count(*) from health_check").query(Long.class).single();
        send(
                        "demo-club",
                        club,
                        body(
                                "\"systolic\":120,\"diastolic\":80",
                                "\"systolic\":400,\"diastolic\":90",
                                "\"bloodSugar\":5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[1].systolic']").value(containsString("400")));
        send("demo-club", club, body("\"systolic\":120,\"diastolic\":130", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[0].diastolic']").exists());
        send("demo-club", club, body("\"systolic\":0,\"diastolic\":0", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isBadRequest());
        send("demo-club", club, body("\"bloodSugar\":-1", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[0].bloodSugar']").exists());
        send("demo-club", club, body("\"systolic\":120.5,\"diastolic\":80", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[0].systolic']").exists());
        send("demo-club", club, body("\"systolic\":\"abc\",\"diastolic\":80", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isBadRequest());
        send("demo-club", club, "{\"checkedOn\":\"2026-13-45\",\"lines\":[]}").andExpect(status().isBadRequest());
        send(
                        "demo-club",
                        club,
                        body("\"bloodSugar\":5", "\"bloodSugar\":5", "\"bloodSugar\":5")
                                .replace(today, LocalDate.now(clock).plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.checkedOn").exists());
        assertThat(jdbc.sql("select count(*) from health_check")
                        .query(Long.class)
                        .single())
                .isEqualTo(checks);
    }

    @Test
    void aClubBoardCannotReadAnotherClubsHealthDataByPageOrApi() throws Exception {
        long other = otherClubOutsideTheWard();
        long check = jdbc.sql("select min(id) from health_check where club_id = ?")
                .param(other)
                .query(Long.class)
                .single();
        long person = jdbc.sql("select min(person_id) from health_screening where check_id = ?")
                .param(check)
                .query(Long.class)
                .single();
        for (String url : List.of(
                "/api/v1/health-checks/" + check,
                "/api/v1/clubs/" + other + "/health-checks",
                "/api/v1/clubs/" + other + "/members/" + person + "/health-readings",
                "/api/v1/clubs/" + club + "/members/" + person + "/health-readings"))
            mvc.perform(get(url).with(as("demo-club"))).andExpect(status().isNotFound());
        for (String url : List.of(
                "/clubs/" + other + "/health",
                "/clubs/" + other + "/health/checks/" + check,
                "/clubs/" + club + "/health/checks/" + check,
                "/clubs/" + other + "/health/person/" + person,
                "/clubs/" + other + "/health/checks/" + check + "/export.csv"))
            mvc.perform(get(url).with(as("demo-club"))).andExpect(status().isNotFound());
        send("demo-club", other, body("\"bloodSugar\":5", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWardOfficerSeesCountsInTheirTerritoryAndNoReadings() throws Exception {
        long id = record("demo-club");
        mvc.perform(get("/api/v1/clubs/" + club + "/health-checks").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].examined").isNumber())
                .andExpect(content().string(not(containsString("systolic"))));
        mvc.perform(get("/api/v1/health-checks/" + id).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clubs/" + club + "/members/" + members.get(0) + "/health-readings")
                        .with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/clubs/" + club + "/health").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"health-counts-only\"")))
                .andExpect(content().string(not(containsString("/health/checks/" + id))));
        mvc.perform(get("/clubs/" + club + "/health/checks/" + id).with(as("demo-ward")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/clubs/" + club + "/health/checks/" + id + "/export.xlsx")
                        .with(as("demo-ward")))
                .andExpect(status().isForbidden());
        send("demo-ward", club, body("\"bloodSugar\":5", "\"bloodSugar\":5", "\"bloodSugar\":5"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clubs/" + otherClubOutsideTheWard() + "/health-checks")
                        .with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aViewerWithoutTheHealthFlagNeitherReadsReadingsNorWrites() throws Exception {
        String name = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts/new")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("username", name)
                        .param("displayName", "Phòng Văn hóa (thử)")
                        .param("password", "viewer-secret")
                        .param("role", "VIEWER")
                        .param("scopeUnitId", "3"))
                .andExpect(status().is3xxRedirection());
        long id = record("demo-club");
        mvc.perform(get("/api/v1/clubs/" + club + "/health-checks").with(httpBasic(name, "viewer-secret")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/health-checks/" + id).with(httpBasic(name, "viewer-secret")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clubs/" + club + "/health-checks")
                        .with(httpBasic(name, "viewer-secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("\"bloodSugar\":5", "\"bloodSugar\":5", "\"bloodSugar\":5")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clubs/" + club + "/help-cases")
                        .with(httpBasic(name, "viewer-secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"neighbourName\":\"Bà Lan\",\"kind\":\"OTHER\",\"openedOn\":\"" + today + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHealthViewerReadsAndRecordsHealthChecksButNothingElse() throws Exception {
        long before = accessLogEntries("demo-viewer", HealthService.VIEW_CHECK);
        long id = record("demo-viewer");
        mvc.perform(get("/api/v1/health-checks/" + id).with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordedBy").value("demo-viewer"));
        assertThat(accessLogEntries("demo-viewer", HealthService.VIEW_CHECK)).isGreaterThan(before);
        mvc.perform(get("/clubs/" + club + "/health/checks/" + id).with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("240/120")));
        mvc.perform(post("/api/v1/clubs/" + club + "/exercise-groups")
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Khí công\",\"kind\":\"Khí công\",\"since\":\"" + today + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clubs/" + club + "/care-volunteers")
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Bà Hoa\",\"since\":\"" + today + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void exerciseGroupsNameWhoTakesPartOnlyToThoseWhoReadHealthData() throws Exception {
        String name = "Khí công " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/clubs/" + club + "/exercise-groups")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"kind\":\"Khí công\",\"since\":\"%s\",\"personIds\":[%d,%d,%d]}"
                                .formatted(name, today, members.get(0), members.get(1), members.get(2))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.taking").value(3));
        String path = "$[?(@.name == '" + name + "')]";
        mvc.perform(get("/api/v1/clubs/" + club + "/exercise-groups").with(httpBasic("demo-club", "demo")))
                .andExpect(jsonPath(path + ".personIds[*]")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                members.get(0).intValue(),
                                members.get(1).intValue(),
                                members.get(2).intValue())));
        mvc.perform(get("/api/v1/clubs/" + club + "/exercise-groups").with(httpBasic("demo-ward", "demo")))
                .andExpect(jsonPath(path + ".taking").value(3))
                .andExpect(jsonPath(path + ".personIds[*]").isEmpty());
        mvc.perform(get("/clubs/" + club + "/health/groups/export.csv").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        // a member twice, or someone not a member, is refused
        mvc.perform(post("/api/v1/clubs/" + club + "/exercise-groups")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"kind\":\"Y\",\"since\":\"%s\",\"personIds\":[%d,%d]}"
                                .formatted(today, members.get(0), members.get(0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.personId").exists());
    }
}
