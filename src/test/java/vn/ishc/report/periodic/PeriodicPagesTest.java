package vn.ishc.report.periodic;

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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;

/**
 * The periodic report pages: the list with its form for those who may make reports (not for a viewer), a
 * report made through the form, its page loading the sections by htmx behind a progress indicator, the
 * sections fragment with the Decree 30 header, the narrative saved with its version and a stale save shown
 * as the form's message, the downloads, and the demo's report.
 */
@IntegrationTest
class PeriodicPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theListHasTheFormForOfficersOnlyAndTheDemosReport() throws Exception {
        mvc.perform(get("/reports/periodic").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"periodic-new\"")))
                .andExpect(content().string(containsString("Thành phố Buôn Ma Thuột")))
                .andExpect(content().string(containsString("Báo cáo năm")));
        mvc.perform(get("/reports/periodic").with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"periodic-new\""))))
                .andExpect(content().string(containsString("id=\"periodic-read-only\"")));
        mvc.perform(post("/reports/periodic")
                        .with(as("demo-viewer"))
                        .with(csrf())
                        .param("kind", "YEAR")
                        .param("year", "2024"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReportMadeOnThePageShowsItsSectionsAndKeepsItsNarrative() throws Exception {
        String location = mvc.perform(post("/reports/periodic")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("kind", "QUARTER")
                        .param("year", "2026")
                        .param("number", "2")
                        .param("unitId", "42")
                        .param("era", "CURRENT")
                        .param("documentNo", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/reports/periodic/*"))
                .andExpect(flash().attribute("flash", "periodic.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.replaceAll(".*/", "");
        mvc.perform(get("/reports/periodic/" + id).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/reports/periodic/" + id + "/sections\"")))
                .andExpect(content().string(containsString("id=\"periodic-progress\"")))
                .andExpect(content().string(containsString("id=\"periodic-narrative\"")));
        mvc.perform(get("/reports/periodic/" + id + "/sections")
                        .with(as("demo-ward"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")))
                .andExpect(content().string(containsString("HỘI NGƯỜI CAO TUỔI PHƯỜNG TÂN LẬP")))
                .andExpect(content().string(containsString("Số: 5/BC-HNCT")))
                // The agencies' tasks of the ward's committee, from the oversight module.
                .andExpect(content().string(containsString("Ủy ban nhân dân phường, xã – Phường Tân Lập")));

        mvc.perform(post("/reports/periodic/" + id + "/narrative")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "0")
                        .param("documentNo", "5")
                        .param("sections[SHORTCOMINGS]", "Một số câu lạc bộ chưa họp đủ 10 kỳ.")
                        .param("sections[SIGNER]", "Lê Thị Ánh"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "periodic.saved"));
        // A save on the version before: the form again, with the message, and nothing overwritten.
        mvc.perform(post("/reports/periodic/" + id + "/narrative")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .param("version", "0")
                        .param("sections[SHORTCOMINGS]", "Ghi đè"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người khác vừa lưu báo cáo này.")));
        assertThat(jdbc.sql("select body from report_narrative where report_id = ? and section = 'SHORTCOMINGS'"
                                + " order by revision desc")
                        .param(Long.parseLong(id))
                        .query(String.class)
                        .list())
                .containsExactly("Một số câu lạc bộ chưa họp đủ 10 kỳ.");
        mvc.perform(get("/reports/periodic/" + id + "/sections").with(as("demo-ward")))
                .andExpect(content().string(containsString("Một số câu lạc bộ chưa họp đủ 10 kỳ.")))
                .andExpect(content().string(containsString("Lê Thị Ánh")));
        mvc.perform(get("/reports/periodic/" + id + "/download.pdf").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("bao-cao-quarter-2-2026-")));
        mvc.perform(get("/reports/periodic/" + id + "/download.csv").with(as("demo-ward")))
                .andExpect(status().isBadRequest());
        // Audited.
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'periodic-report' and record_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aBadFormIsShownAgainWithTheMessage() throws Exception {
        mvc.perform(post("/reports/periodic")
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("kind", "QUARTER")
                        .param("year", "2026")
                        .param("number", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý phải là một số từ 1 đến 4 (báo cáo quý cần có quý).")));
    }
}
