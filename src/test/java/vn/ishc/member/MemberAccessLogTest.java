package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

/**
 * Viewing a member's page, a club page's member panel and downloading a member list leave entries in the
 * access log (R19).
 */
@IntegrationTest
class MemberAccessLogTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    java.time.Clock clock;

    Map<String, Object> latest(String what, String username) {
        return jdbc.sql("select * from audit_access where what = ? and username = ? order by id desc limit 1")
                .param(what)
                .param(username)
                .query()
                .singleRow();
    }

    @Test
    void aMemberPageViewIsLogged() throws Exception {
        var m = jdbc.sql("select m.id, m.person_id from membership m join club c on c.id = m.club_id"
                        + " where c.name like '%Tổ dân phố 3 Tân Lập%' order by m.id limit 1")
                .query()
                .singleRow();
        mvc.perform(get("/members/" + m.get("id")).with(user(accounts.loadUserByUsername("demo-club"))))
                .andExpect(status().isOk());
        var entry = latest("member-page", "demo-club");
        assertThat(entry.get("person_ids")).isEqualTo("," + m.get("person_id") + ",");
        assertThat(((Number) entry.get("person_count")).intValue()).isEqualTo(1);
        assertThat(entry.get("club_id")).isNotNull();
        assertThat(entry.get("unit_id")).isNotNull();
    }

    @Test
    void theClubPagesMemberPanelIsLoggedWithItsMembers() throws Exception {
        long club = jdbc.sql("select id from club where name = ?")
                .param(vn.ishc.club.DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        var active = jdbc.sql("select distinct person_id from membership where club_id = ? and joined_on <= ?"
                        + " and (left_on is null or left_on >= ?) order by person_id")
                .param(club)
                .param(today)
                .param(today)
                .query(Long.class)
                .list();
        mvc.perform(get("/clubs/" + club).with(user(accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isOk());
        var entry = latest("club-members", "demo-ward");
        assertThat(((Number) entry.get("club_id")).longValue()).isEqualTo(club);
        assertThat(entry.get("unit_id")).isNotNull();
        assertThat(((Number) entry.get("person_count")).intValue()).isEqualTo(active.size());
        assertThat((String) entry.get("person_ids")).contains("," + active.get(0) + ",");
    }

    @Test
    void aMemberListDownloadIsLoggedWithEveryoneInIt() throws Exception {
        String csv = mvc.perform(get("/members/export.csv").with(user(accounts.loadUserByUsername("demo-ward"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lines = csv.lines().count() - 1;
        var entry = latest("member-export", "demo-ward");
        assertThat(((Number) entry.get("person_count")).longValue())
                .isPositive()
                .isLessThanOrEqualTo(lines);
        assertThat((String) entry.get("person_ids")).startsWith(",").endsWith(",");
    }
}
