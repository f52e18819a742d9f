package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundFixture;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;

/**
 * The activities' screens: recording one from the form (a refusal shown beside its field, nothing saved), the
 * club's year showing it in its area and month and the areas where nothing happened, a cell opening that
 * month's activities, correcting and cancelling, the ward's view with its filters, the exports, the club page's
 * panel, and the scopes (404 outside, 403 read-only).
 */
@IntegrationTest
class ActivityPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    FundFixture f;
    ClubView club;
    MemberView member;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new FundFixture(accounts, clubs, members);
        club = f.club();
        member = f.member(club);
        today = LocalDate.now(clock);
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long activities() {
        return jdbc.sql("select count(*) from activity where club_id = ?")
                .param(club.id())
                .query(Long.class)
                .single();
    }

    String record(String title, String area, String others) throws Exception {
        return mvc.perform(post("/clubs/{id}/activities/new", club.id())
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("heldOn", today.toString())
                        .param("kind", "ORDINARY")
                        .param("area", area)
                        .param("title", title)
                        .param("participants", String.valueOf(member.personId()))
                        .param("others", others)
                        .param("cost", "150.000")
                        .param("paidBy", "WARD")
                        .param("source", "STATE_BUDGET"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void recordedFromTheFormAndShownInTheClubsYear() throws Exception {
        mvc.perform(get("/clubs/{id}/activities/new", club.id()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.person().fullName())))
                // The day is in the form a date input holds (ISO), so the browser sends it back.
                .andExpect(content().string(containsString("value=\"" + today + "\"")));
        String to = record("Giao lưu cờ tướng", "CULTURE_SPORTS", "6");
        assertThat(to).matches("/activities/\\d+");
        mvc.perform(get(to).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giao lưu cờ tướng")))
                .andExpect(content().string(containsString(member.person().fullName())))
                .andExpect(content().string(containsString("150.000")));
        String year = mvc.perform(get("/clubs/{id}/activities", club.id()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cell-CULTURE_SPORTS-" + today.getMonthValue() + "\"")))
                .andExpect(content().string(containsString("id=\"calendar-empty\"")))
                // The year is a year, not a number with a thousands separator.
                .andExpect(content().string(containsString(String.valueOf(today.getYear()))))
                .andExpect(content()
                        .string(not(containsString(
                                String.format("%,d", today.getYear()).replace(',', '.')))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(year).doesNotContain("id=\"cell-HEALTH-");
        // A cell opens that month's activities of that area, as a fragment for htmx.
        mvc.perform(get("/clubs/{id}/activities", club.id())
                        .param("month", String.valueOf(today.getMonthValue()))
                        .param("area", "HEALTH")
                        .header("HX-Request", "true")
                        .with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-none\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/clubs/{id}", club.id()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-panel\"")));
    }

    @Test
    void aRefusalIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        long before = activities();
        mvc.perform(post("/clubs/{id}/activities/new", club.id())
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("heldOn", today.plusDays(1).toString())
                        .param("kind", "ORDINARY")
                        .param("area", "HEALTH")
                        .param("title", "Ngày mai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heldOn-errors\"")));
        mvc.perform(post("/clubs/{id}/activities/new", club.id())
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("heldOn", today.toString())
                        .param("kind", "ORDINARY")
                        .param("area", "HEALTH")
                        .param("title", "Tiền lẻ")
                        .param("cost", "12,5")
                        .param("paidBy", "CLUB_FUND"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cost-errors\"")));
        mvc.perform(post("/clubs/{id}/activities/new", club.id())
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("heldOn", "not a date")
                        .param("kind", "ORDINARY")
                        .param("title", "x")
                        .param("others", "many"))
                .andExpect(status().isOk());
        assertThat(activities()).isEqualTo(before);
    }

    @Test
    void correctedAndCancelled() throws Exception {
        String to = record("Tập dưỡng sinh", "HEALTH", "0");
        long id = Long.parseLong(to.replaceAll(".*/", ""));
        mvc.perform(post("/activities/{id}/edit", id)
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Tập dưỡng sinh buổi sáng"))
                .andExpect(redirectedUrlPattern("/activities/*"))
                .andExpect(flash().attribute("flash", "activity.saved"));
        mvc.perform(post("/activities/{id}/edit", id)
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Cũ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/activities/{id}/cancel", id)
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-errors\"")));
        mvc.perform(post("/activities/{id}/cancel", id)
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("reason", "Trùng"))
                .andExpect(redirectedUrlPattern("/activities/*"));
        mvc.perform(get("/activities/{id}", id).with(as("demo-ward")))
                .andExpect(content().string(containsString("id=\"activity-cancelled\"")))
                .andExpect(content().string(not(containsString("id=\"activity-cancel\""))));
    }

    @Test
    void theWardsViewFiltersAndExports() throws Exception {
        record("Vận động quỹ", "RESOURCES", "0");
        mvc.perform(get("/activities")
                        .param("unit", "42")
                        .param("area", "RESOURCES")
                        .with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(club.name())))
                .andExpect(content().string(containsString("id=\"activity-overview\"")));
        mvc.perform(get("/activities")
                        .param("unit", "42")
                        .param("area", "RESOURCES")
                        .param("emptyOnly", "true")
                        .with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(club.name()))));
        mvc.perform(get("/activities").param("month", "13").with(as("demo-ward")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/activities/export.csv").param("unit", "42").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString(club.name())));
        mvc.perform(get("/clubs/{id}/activities/export.xlsx", club.id()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(get("/clubs/{id}/activities/export.csv", club.id()).with(as("demo-ward")))
                .andExpect(content().string(containsString("Vận động quỹ")));
    }

    @Test
    void scopes() throws Exception {
        String to = record("Khám mắt", "HEALTH", "0");
        mvc.perform(get(to).with(as("demo-club"))).andExpect(status().isNotFound());
        mvc.perform(get("/clubs/{id}/activities", club.id()).with(as("demo-club")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clubs/{id}/activities/new", club.id()).with(as("demo-viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get(to).with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"activity-cancel\""))));
        mvc.perform(get("/activities").with(as("demo-club")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(club.name()))));
    }
}
