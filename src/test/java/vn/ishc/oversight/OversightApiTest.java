package vn.ishc.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.oversight.visit.ChecklistItem;
import vn.ishc.oversight.visit.VisitService;

/**
 * The oversight API: a visit recorded with its scores and follow-ups, read, a follow-up closed; trainings
 * recorded, read, edited with a version, cancelled; refusals as 400 problems naming the field; scopes (another
 * ward's club or session 404, a club board 403).
 */
@IntegrationTest
class OversightApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    VisitService visits;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    OversightFixture f;
    ClubView tanLap;
    ClubView tanAn;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new OversightFixture(accounts, clubs);
        tanLap = f.club(OversightFixture.TAN_LAP);
        tanAn = f.club(OversightFixture.TAN_AN);
        today = LocalDate.now(clock);
    }

    String visitJson(int each, String due) {
        List<ChecklistItem> items =
                f.as("demo-ward", () -> visits.checklistFor(tanLap.id(), today).items());
        String scores = items.stream()
                .map(i -> "{\"code\":\"%s\",\"score\":%d,\"note\":null}".formatted(i.code(), each))
                .collect(Collectors.joining(","));
        return """
                {"visitedOn":"%s","visitors":"Hội NCT phường Tân Lập","scores":[%s],"findings":"Sổ sách chưa đủ",
                 "followUps":[{"action":"Bổ sung sổ sách","responsible":"Thư ký","dueOn":"%s"}]}""".formatted(today.minusDays(30), scores, due);
    }

    ResultActions postJson(String user, String url, String json) throws Exception {
        return mvc.perform(post(url)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aVisitRecordedReadAndItsFollowUpClosed() throws Exception {
        String created = postJson(
                        "demo-ward",
                        "/api/v1/clubs/" + tanLap.id() + "/visits",
                        visitJson(1, today.minusDays(5).toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rating").value("FAIR"))
                .andExpect(jsonPath("$.score").value(7))
                .andExpect(jsonPath("$.maxScore").value(14))
                .andExpect(jsonPath("$.followUps[0].closedOn").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long followUp = ((Number) JsonPath.read(created, "$.followUps[0].id")).longValue();
        mvc.perform(get("/api/v1/clubs/" + tanLap.id() + "/visits").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/visits/" + id).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores.length()").value(7));
        postJson("demo-ward", "/api/v1/visits/" + id + "/follow-ups/" + followUp + "/close", "{\"closedOn\":null}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.closedOn").exists());
        postJson(
                        "demo-ward",
                        "/api/v1/visits/" + id + "/follow-ups/" + followUp + "/close",
                        "{\"closedOn\":\"%s\",\"note\":\"Đã bổ sung\",\"version\":0}".formatted(today))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedOn").value(today.toString()))
                .andExpect(jsonPath("$.closedBy").value("demo-ward"));
    }

    @Test
    void badVisitsAre400sNamingTheField() throws Exception {
        String url = "/api/v1/clubs/" + tanLap.id() + "/visits";
        postJson("demo-ward", url, visitJson(3, today.minusDays(5).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['scores[0].score']").exists());
        postJson("demo-ward", url, visitJson(1, today.minusDays(60).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['followUps[0].dueOn']").exists());
        postJson("demo-ward", url, visitJson(1, "tomorrow")).andExpect(status().isBadRequest());
        postJson(
                        "demo-ward",
                        url,
                        "{\"visitedOn\":\"%s\",\"visitors\":\"X\",\"scores\":[{\"code\":\"BOOKS_KEPT\",\"score\":1.5}]}"
                                .formatted(today))
                .andExpect(status().isBadRequest());
    }

    @Test
    void scopesAnswer404And403() throws Exception {
        postJson("demo-ward", "/api/v1/clubs/" + tanAn.id() + "/visits", visitJson(1, today.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clubs/" + tanAn.id() + "/visits").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        String created = postJson(
                        "demo-city", "/api/v1/clubs/" + tanAn.id() + "/visits", visitJson(2, today.toString()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/visits/" + id).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/visits/" + id).with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk());
        long demoClub = f.as("demo-club", () -> clubs.visible().get(0).id());
        postJson("demo-club", "/api/v1/clubs/" + demoClub + "/visits", visitJson(1, today.toString()))
                .andExpect(status().isForbidden());
    }

    String trainingJson(long unitId, long clubId, String version) {
        return """
                {"topic":"Kỹ năng điều hành","startsOn":"%s","endsOn":"%s","place":"Hội trường","trainers":"Bà Giảng",
                 "organiser":"WARD","organiserName":null,"unitId":%d,"materials":null,
                 "participants":[{"fullName":"Trần Văn Dự","clubId":%d,"role":"CHAIR"}]%s}""".formatted(
                        today.minusDays(1), today, unitId, clubId, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void aTrainingRecordedEditedAndCancelled() throws Exception {
        String created = postJson("demo-ward", "/api/v1/trainings", trainingJson(42, tanLap.id(), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participants[0].role").value("CHAIR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/trainings?year=" + today.getYear()).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
        mvc.perform(put("/api/v1/trainings/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(trainingJson(42, tanLap.id(), "0").replace("Kỹ năng điều hành", "Kỹ năng mới")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topic").value("Kỹ năng mới"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/trainings/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(trainingJson(42, tanLap.id(), "0")))
                .andExpect(status().isConflict());
        postJson("demo-ward", "/api/v1/trainings/" + id + "/cancel", "{\"reason\":\"Ghi nhầm\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelReason").value("Ghi nhầm"));
        postJson(
                        "demo-ward",
                        "/api/v1/trainings",
                        trainingJson(42, tanLap.id(), null).replace("\"WARD\"", "\"KING\""))
                .andExpect(status().isBadRequest());
        postJson(
                        "demo-ward",
                        "/api/v1/trainings",
                        trainingJson(42, tanLap.id(), null)
                                .replace(
                                        "\"participants\":[{\"fullName\":\"Trần Văn Dự\",\"clubId\":" + tanLap.id()
                                                + ",\"role\":\"CHAIR\"}]",
                                        "\"participants\":[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.participants").exists());
        postJson("demo-ward", "/api/v1/trainings", trainingJson(41, tanAn.id(), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.unitId").exists());
        String elsewhere = postJson("demo-city", "/api/v1/trainings", trainingJson(41, tanAn.id(), null))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long other = ((Number) JsonPath.read(elsewhere, "$.id")).longValue();
        mvc.perform(get("/api/v1/trainings/" + other).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        assertThat(other).isNotEqualTo(id);
    }
}
