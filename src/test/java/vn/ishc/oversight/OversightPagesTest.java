package vn.ishc.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.oversight.visit.MonitoringVisit;
import vn.ishc.oversight.visit.VisitService;

/**
 * The oversight pages for every demo role (no error page), the demo's trainings and visits on them, a visit
 * recorded and a follow-up closed through the forms, refusals shown beside the fields, and the overdue
 * reminder on the ward officer's home page.
 */
@IntegrationTest
class OversightPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    VisitService visits;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long demoClub() {
        return jdbc.sql("select min(club_id) from monitoring_visit")
                .query(Long.class)
                .single();
    }

    @Test
    void everyPageOpensForEveryRole() throws Exception {
        long club = demoClub();
        long visit = jdbc.sql("select min(id) from monitoring_visit where club_id = ?")
                .param(club)
                .query(Long.class)
                .single();
        long training = jdbc.sql("select min(id) from training_session")
                .query(Long.class)
                .single();
        for (String u : List.of("demo-admin", "demo-city", "demo-ward", "demo-club", "demo-viewer")) {
            for (String url : List.of(
                    "/trainings",
                    "/trainings?year=2024",
                    "/trainings/export.xlsx",
                    "/trainings/export.csv",
                    "/trainings/" + training,
                    "/trainings/new",
                    "/trainings/" + training + "/edit",
                    "/visits",
                    "/visits?rating=WEAK&year=2025",
                    "/visits/overdue",
                    "/visits/export.xlsx",
                    "/visits/" + visit,
                    "/clubs/" + club + "/visits",
                    "/clubs/" + club,
                    "/plans/1/checklist",
                    "/")) {
                int s = mvc.perform(get(url).with(as(u)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(s).as(u + " " + url).isIn(200, 403, 404);
                if (u.equals("demo-admin") || u.equals("demo-city"))
                    assertThat(s).as(u + " " + url).isEqualTo(200);
            }
        }
        mvc.perform(get("/trainings").with(as("demo-city")))
                .andExpect(content().string(Matchers.containsString("training-table")));
        mvc.perform(get("/visits?rating=WEAK").with(as("demo-city")))
                .andExpect(content().string(Matchers.containsString("visit-table")));
    }

    @Test
    void aVisitThroughTheFormAndAFollowUpClosed() throws Exception {
        OversightFixture f = new OversightFixture(accounts, clubs);
        ClubView club = f.club(OversightFixture.TAN_LAP);
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/clubs/" + club.id() + "/visits").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("visit-checklist")));
        var request = post("/clubs/" + club.id() + "/visits")
                .with(as("demo-ward"))
                .with(csrf())
                .param("visitedOn", today.minusDays(20).toString())
                .param("visitors", "")
                .param("followUps[0].action", "Bổ sung sổ")
                .param("followUps[0].dueOn", today.minusDays(1).toString());
        var items =
                f.as("demo-ward", () -> visits.checklistFor(club.id(), today).items());
        for (int i = 0; i < items.size(); i++)
            request.param("scores[" + i + "].code", items.get(i).code()).param("scores[" + i + "].score", "1");
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("visitors-errors")));
        request.param("visitors", "Hội NCT phường");
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        MonitoringVisit v = f.as("demo-ward", () -> visits.get(id));
        assertThat(v.rating()).isEqualTo(Rating.FAIR);
        assertThat(v.followUps()).hasSize(1);
        mvc.perform(get("/").with(as("demo-ward")))
                .andExpect(content().string(Matchers.containsString("/visits/overdue")));
        long followUp = v.followUps().get(0).id();
        mvc.perform(post("/visits/" + id + "/follow-ups/" + followUp + "/close")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "0")
                        .param("closedOn", today.plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/visits/" + id + "/follow-ups/" + followUp + "/close")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "0")
                        .param("closedOn", today.toString())
                        .param("note", "Xong"))
                .andExpect(status().is3xxRedirection());
        assertThat(f.as("demo-ward", () -> visits.get(id)).followUps().get(0).open())
                .isFalse();
        // Another club's board: the club is not theirs, so not found.
        mvc.perform(post("/clubs/" + club.id() + "/visits")
                        .with(as("demo-club"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
