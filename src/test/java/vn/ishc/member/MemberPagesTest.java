package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;
import vn.ishc.shared.SpreadsheetReader;

/** Member screens, exports and the API through HTTP, for the demo club board and ward officer. */
@IntegrationTest
class MemberPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long club(String name) {
        return jdbc.sql("select id from club where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    long activeMembers(long club) {
        return jdbc.sql("select count(*) from membership where club_id = ? and left_on is null")
                .param(club)
                .query(Long.class)
                .single();
    }

    @Test
    void aClubBoardAddsAMemberAndTheClubPageCountsThem() throws Exception {
        long id = club(DemoClubs.DEMO_BOARD_CLUB);
        long before = activeMembers(id);
        String name = "Lê Thị Thử " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/clubs/" + id + "/members/new").with(as("demo-club"))).andExpect(status().isOk());
        mvc.perform(post("/clubs/" + id + "/members/new")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("fullName", name)
                        .param("sex", "FEMALE")
                        .param("birthYear", "1956")
                        .param("ethnicity", "Ê Đê")
                        .param("householdStatus", "NEAR_POOR")
                        .param("householdStatusYear", "2024")
                        .param("joinedOn", "2025-10-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "member.registered"));
        assertThat(activeMembers(id)).isEqualTo(before + 1);
        mvc.perform(get("/clubs/" + id).with(as("demo-club")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("composition-panel")))
                // The younger class is named after the configured age, never a raw placeholder.
                .andExpect(content().string(containsString("Người dưới 60 tuổi")))
                .andExpect(content().string(not(containsString("{0"))));
    }

    @Test
    void invalidEntriesAreShownBesideTheirFieldsAndSaveNothing() throws Exception {
        long id = club(DemoClubs.DEMO_BOARD_CLUB);
        long before = activeMembers(id);
        mvc.perform(post("/clubs/" + id + "/members/new")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("fullName", "")
                        .param("sex", "")
                        .param("ethnicity", "Kinh")
                        .param("householdStatus", "NONE")
                        .param("joinedOn", "2025-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập mục này.")));
        mvc.perform(post("/clubs/" + id + "/members/new")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("fullName", "Phạm Văn Thử")
                        .param("sex", "MALE")
                        .param("ethnicity", "Kinh")
                        .param("householdStatus", "NONE")
                        .param("joinedOn", "2025-10-01"))
                .andExpect(content().string(containsString("Cần ngày sinh hoặc năm sinh.")));
        mvc.perform(post("/clubs/" + id + "/members/new")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("fullName", "Phạm Văn Thử")
                        .param("sex", "MALE")
                        .param("birthDate", "31/02/1950")
                        .param("ethnicity", "Kinh")
                        .param("householdStatus", "NONE")
                        .param("joinedOn", "2025-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ.")));
        assertThat(activeMembers(id)).isEqualTo(before);
    }

    @Test
    void aPossibleDuplicateIsShownWithALinkAndSavedOnlyWhenConfirmed() throws Exception {
        long id = club(DemoClubs.DEMO_BOARD_CLUB);
        String name = "Võ Thị Trùng " + UUID.randomUUID().toString().substring(0, 6);
        String[] form = {
            "fullName",
            name,
            "sex",
            "FEMALE",
            "birthYear",
            "1950",
            "ethnicity",
            "Kinh",
            "householdStatus",
            "NONE",
            "joinedOn",
            "2025-10-01"
        };
        var first = post("/clubs/" + id + "/members/new").with(as("demo-club")).with(csrf());
        for (int i = 0; i < form.length; i += 2) first.param(form[i], form[i + 1]);
        mvc.perform(first).andExpect(status().is3xxRedirection());
        var second = post("/clubs/" + id + "/members/new").with(as("demo-club")).with(csrf());
        for (int i = 0; i < form.length; i += 2)
            second.param(form[i], form[i + 1].equals(name) ? name.toLowerCase() : form[i + 1]);
        mvc.perform(second)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("possible-duplicates")))
                .andExpect(content().string(containsString("/members/person/")));
        second.param("notADuplicate", "true");
        mvc.perform(second).andExpect(status().is3xxRedirection());
    }

    @Test
    void theMemberListAndItsExportsRespectFiltersAndScope() throws Exception {
        mvc.perform(get("/members").with(as("demo-ward")).param("sex", "FEMALE").param("older", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">CLB Liên thế hệ tự giúp nhau Tân An<"))));
        MvcResult xlsx = mvc.perform(get("/members/export.xlsx").with(as("demo-club")))
                .andExpect(status().isOk())
                .andReturn();
        var table = SpreadsheetReader.read(
                new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()), 100_000);
        assertThat(table.header()).contains("Họ và tên", "Giới tính", "Câu lạc bộ");
        assertThat(table.rows()).allMatch(r -> DemoClubs.DEMO_BOARD_CLUB.equals(r.value(13)));
        assertThat(table.rows()).hasSize((int) activeMembers(club(DemoClubs.DEMO_BOARD_CLUB)));
        MvcResult csv = mvc.perform(get("/members/export.csv").with(as("demo-club")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(csv.getResponse().getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("Họ và tên");
        mvc.perform(get("/compositions").with(as("demo-city")).param("outOfBand", "true"))
                .andExpect(status().isOk());
        mvc.perform(get("/compositions/export.xlsx").with(as("demo-city"))).andExpect(status().isOk());
    }

    @Test
    void theApiRegistersListsAndCorrectsMembersWithTheSameRulesAsTheScreens() throws Exception {
        long id = club(DemoClubs.DEMO_BOARD_CLUB);
        String name = "Đỗ Thị API " + UUID.randomUUID().toString().substring(0, 6);
        String person =
                "{\"fullName\":\"" + name + "\",\"sex\":\"FEMALE\",\"birthDate\":\"1958-04-30\",\"ethnicity\":\"Kinh\","
                        + "\"householdStatus\":\"POOR\",\"householdStatusYear\":2024}";
        MvcResult created = mvc.perform(post("/api/v1/members")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clubId\":" + id + ",\"joinedOn\":\"2025-10-01\",\"person\":" + person + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.member.older").value(true))
                .andExpect(jsonPath("$.member.disadvantaged").value(true))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/members")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clubId\":" + id + ",\"joinedOn\":\"2025-10-01\",\"person\":" + person + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.candidates[0].fullName").value(name));
        mvc.perform(get(location).with(httpBasic("demo-club", "demo")))
                .andExpect(jsonPath("$.person.fullName").value(name));
        mvc.perform(put(location)
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"person\":" + person.replace("1958-04-30", "1958-05-01") + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member.person.birthDate").value("1958-05-01"));
        mvc.perform(put(location)
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"person\":" + person + "}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/members").with(httpBasic("demo-club", "demo")).param("q", name))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(location).with(httpBasic("demo-ward", "demo"))).andExpect(status().isOk());
        long tanAn = club("CLB Liên thế hệ tự giúp nhau Tân An");
        // A club outside the scope as a filter is not found either (docs/security.md), not an empty list.
        mvc.perform(get("/api/v1/members").with(httpBasic("demo-ward", "demo")).param("club", String.valueOf(tanAn)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clubId\":" + tanAn + ",\"joinedOn\":\"2025-10-01\",\"person\":" + person + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clubId\":" + id + ",\"joinedOn\":\"2025-10-01\",\"person\":"
                                + person.replace("\"birthDate\":\"1958-04-30\",", "") + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.birthYear").value("Cần ngày sinh hoặc năm sinh."));
    }
}
