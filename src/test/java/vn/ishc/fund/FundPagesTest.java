package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.member.MemberRegistry;

/** The fund screens and API through HTTP: demo books balance, bad input gets a message and changes nothing. */
@IntegrationTest
class FundPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    CashBookService cash;

    @Autowired
    Clock clock;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long demoClub() {
        return jdbc.sql("select id from club where name = ?")
                .param(DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
    }

    long loans(long clubId) {
        return jdbc.sql("select count(*) from fund_loan where club_id = ?")
                .param(clubId)
                .query(Long.class)
                .single();
    }

    long membership(long clubId) {
        return jdbc.sql("select min(id) from membership where club_id = ? and left_on is null")
                .param(clubId)
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoBooksBalanceInEveryClubAndShowOnTheFundsPage() throws Exception {
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        LocalDate today = LocalDate.now(clock);
        long withLoans = 0;
        for (ClubView c : fixture.as("demo-admin", () -> clubs.visible())) {
            var check = fixture.as("demo-admin", () -> cash.check(c.id(), today));
            assertThat(check.problems()).as(c.name()).isEmpty();
            assertThat(check.loanCash()).as(c.name()).isGreaterThanOrEqualTo(0);
            if (check.outstanding() > 0) withLoans++;
        }
        assertThat(withLoans).isGreaterThan(0);
        long club = demoClub();
        assertThat(jdbc.sql("select count(*) from fund_loan where club_id = ? and status = 'WRITTEN_OFF'")
                        .param(club)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/clubs/" + club + "/funds").with(as("demo-club")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fund-balance-check\"")))
                .andExpect(content().string(containsString("Quỹ cân đối")));
        mvc.perform(get("/clubs/" + club).with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fund-panel\"")));
        mvc.perform(get("/members/" + membership(club)).with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"passbook-open\"")));
        mvc.perform(get("/members/" + membership(club) + "/passbook").with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("size: A5")));
        mvc.perform(get("/clubs/" + club + "/cashbook").with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"closing-balance\"")));
        for (String path : new String[] {"/funds/loans.xlsx", "/funds/statement.xlsx", "/cashbook.xlsx"}) {
            mvc.perform(get("/clubs/" + club + path).with(as("demo-viewer")))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .contentTypeCompatibleWith(
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        mvc.perform(get("/clubs/" + club + "/funds/statement")
                        .param("fund", "ACTIVITY_FUND")
                        .with(as("demo-city")))
                .andExpect(status().isOk());
        mvc.perform(get("/clubs/" + club + "/funds/product").with(as("demo-club")))
                .andExpect(status().isOk());
        mvc.perform(get("/clubs/" + club + "/funds/opening").with(as("demo-club")))
                .andExpect(status().isOk());
    }

    @Test
    void badAmountsOnTheApplicationFormGetAMessageAndChangeNothing() throws Exception {
        long club = demoClub();
        long before = loans(club);
        String[][] cases = {
            {"1,5", "không có phần lẻ"},
            {"1.5", "không có phần lẻ"},
            {"0", "lớn hơn 0"},
            {"-5000", "lớn hơn 0"},
            {"1000000000000000", "quá lớn"},
            {"20.000.000", "vượt mức tối đa"}
        };
        for (String[] c : cases) {
            mvc.perform(post("/clubs/" + club + "/loans/new")
                            .with(as("demo-club"))
                            .with(csrf())
                            .param("membershipId", String.valueOf(membership(club)))
                            .param("purpose", "LIVESTOCK")
                            .param("amount", c[0])
                            .param("termMonths", "6")
                            .param("appliedOn", LocalDate.now(clock).toString()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c[1])));
        }
        mvc.perform(post("/clubs/" + club + "/loans/new")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("membershipId", String.valueOf(membership(club)))
                        .param("purpose", "LIVESTOCK")
                        .param("amount", "5.000.000")
                        .param("termMonths", "6")
                        .param("appliedOn", LocalDate.now(clock).plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không được sau hôm nay")));
        mvc.perform(post("/clubs/" + club + "/loans/new")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("membershipId", String.valueOf(membership(club)))
                        .param("purpose", "LIVESTOCK")
                        .param("amount", "5.000.000")
                        .param("termMonths", "6")
                        .param("appliedOn", "1990-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trước ngày thành lập")));
        assertThat(loans(club)).isEqualTo(before);
        mvc.perform(post("/clubs/" + club + "/loans/new")
                        .with(as("demo-viewer"))
                        .with(csrf())
                        .param("membershipId", String.valueOf(membership(club)))
                        .param("purpose", "LIVESTOCK")
                        .param("amount", "5.000.000")
                        .param("termMonths", "6")
                        .param("appliedOn", LocalDate.now(clock).toString()))
                .andExpect(status().isForbidden());
        assertThat(loans(club)).isEqualTo(before);
    }

    @Test
    void theApiAppliesApprovesByAnotherDisbursesAndRepaysAndRefusesBadInput() throws Exception {
        long club = demoClub();
        String today = LocalDate.now(clock).toString();
        long before = loans(club);
        for (String bad : new String[] {"1.5", "0", "-5", "1000000000000000"}) {
            mvc.perform(post("/api/v1/clubs/" + club + "/loans")
                            .with(httpBasic("demo-club", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"membershipId\":" + membership(club)
                                    + ",\"purpose\":\"CROPS\",\"amount\":" + bad + ",\"termMonths\":6,\"appliedOn\":\""
                                    + today + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.amount").exists());
        }
        assertThat(loans(club)).isEqualTo(before);
        String created = mvc.perform(post("/api/v1/clubs/" + club + "/loans")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"membershipId\":" + membership(club)
                                + ",\"purpose\":\"CROPS\",\"amount\":3000000,\"termMonths\":6,\"appliedOn\":\"" + today
                                + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        String date = "{\"date\":\"" + today + "\"}";
        mvc.perform(post("/api/v1/loans/" + id + "/approve")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(date))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("không được tự duyệt")));
        mvc.perform(post("/api/v1/loans/" + id + "/approve")
                        .with(httpBasic("demo-club-2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(date))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/loans/" + id + "/disburse")
                        .with(httpBasic("demo-club-2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(date))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schedule.length()").value(6));
        mvc.perform(post("/api/v1/loans/" + id + "/repayments")
                        .with(httpBasic("demo-club", "demo"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":1.5,\"date\":\"" + today + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount", containsString("whole đồng")));
        mvc.perform(post("/api/v1/loans/" + id + "/repayments")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":3015000,\"date\":\"" + today + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fee").value(15000))
                .andExpect(jsonPath("$.loan.status").value("REPAID"));
        mvc.perform(post("/api/v1/loans/" + id + "/repayments")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":1000,\"date\":\"" + today + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("đã tất toán")));
        mvc.perform(get("/api/v1/clubs/" + club + "/loans").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/clubs/" + club + "/cashbook")
                        .with(httpBasic("demo-viewer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GIFT\",\"amount\":1000,\"date\":\"" + today + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clubs/" + club + "/cashbook")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GOLDEN_HEART_DONATION\",\"amount\":500000,\"date\":\"" + today + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.posted[0].amount").value(500000));
    }

    @Test
    void aRepaymentFormWithAFractionGetsAMessageBesideTheField() throws Exception {
        long club = demoClub();
        long loan = jdbc.sql("select min(id) from fund_loan where club_id = ? and status = 'ACTIVE'")
                .param(club)
                .query(Long.class)
                .single();
        long entries = jdbc.sql("select count(*) from fund_entry where loan_id = ?")
                .param(loan)
                .query(Long.class)
                .single();
        mvc.perform(post("/loans/" + loan + "/repay")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("date", LocalDate.now(clock).toString())
                        .param("amount", "1,5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có phần lẻ")));
        assertThat(jdbc.sql("select count(*) from fund_entry where loan_id = ?")
                        .param(loan)
                        .query(Long.class)
                        .single())
                .isEqualTo(entries);
    }

    @Test
    void theCashBookFormAndTheApiRefuseBadAmountsAndDates() throws Exception {
        long club = demoClub();
        long before = jdbc.sql("select count(*) from fund_entry where club_id = ?")
                .param(club)
                .query(Long.class)
                .single();
        mvc.perform(post("/clubs/" + club + "/cashbook")
                        .with(as("demo-club"))
                        .with(csrf())
                        .param("kind", "MEMBERSHIP_FEE")
                        .param("date", LocalDate.now(clock).toString())
                        .param("amount", "2.000,5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có phần lẻ")));
        mvc.perform(post("/clubs/" + club + "/cashbook")
                        .with(as("demo-viewer"))
                        .with(csrf())
                        .param("kind", "MEMBERSHIP_FEE")
                        .param("date", LocalDate.now(clock).toString())
                        .param("amount", "2.000"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clubs/" + club + "/cashbook")
                        .with(httpBasic("demo-club", "demo"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MEMBERSHIP_FEE\",\"amount\":2000,\"date\":\""
                                + LocalDate.now(clock).plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date", containsString("after today")));
        mvc.perform(post("/api/v1/clubs/" + club + "/cashbook")
                        .with(httpBasic("demo-club", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MEMBERSHIP_FEE\",\"amount\":2000,\"date\":\"1990-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date", containsString("trước ngày thành lập")));
        assertThat(jdbc.sql("select count(*) from fund_entry where club_id = ?")
                        .param(club)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
