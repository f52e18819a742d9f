package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.ReceiptKind;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/**
 * The activity API: reference data, an activity recorded, read, corrected and cancelled (its fund expense
 * taken back), strict types and refusals as 400 problems naming the field, scopes (404 outside, 403 read-only),
 * and the calendar.
 */
@IntegrationTest
class ActivityApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    ClubFunds funds;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    FundFixture f;
    ClubView club;
    MemberView member;
    String today;

    @BeforeEach
    void setUp() {
        f = new FundFixture(accounts, clubs, members);
        club = f.club();
        member = f.member(club);
        today = LocalDate.now(clock).toString();
        f.as(
                "demo-ward",
                () -> funds.receive(new Receive(
                        club.id(),
                        ReceiptKind.MEMBERSHIP_FEE,
                        FundFixture.FOUNDED,
                        Vnd.of(300_000),
                        null,
                        null,
                        null)));
    }

    String body(String cost, String paidBy, String others) {
        return """
                {"area":"HEALTH","kind":"ORDINARY","heldOn":"%s","title":"Đo huyết áp","description":null,
                 "participants":[%d],"others":%s,"beneficiaries":12,"cost":%s,"paidBy":%s}""".formatted(today, member.personId(), others, cost, paidBy);
    }

    ResultActions send(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/clubs/" + club.id() + "/activities")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long activityFund() {
        return f.as("demo-ward", () -> funds.balances(club.id(), LocalDate.now(clock)))
                .activityFund()
                .dong();
    }

    @Test
    void theReferenceDataHasThePlansEightAreasAndTheKinds() throws Exception {
        mvc.perform(get("/api/v1/activity-areas").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("INCOME"))
                .andExpect(jsonPath("$[?(@.code == 'HOME_CARE')].labelVi").value("Tình nguyện viên chăm sóc tại nhà"))
                .andExpect(jsonPath("$[*].code")
                        .value(org.hamcrest.Matchers.hasItems(
                                "INCOME",
                                "HEALTH",
                                "HOME_CARE",
                                "SELF_HELP",
                                "RIGHTS",
                                "COMMUNICATION",
                                "CULTURE_SPORTS",
                                "RESOURCES")));
        mvc.perform(get("/api/v1/activity-kinds").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'LOUDSPEAKER')].area").value("COMMUNICATION"))
                .andExpect(jsonPath("$[*].code").value(hasItem("STUDY_TOUR")));
    }

    @Test
    void recordedReadCorrectedAndCancelledWithItsExpense() throws Exception {
        long before = activityFund();
        String location = send("demo-ward", body("120000", "\"CLUB_FUND\"", "4"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/activities/")))
                .andExpect(jsonPath("$.cost").value(120_000))
                .andExpect(jsonPath("$.participantCount").value(5))
                .andExpect(jsonPath("$.fundPosting").isNumber())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.replaceAll(".*/", "");
        assertThat(activityFund()).isEqualTo(before - 120_000);
        String got = mvc.perform(get("/api/v1/activities/" + id).with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants[0]").value(member.personId()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int version = JsonPath.read(got, "$.version");
        mvc.perform(put("/api/v1/activities/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":%d,\"title\":\"Đo huyết áp, đường huyết\"}".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Đo huyết áp, đường huyết"));
        mvc.perform(put("/api/v1/activities/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":%d,\"title\":\"Cũ\"}".formatted(version)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/activities/" + id + "/cancellation")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(post("/api/v1/activities/" + id + "/cancellation")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Ghi nhầm\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancellation.reason").value("Ghi nhầm"));
        assertThat(activityFund()).isEqualTo(before);
        assertThat(f.as("demo-ward", () -> funds.balances(club.id(), LocalDate.now(clock)))
                        .holds())
                .isTrue();
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        long count = jdbc.sql("select count(*) from activity").query(Long.class).single();
        send("demo-ward", body("12.5", "\"CLUB_FUND\"", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.cost").exists());
        send("demo-ward", body("-5", "\"CLUB_FUND\"", "0")).andExpect(status().isBadRequest());
        send("demo-ward", body("1000", "null", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.paidBy").exists());
        send("demo-ward", body("1000", "\"THE_KING\"", "0")).andExpect(status().isBadRequest());
        send("demo-ward", body("0", "null", "\"many\"")).andExpect(status().isBadRequest());
        // Counts and ids are whole numbers: never rounded down.
        send("demo-ward", body("0", "null", "2.7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.others").exists());
        send(
                        "demo-ward",
                        body("0", "null", "1").replace("[" + member.personId() + "]", "[" + member.personId() + ".5]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['participants[0]']").exists());
        send("demo-ward", body("0", "null", "1e12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.others").exists());
        send("demo-ward", body("0", "null", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.others").exists());
        send("demo-ward", body("0", "null", "1").replace("\"HEALTH\"", "\"SPACE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.area").exists());
        send("demo-ward", body("0", "null", "1").replace(today, "2999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.heldOn").exists());
        send("demo-ward", body("0", "null", "1").replace(today, "yesterday")).andExpect(status().isBadRequest());
        send("demo-ward", "{\"kind\":\"ORDINARY\"}").andExpect(status().isBadRequest());
        send("demo-ward", "not json").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/clubs/" + club.id() + "/activities?month=13").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/clubs/" + club.id() + "/area-calendar?year=abc")
                        .with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from activity").query(Long.class).single())
                .isEqualTo(count);
    }

    @Test
    void scopes() throws Exception {
        String id = send("demo-ward", body("0", "null", "0"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location")
                .replaceAll(".*/", "");
        mvc.perform(get("/api/v1/activities/" + id).with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clubs/" + club.id() + "/activities").with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        send("demo-club", body("0", "null", "0")).andExpect(status().isNotFound());
        send("demo-viewer", body("0", "null", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities/" + id + "/cancellation")
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCalendarOfTheClubAndOfTheWard() throws Exception {
        send("demo-ward", body("0", "null", "0")).andExpect(status().isCreated());
        int month = LocalDate.now(clock).getMonthValue();
        mvc.perform(get("/api/v1/clubs/" + club.id() + "/area-calendar").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[?(@.area == 'HEALTH')].months[" + (month - 1) + "]")
                        .value(1))
                .andExpect(jsonPath("$.empty").value(hasItem("INCOME")));
        mvc.perform(get("/api/v1/area-calendar?area=HEALTH&unit=42&size=1000").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas.length()").value(1))
                .andExpect(jsonPath("$.rows[?(@.clubId == " + club.id() + ")].counts.HEALTH")
                        .value(1));
    }
}
