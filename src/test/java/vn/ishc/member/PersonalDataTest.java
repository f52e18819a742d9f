package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;

/**
 * Personal data on request (Decree 13/2023/NĐ-CP): a demo borrower's data exported for them, and erased by
 * an administrator with a reason, leaving their club's fund equations and the city's dashboard exactly as
 * they were. Each test takes a borrower of its own, outside the demo board's club that other tests use.
 */
@IntegrationTest
class PersonalDataTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /**
     * A borrower with a birth date, national ID and phone, in an active club other than the demo board's,
     * not yet erased, the {@code n}-th such. Born in another year than 1966: an erasure keeps only the birth
     * year, and with a year only a person counts as older for the whole year they turn 60 (as ward lists
     * count); so figures as of a day of 2026 before a 1966-born person's birthday would count them older
     * (docs/security.md says so). The two dates compared below are outside that window for every other year.
     */
    Map<String, Object> borrower(int n) {
        return jdbc.sql("select distinct l.person_id, l.club_id, m.id as membership_id, p.full_name, p.national_id,"
                        + " p.phone, p.birth_date, p.birth_year, p.sex, p.ethnicity, p.household_status"
                        + " from fund_loan l join person p on p.id = l.person_id join club c on c.id = l.club_id"
                        + " join membership m on m.person_id = p.id and m.club_id = l.club_id"
                        + " where c.name <> ? and p.erased_on is null and p.merged_into_id is null"
                        + " and p.birth_date is not null and p.national_id is not null and p.phone is not null"
                        + " and p.birth_year <> 1966 and l.status <> 'APPLIED'"
                        + " and (select count(*) from membership x where x.person_id = p.id) = 1"
                        + " order by l.person_id limit 1 offset " + n)
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query()
                .singleRow();
    }

    String body(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long id(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    @Test
    void erasingABorrowerKeepsTheFundsAndTheDashboardAndForgetsTheirNameAndIdentifiers() throws Exception {
        var b = borrower(0);
        long person = id(b, "person_id");
        long club = id(b, "club_id");
        String name = (String) b.get("full_name");
        String today = LocalDate.now(clock).toString();
        List<String> figures = List.of(
                "/api/v1/indicators?asOf=" + today,
                "/api/v1/indicators?asOf=2025-12-31",
                "/api/v1/indicators?asOf=2025-12-31&units=plan");
        String balance = "/api/v1/clubs/" + club + "/funds/balance";
        List<String> before = new ArrayList<>();
        for (String url : figures) before.add(body(url, "demo-city"));
        String balanceBefore = body(balance, "demo-admin");
        assertThat(balanceBefore).contains("\"balances\":true");
        assertThat(body("/members/" + b.get("membership_id"), "demo-admin")).contains(name);

        mvc.perform(post("/members/person/" + person + "/erase")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("reason", "Yêu cầu của bà ngày 20/11/2026, đơn số 7")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        // the fund equations and every figure of the dashboard, exactly as before
        assertThat(body(balance, "demo-admin")).isEqualTo(balanceBefore);
        for (int i = 0; i < figures.size(); i++) {
            assertThat(body(figures.get(i), "demo-city")).as(figures.get(i)).isEqualTo(before.get(i));
        }

        // the person row: name and identifiers gone, what the figures need kept
        var after = jdbc.sql("select * from person where id = ?")
                .param(person)
                .query()
                .singleRow();
        assertThat(after.get("full_name")).isEqualTo("Đã xóa dữ liệu cá nhân #" + person);
        assertThat(after.get("name_key")).isEqualTo(vn.ishc.shared.SearchText.key("Đã xóa dữ liệu cá nhân #" + person));
        assertThat(after.get("national_id")).isNull();
        assertThat(after.get("phone")).isNull();
        assertThat(after.get("birth_date")).isNull();
        assertThat(after.get("residential_group")).isNull();
        assertThat(after.get("other_hardship")).isNull();
        assertThat(after.get("erased_on")).isNotNull();
        assertThat(after.get("birth_year")).isEqualTo(b.get("birth_year"));
        assertThat(after.get("sex")).isEqualTo(b.get("sex"));
        assertThat(after.get("ethnicity")).isEqualTo(b.get("ethnicity"));
        assertThat(after.get("household_status")).isEqualTo(b.get("household_status"));

        // the member page and the club's loan list show the anonymous label only
        String page = body("/members/" + b.get("membership_id"), "demo-admin");
        assertThat(page)
                .doesNotContain(name)
                .doesNotContain((String) b.get("national_id"))
                .doesNotContain((String) b.get("phone"))
                .contains("Đã xóa dữ liệu cá nhân #" + person)
                .contains("member-erased")
                .doesNotContain("/members/" + b.get("membership_id") + "/edit");
        assertThat(body("/clubs/" + club + "/funds", "demo-admin")).doesNotContain(name);

        // the audit trail: the erasure with its reason, and none of the erased values
        var entry = jdbc.sql("select * from audit_entry where record_type = 'person' and record_id = ?"
                        + " and action = 'PersonErased'")
                .param(String.valueOf(person))
                .query()
                .singleRow();
        assertThat(entry.get("username")).isEqualTo("demo-admin");
        assertThat(entry.get("reason")).isEqualTo("Yêu cầu của bà ngày 20/11/2026, đơn số 7");
        var changed = jdbc.sql("select coalesce(old_value, '') || '|' || coalesce(new_value, '') from audit_change"
                        + " where entry_id = ?")
                .param(entry.get("id"))
                .query(String.class)
                .list();
        assertThat(String.join(" ", changed)).doesNotContain(name).contains("nationalId");

        // irreversible: a second erasure and a correction are refused with a message
        mvc.perform(post("/members/person/" + person + "/erase")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("reason", "again")
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("eraseForm", "reason", "personal.error.erased"));
        mvc.perform(post("/members/" + b.get("membership_id") + "/edit")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("fullName", name)
                        .param("sex", (String) b.get("sex"))
                        .param("birthYear", String.valueOf(b.get("birth_year")))
                        .param("ethnicity", (String) b.get("ethnicity"))
                        .param("householdStatus", (String) b.get("household_status"))
                        .param("version", String.valueOf(after.get("version"))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fullName", "personal.error.erasedNoChange"));
        assertThat(jdbc.sql("select full_name from person where id = ?")
                        .param(person)
                        .query(String.class)
                        .single())
                .isEqualTo("Đã xóa dữ liệu cá nhân #" + person);
    }

    @Test
    void onlyAnAdministratorErasesAndOnlyWithAReason() throws Exception {
        var b = borrower(1);
        long person = id(b, "person_id");
        // Refused to everyone else: 403 where the person is in the scope, 404 (as if there were no such
        // person) where not, decided before the form is read (web.RecordWriteGuard).
        for (String username : List.of("demo-city", "demo-ward", "demo-club", "demo-viewer")) {
            int status = mvc.perform(post("/members/person/" + person + "/erase")
                            .with(as(username))
                            .with(csrf())
                            .param("reason", "request")
                            .param("confirmed", "true"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(username).isIn(403, 404);
            if (username.equals("demo-city"))
                assertThat(status).as("the city sees every borrower").isEqualTo(403);
        }
        mvc.perform(get("/members/person/" + person + "/erase").with(as("demo-city")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/members/person/" + person + "/erase").with(as("demo-admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/members/person/" + person + "/erase")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("reason", "   ")
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("eraseForm", "reason", "personal.error.reason"));
        mvc.perform(post("/members/person/" + person + "/erase")
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("reason", "Yêu cầu bằng văn bản"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("eraseForm", "confirmed", "personal.error.confirm"));
        assertThat(jdbc.sql("select full_name from person where id = ?")
                        .param(person)
                        .query(String.class)
                        .single())
                .isEqualTo(b.get("full_name"));
    }

    @Test
    void theExportHoldsThePersonTheirMembershipsAndLoansAndIsLogged() throws Exception {
        var b = borrower(2);
        long person = id(b, "person_id");
        long loans = jdbc.sql("select count(*) from fund_loan where person_id = ?")
                .param(person)
                .query(Long.class)
                .single();
        byte[] xlsx = mvc.perform(get("/members/person/" + person + "/personal-data.xlsx")
                        .with(as("demo-admin"))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            String personSheet = text(wb.getSheetAt(0));
            assertThat(personSheet)
                    .contains((String) b.get("full_name"))
                    .contains((String) b.get("national_id"))
                    .contains((String) b.get("phone"));
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(1);
            Sheet loanSheet = wb.getSheetAt(2);
            assertThat(loanSheet.getSheetName()).isEqualTo("Khoản vay");
            assertThat(loanSheet.getLastRowNum()).isEqualTo((int) loans);
            assertThat(text(loanSheet)).contains("Dư nợ gốc");
        }
        var entry = jdbc.sql("select * from audit_access where what = 'personal-data-export' and username ="
                        + " 'demo-admin' order by id desc limit 1")
                .query()
                .singleRow();
        assertThat(entry.get("person_ids")).isEqualTo("," + person + ",");
        assertThat(entry.get("subject")).isEqualTo("person " + person);

        // club boards and viewers may not export a person's data
        for (String username : List.of("demo-club", "demo-viewer")) {
            mvc.perform(get("/members/person/" + person + "/personal-data.xlsx").with(as(username)))
                    .andExpect(status().is4xxClientError());
        }
    }

    static String text(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> out.append(f.formatCellValue(cell)).append('\t'));
            out.append('\n');
        }
        return out.toString();
    }
}
