package vn.ishc.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;

/**
 * Scopes follow the territory through time, over HTTP (pages and API): the officer of the 2025 Phường
 * Tân Lập sees what was recorded under the former Tân Hòa and Hòa Thắng and nothing of Phường Tân An; a
 * club board sees only its club; a viewer reads and cannot change.
 */
@IntegrationTest
class ClubScopeTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long club(String name) {
        return jdbc.sql("select id from club where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    String name(long id) {
        return jdbc.sql("select name from club where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** The club's details as the API's PUT takes them, with a new name. */
    String body(long id, String name, int version) {
        var row = jdbc.sql("select unit_id, founded_on from club where id = ?")
                .param(id)
                .query()
                .singleRow();
        return "{\"name\":\"" + name + "\",\"unitId\":" + row.get("unit_id") + ",\"foundedOn\":\""
                + row.get("founded_on") + "\",\"version\":" + version + "}";
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long tanHoa() {
        return club("CLB Liên thế hệ tự giúp nhau Tân Hòa");
    }

    long tanAn() {
        return club("CLB Liên thế hệ tự giúp nhau Tân An");
    }

    long boardClub() {
        return club(DemoClubs.DEMO_BOARD_CLUB);
    }

    @Test
    void wardOfficerSeesClubsRecordedUnderTheFormerUnitsOfTheWard() throws Exception {
        List<String> ward = jdbc.sql("select name from club where unit_id in (10, 11, 26, 42)")
                .query(String.class)
                .list();
        assertThat(ward)
                .contains(
                        "CLB Liên thế hệ tự giúp nhau Tân Hòa",
                        "CLB Liên thế hệ tự giúp nhau Buôn Kô Tam",
                        DemoClubs.DEMO_BOARD_CLUB)
                .doesNotContain("CLB Liên thế hệ tự giúp nhau Tân An");
        mvc.perform(get("/api/v1/clubs").param("size", "500").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name").value(containsInAnyOrder(ward.toArray())));
        mvc.perform(get("/api/v1/clubs/" + tanHoa()).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(11));
        mvc.perform(get("/clubs/" + tanHoa()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Tân Hòa")));
        mvc.perform(get("/clubs").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CLB Liên thế hệ tự giúp nhau Tân Hòa")))
                .andExpect(content().string(not(containsString("CLB Liên thế hệ tự giúp nhau Tân An"))));
    }

    @Test
    void wardOfficerCanChangeAClubRecordedUnderTheFormerTanHoa() throws Exception {
        long id = tanHoa();
        String original = name(id);
        int version = jdbc.sql("select version from club where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        try {
            mvc.perform(put("/api/v1/clubs/" + id)
                            .with(httpBasic("demo-ward", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(id, "CLB Tân Hòa (đổi tên)", version)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("CLB Tân Hòa (đổi tên)"));
            // The same old version again: someone else's edit is detected, not overwritten.
            mvc.perform(put("/api/v1/clubs/" + id)
                            .with(httpBasic("demo-ward", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(id, "Lost update", version)))
                    .andExpect(status().isConflict());
            assertThat(name(id)).isEqualTo("CLB Tân Hòa (đổi tên)");
        } finally {
            jdbc.sql("update club set name = ? where id = ?")
                    .params(original, id)
                    .update();
        }
    }

    @Test
    void wardOfficerCannotSeeOrChangeAnythingOfTanAn() throws Exception {
        long id = tanAn();
        mvc.perform(get("/api/v1/clubs/" + id).with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/clubs/" + id)
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "Hijacked", 0)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clubs/" + id).with(as("demo-ward"))).andExpect(status().isNotFound());
        mvc.perform(get("/clubs/" + id + "/edit").with(as("demo-ward"))).andExpect(status().isNotFound());
        mvc.perform(post("/clubs/" + id + "/edit")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("name", "Hijacked")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(name(id)).isEqualTo("CLB Liên thế hệ tự giúp nhau Tân An");
    }

    @Test
    void clubBoardSeesOnlyItsClub() throws Exception {
        mvc.perform(get("/api/v1/clubs").with(httpBasic("demo-club", "demo")))
                .andExpect(jsonPath("$.content[*].name").value(containsInAnyOrder(DemoClubs.DEMO_BOARD_CLUB)));
        mvc.perform(get("/api/v1/clubs/" + boardClub()).with(httpBasic("demo-club", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/clubs/" + tanHoa()).with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clubs/" + tanHoa()).with(as("demo-club"))).andExpect(status().isNotFound());
    }

    @Test
    void cityOfficerAndViewerSeeTheWholeCityThroughTime() throws Exception {
        // Every club recorded under the city's plan-era wards and communes or under the units that
        // succeeded them in 2025.
        List<Integer> city = jdbc.sql("select id from club where unit_id = 3 or unit_id in"
                        + " (select id from admin_unit where parent_id = 3) or unit_id between 40 and 45")
                .query(Integer.class)
                .list();
        assertThat(city).hasSizeGreaterThan(30);
        mvc.perform(get("/api/v1/clubs").param("size", "500").with(httpBasic("demo-city", "demo")))
                .andExpect(jsonPath("$.content[*].id").value(containsInAnyOrder(city.toArray())));
        // Founded after July 2025 under Phường Ea Kao, which lies directly under the province.
        mvc.perform(get("/api/v1/clubs/" + club("CLB Liên thế hệ tự giúp nhau Ea Kao"))
                        .with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void viewerCannotChangeAnything() throws Exception {
        long id = tanAn();
        mvc.perform(put("/api/v1/clubs/" + id)
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "Viewer edit", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/clubs/" + id + "/edit")
                        .with(as("demo-viewer"))
                        .with(csrf())
                        .param("name", "Viewer edit")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(name(id)).isEqualTo("CLB Liên thế hệ tự giúp nhau Tân An");
        mvc.perform(get("/clubs/" + id).with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/clubs/" + id + "/edit"))));
        mvc.perform(get("/clubs/" + id + "/edit").with(as("demo-viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/clubs/" + boardClub()).with(as("demo-club")))
                .andExpect(content().string(containsString("/clubs/" + boardClub() + "/edit")));
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndChangesNothing() throws Exception {
        long id = boardClub();
        mvc.perform(put("/api/v1/clubs/" + id)
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "  ", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Vui lòng nhập mục này."));
        mvc.perform(post("/clubs/" + id + "/edit")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("name", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập mục này.")));
        mvc.perform(put("/api/v1/clubs/" + id)
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isBadRequest());
        assertThat(name(id)).isEqualTo(DemoClubs.DEMO_BOARD_CLUB);
    }
}
