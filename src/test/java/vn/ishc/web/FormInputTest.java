package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

/**
 * Forms follow the same input rules as the API ({@link InputRules}, bound by {@link InputBinding}): text
 * with NUL or a lone surrogate and a date outside 1900-2100 bring the form back with the message beside
 * the field, and nothing is saved.
 */
@IntegrationTest
class FormInputTest {
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    UserDetailsService accounts;

    MockHttpServletResponse postForm(String url, Map<String, String> fields) throws Exception {
        var request =
                post(url).with(user(accounts.loadUserByUsername("demo-admin"))).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    Map<String, Object> club(long id) {
        return jdbc.sql("select name, founded_on, version from club where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    @Test
    void theClubFormComesBackWithTheMessagesAndNothingIsSaved() throws Exception {
        long id = jdbc.sql("select min(id) from club").query(Long.class).single();
        Map<String, Object> before = club(id);
        long unitId = jdbc.sql("select unit_id from club where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String text = messages.getMessage("typeMismatch.java.lang.String", null, VI);
        String date = messages.getMessage("typeMismatch.java.time.LocalDate", null, VI);

        for (String[] bad : new String[][] {
            {"Câu lạc bộ\u0000", "2020-01-01", text},
            {"Câu lạc bộ \ud800", "2020-01-01", text},
            {"Câu lạc bộ\u0007", "2020-01-01", text},
            {"Câu lạc bộ", "0000-01-01", date},
            {"Câu lạc bộ", "2101-01-01", date},
            {"Câu lạc bộ", "2023-02-29", date}
        }) {
            MockHttpServletResponse response = postForm(
                    "/clubs/" + id + "/edit",
                    Map.of(
                            "name",
                            bad[0],
                            "unitId",
                            String.valueOf(unitId),
                            "foundedOn",
                            bad[1],
                            "version",
                            String.valueOf(before.get("version"))));
            assertThat(response.getStatus()).as(bad[0] + " " + bad[1]).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(bad[0] + " " + bad[1])
                    .contains(bad[2]);
            assertThat(club(id)).isEqualTo(before);
        }
    }

    @Test
    void aNewClubWithBadTextIsNotFounded() throws Exception {
        long unitId = jdbc.sql("select unit_id from club order by id limit 1")
                .query(Long.class)
                .single();
        long clubs = jdbc.sql("select count(*) from club").query(Long.class).single();
        MockHttpServletResponse response = postForm(
                "/clubs/new",
                Map.of("name", "CLB\u0000mới", "unitId", String.valueOf(unitId), "foundedOn", "2024-01-01"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains(messages.getMessage("typeMismatch.java.lang.String", null, VI));
        assertThat(jdbc.sql("select count(*) from club").query(Long.class).single())
                .isEqualTo(clubs);
    }
}
