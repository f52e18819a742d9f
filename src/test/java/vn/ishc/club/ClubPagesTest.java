package vn.ishc.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import vn.ishc.shared.SpreadsheetReader;
import vn.ishc.shared.SpreadsheetTable;

/** The club registry's screens, exports and API through HTTP. */
@IntegrationTest
class ClubPagesTest {
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

    @Test
    void theListFiltersByTerritoryAsOfADateStatusPhaseAndName() throws Exception {
        mvc.perform(get("/clubs").with(as("demo-city")).param("q", "tan hoa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CLB Liên thế hệ tự giúp nhau Tân Hòa")))
                .andExpect(content().string(not(containsString("CLB Liên thế hệ tự giúp nhau Tân An<"))));
        // Under the 2025 Phường Tân Lapp the club recorded under the former Tân Hòa shows, with its unit of today.
        mvc.perform(get("/clubs").with(as("demo-city")).param("unit", "42").param("asOf", "2025-08-01"))
                .andExpect(content().string(containsString("CLB Liên thế hệ tự giúp nhau Tân Hòa")))
                .andExpect(content().string(containsString("Phường Tân Lập")))
                .andExpect(content().string(not(containsString("CLB Liên thế hệ tự giúp nhau Tân An<"))));
        // As of 2021 the same club shows under the former Phường Tân Hòa.
        mvc.perform(get("/clubs").with(as("demo-city")).param("unit", "11").param("asOf", "2021-01-01"))
                .andExpect(content().string(containsString("CLB Liên thế hệ tự giúp nhau Tân Hòa")));
        mvc.perform(get("/clubs")
                        .with(as("demo-city"))
                        .param("phase", "NEW_UNDER_PLAN")
                        .param("q", "Ea Kao"))
                .andExpect(content().string(containsString("CLB Liên thế hệ tự giúp nhau Ea Kao")));
        mvc.perform(get("/clubs")
                        .with(as("demo-city"))
                        .param("phase", "FOUNDED_2016_2020")
                        .param("q", "Ea Kao"))
                .andExpect(content().string(not(containsString("CLB Liên thế hệ tự giúp nhau Ea Kao"))));
        mvc.perform(get("/clubs")
                        .with(as("demo-city"))
                        .param("status", "ACTIVE")
                        .param("page", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/clubs").with(as("demo-city")).param("status", "GONE")).andExpect(status().isBadRequest());
    }

    @Test
    void exportsRespectFiltersAndScope() throws Exception {
        MvcResult xlsx = mvc.perform(get("/clubs/export.xlsx").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn();
        SpreadsheetTable table = SpreadsheetReader.read(
                new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()), 1000);
        assertThat(table.header()).contains("Tên câu lạc bộ", "Tình trạng");
        long visible = jdbc.sql("select count(*) from club where unit_id in (10, 11, 26, 42)")
                .query(Long.class)
                .single();
        assertThat(table.rows()).hasSize((int) visible);
        assertThat(table.rows()).noneMatch(r -> "CLB Liên thế hệ tự giúp nhau Tân An".equals(r.value(0)));

        MvcResult csv = mvc.perform(
                        get("/clubs/export.csv").with(as("demo-ward")).param("q", "Tân Hòa"))
                .andExpect(status().isOk())
                .andReturn();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("CLB Liên thế hệ tự giúp nhau Tân Hòa").doesNotContain("Buôn Kô Tam");
    }

    @Test
    void aWardOfficerFoundsAClubUnderAUnitValidOnTheFoundingDate() throws Exception {
        String name = "CLB Thử " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/clubs/new")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("name", name)
                        .param("unitId", "11")
                        .param("foundedOn", "2025-09-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có hiệu lực vào ngày thành lập")));
        mvc.perform(post("/clubs/new")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("name", name)
                        .param("unitId", "41")
                        .param("foundedOn", "2025-09-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nằm ngoài phạm vi")));
        mvc.perform(post("/clubs/new")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("name", name)
                        .param("unitId", "42")
                        .param("foundedOn", "2025-09-01")
                        .param("decisionNumber", "15/QĐ-UBND")
                        .param("decisionDate", "2025-09-01")
                        .param("decisionIssuer", "UBND phường Tân Lập")
                        .param("meetingDay", "15")
                        .param("initialFundCapital", "20000000"))
                .andExpect(status().is3xxRedirection());
        long id = club(name);
        mvc.perform(get("/clubs/" + id).with(as("demo-ward")))
                .andExpect(content().string(containsString("20.000.000\u00a0₫")))
                .andExpect(content().string(containsString("Thành lập mới theo kế hoạch")))
                .andExpect(content().string(containsString("Ngày 15 hằng tháng")))
                .andExpect(content().string(containsString("composition-panel")));
        mvc.perform(post("/clubs/new").with(as("demo-club")).with(csrf()).param("name", name))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clubs")
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"unitId\":42,\"foundedOn\":\"2025-10-01\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClubBoardEditsItsOwnClubUnderItsRecordedUnit() throws Exception {
        long id = club(DemoClubs.DEMO_BOARD_CLUB);
        var row = jdbc.sql("select unit_id, founded_on, version from club where id = ?")
                .param(id)
                .query()
                .singleRow();
        mvc.perform(get("/clubs/" + id + "/edit").with(as("demo-club")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Tân Lập")));
        mvc.perform(post("/clubs/" + id + "/edit")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("name", DemoClubs.DEMO_BOARD_CLUB)
                        .param("unitId", row.get("unit_id").toString())
                        .param("foundedOn", row.get("founded_on").toString())
                        .param("meetingDay", "12")
                        .param("version", row.get("version").toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select meeting_day from club where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(12);
    }

    @Test
    void statusAndBoardChangesAreRecordedInOrder() throws Exception {
        String name = "CLB Thử " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/clubs/new")
                .with(as("demo-ward"))
                .with(csrf())
                .param("name", name)
                .param("unitId", "42")
                .param("foundedOn", "2025-08-01"));
        long id = club(name);
        mvc.perform(post("/clubs/" + id + "/status")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("status", "SUSPENDED")
                        .param("since", "2025-09-01")
                        .param("version", "0"))
                .andExpect(content().string(containsString("Cần ghi lý do")));
        mvc.perform(post("/clubs/" + id + "/status")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("status", "SUSPENDED")
                        .param("since", "2025-09-01")
                        .param("reason", "Chủ nhiệm ốm")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/clubs/" + id + "/status")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("status", "ACTIVE")
                        .param("since", "2025-08-15")
                        .param("version", "1"))
                .andExpect(content().string(containsString("trước lần thay đổi tình trạng gần nhất")));
        mvc.perform(post("/clubs/" + id + "/board")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "1")
                        .param("seats[0].fullName", "Nguyễn Thị Hoa")
                        .param("seats[0].role", "CHAIR")
                        .param("seats[1].fullName", "Trần Văn Bình")
                        .param("seats[1].role", "TREASURER")
                        .param("seats[2].fullName", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/clubs/" + id).with(as("demo-ward")))
                .andExpect(content().string(containsString("Tạm ngừng")))
                .andExpect(content().string(containsString("Nguyễn Thị Hoa")))
                .andExpect(content().string(containsString("Thủ quỹ")));
    }

    @Test
    void theApiListsFoundsAndUpdatesWithinScope() throws Exception {
        mvc.perform(get("/api/v1/clubs").with(httpBasic("demo-ward", "demo")).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.size").value(2));
        String name = "CLB API " + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"name\":\"" + name + "\",\"unitId\":42,\"foundedOn\":\"2025-10-01\",\"meetingDay\":5,"
                + "\"initialFundCapital\":15000000}";
        MvcResult created = mvc.perform(post("/api/v1/clubs")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phase").value("NEW_UNDER_PLAN"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn();
        assertThat(created.getResponse().getHeader("Location")).startsWith("/api/v1/clubs/");
        mvc.perform(post("/api/v1/clubs")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"unitId\":42", "\"unitId\":41")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.unitId").value("Đơn vị này nằm ngoài phạm vi bạn phụ trách."));
        mvc.perform(post("/api/v1/clubs")
                        .with(httpBasic("demo-ward", "demo"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":42}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Please fill this in."));
    }
}
