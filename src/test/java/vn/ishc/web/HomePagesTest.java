package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.FundResults.Balances;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.meeting.MeetingService;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.Vnd;

/**
 * Each role's home page through HTTP, its figures checked against the modules' own APIs on the same day: the
 * club board's month (who owes what, the funds' cash), the ward's clubs needing attention, the city's plan and
 * fund list, the administrator's accounts.
 */
@IntegrationTest
class HomePagesTest {
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
    ClubFunds funds;

    @Autowired
    MeetingService meetings;

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

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static int occurrences(String text, String of) {
        int n = 0;
        for (int i = text.indexOf(of); i >= 0; i = text.indexOf(of, i + 1)) n++;
        return n;
    }

    @Test
    void theClubBoardSeesItsMonthWithWhoOwesWhatAndTheCashOfBothFunds() throws Exception {
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        long club = demoClub();
        LocalDate today = LocalDate.now(clock);
        LocalDate end = YearMonth.from(today).atEndOfMonth();
        Balances b = fixture.as("demo-club", () -> funds.balances(club, today));
        List<Owed> dueByEnd = fixture.as("demo-club", () -> funds.owedOn(club, end)).stream()
                .filter(o -> o.due().dong() > 0)
                .toList();
        List<Owed> dueToday = fixture.as("demo-club", () -> funds.owedOn(club, today));
        Vnd totalDue = dueByEnd.stream().map(Owed::due).reduce(Vnd.ZERO, Vnd::plus);
        Vnd totalLate = dueToday.stream().map(Owed::due).reduce(Vnd.ZERO, Vnd::plus);
        assertThat(dueByEnd).as("the demo club has repayments due this month").isNotEmpty();

        String html = page("/", "demo-club-2");
        assertThat(html).contains("id=\"home-board-funds\"", "id=\"home-board-meetings\"", "id=\"home-board-reports\"");
        assertThat(html).contains("id=\"home-loan-cash\">" + shown(b.loanFundCash()) + "<");
        assertThat(html).contains("id=\"home-activity-fund\">" + shown(b.activityFund()) + "<");
        assertThat(html).contains("id=\"home-total-due\">" + shown(totalDue) + "<");
        assertThat(html).contains(shown(totalLate));
        assertThat(occurrences(html, "data-due-loan=")).isEqualTo(dueByEnd.size());
        for (Owed o : dueByEnd) {
            assertThat(html).contains("data-due-loan=\"" + o.loanId() + "\"");
            assertThat(html).contains("href=\"/loans/" + o.loanId() + "/repay\"");
        }
        var last = fixture.as("demo-club", () -> meetings.last(club)).orElseThrow();
        assertThat(html).contains("href=\"/meetings/" + last.id() + "\"");
        assertThat(html).contains("href=\"/clubs/" + club + "/meetings/sheet\"");
        assertThat(html).contains("href=\"/clubs/" + club + "/cashbook#cash-form\"");
        assertThat(html).doesNotContain("id=\"home-city-plan\"", "id=\"home-admin\"");
    }

    @Test
    void theRepaymentFormStartsWithWhatIsDue() throws Exception {
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        long club = demoClub();
        LocalDate today = LocalDate.now(clock);
        Owed late = fixture.as("demo-club", () -> funds.owedOn(club, today)).stream()
                .filter(o -> o.due().dong() > 0)
                .findFirst()
                .orElseThrow();
        String html = page("/loans/" + late.loanId() + "/repay", "demo-club");
        assertThat(html).contains("value=\"" + late.due().format() + "\"");
    }

    @Test
    void theWardOfficerSeesTheClubsNeedingAttentionEachWithItsCountAndList() throws Exception {
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        LocalDate today = LocalDate.now(clock);
        List<ClubView> visible = fixture.as("demo-ward", () -> clubs.visible());
        long lateClubs = visible.stream()
                .filter(c -> fixture.as("demo-ward", () -> funds.owedOn(c.id(), today)).stream()
                        .anyMatch(o -> o.daysOverdue() > 0))
                .count();
        long lateLoans = visible.stream()
                .mapToLong(c -> fixture.as("demo-ward", () -> funds.owedOn(c.id(), today)).stream()
                        .filter(o -> o.daysOverdue() > 0)
                        .count())
                .sum();
        var month = fixture.as("demo-ward", () -> meetings.month(YearMonth.from(today), null, 0, 1));
        long outOfBand = occurrences(page("/compositions?outOfBand=true", "demo-ward"), "class=\"composition-row\"");

        String html = page("/", "demo-ward");
        assertThat(html).contains("Câu lạc bộ cần chú ý");
        if (lateClubs > 0) {
            assertThat(html).contains(lateClubs + " câu lạc bộ có khoản vay trễ hạn (" + lateLoans + " khoản)");
            assertThat(html).contains("href=\"/funds?sort=-late\"");
        } else assertThat(html).doesNotContain("khoản vay trễ hạn");
        if (outOfBand > 0) {
            assertThat(html).contains(outOfBand + " câu lạc bộ có cơ cấu thành viên ngoài tiêu chuẩn");
            assertThat(html).contains("href=\"/compositions?outOfBand=true\"");
        }
        long notMet = month.total() - month.met();
        if (notMet > 0) assertThat(html).contains(notMet + " câu lạc bộ chưa ghi buổi sinh hoạt nào");
        assertThat(lateClubs + outOfBand + notMet)
                .as("the demo ward has something to look at")
                .isPositive();
        assertThat(html).doesNotContain("id=\"home-board-funds\"", "id=\"home-admin\"");
    }

    @Test
    void theCitySeesThePlanAndAFundListWithBalancesArrearsAndTotals() throws Exception {
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        LocalDate today = LocalDate.now(clock);
        String home = page("/", "demo-city");
        List<Long> inForce = jdbc.sql("select id from plan where period_start <= ? and period_end >= ?")
                .param(today)
                .param(today)
                .query(Long.class)
                .list();
        if (inForce.isEmpty())
            inForce = jdbc.sql("select id from plan where period_end = (select max(period_end) from plan)")
                    .query(Long.class)
                    .list();
        assertThat(inForce).isNotEmpty();
        assertThat(home).contains("id=\"home-city-plan\"");
        for (long p : inForce) assertThat(home).contains("href=\"/dashboard?plan=" + p + "\"");

        List<ClubView> visible = fixture.as("demo-city", () -> clubs.visible());
        Vnd loanCash = Vnd.ZERO, activity = Vnd.ZERO, outstanding = Vnd.ZERO;
        for (ClubView c : visible) {
            Balances b = fixture.as("demo-city", () -> funds.balances(c.id(), today));
            loanCash = loanCash.plus(b.loanFundCash());
            activity = activity.plus(b.activityFund());
            outstanding = outstanding.plus(b.outstanding());
        }
        String list = page("/funds?sort=-arrears", "demo-city");
        assertThat(occurrences(list, "class=\"fund-club\"")).isEqualTo(visible.size());
        String totals = list.substring(list.indexOf("id=\"fund-totals\""));
        assertThat(totals).contains(shown(loanCash), shown(activity), shown(outstanding));
        assertThat(list).contains("aria-sort=\"descending\"");
        for (String bad : new String[] {"nonsense", "--", "-"})
            mvc.perform(get("/funds").param("sort", bad).with(as("demo-city"))).andExpect(status().isOk());
        mvc.perform(get("/funds/export.csv").param("sort", "-arrears").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tổng cộng")));
        mvc.perform(get("/funds/export.xlsx").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void theAdministratorSeesAccountsFailedLoginsAndBackup() throws Exception {
        long all = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        long off = jdbc.sql("select count(*) from app_user where not enabled")
                .query(Long.class)
                .single();
        String html = page("/", "demo-admin");
        assertThat(html).contains("id=\"home-admin\"");
        assertThat(html).contains(all + " tài khoản, " + off + " đang tắt");
        assertThat(html).contains("href=\"/admin/logins\"", "href=\"/admin/backup\"");
    }

    @Test
    void theAdministratorSeesWhenTheApplicationLastWroteABackupOnTheHomeAndTheBackupScreen() throws Exception {
        mvc.perform(post("/admin/backup/export").with(as("demo-admin")).with(csrf()))
                .andExpect(status().isOk());
        String taken = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        String expected = "Lần sao lưu gần nhất: " + taken + " (hôm nay), do demo-admin tạo.";
        for (String path : List.of("/", "/admin/backup")) {
            String html = page(path, "demo-admin");
            assertThat(html).as(path).contains("id=\"backup-last\"", expected);
            assertThat(html).as(path).doesNotContain("id=\"backup-last\" class=\"alert alert-warning\"");
        }
        assertThat(mvc.perform(get("/").with(as("demo-admin"))
                                .cookie(new jakarta.servlet.http.Cookie("ishc-lang", "en")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Last backup: " + taken + " (today), by demo-admin.");
        assertThat(page("/", "demo-city")).doesNotContain("id=\"backup-last\"");
    }

    @Test
    void theNavigationGroupsTheEntriesWithThePlanAmongThem() throws Exception {
        String html = page("/", "demo-ward");
        assertThat(html).contains("id=\"nav-group-clubs\"", "id=\"nav-group-month\"", "id=\"nav-group-plan\"");
        assertThat(html).contains("id=\"nav-plans\"");
        assertThat(html).doesNotContain("id=\"nav-group-admin\"");
        assertThat(page("/", "demo-admin")).contains("id=\"nav-group-admin\"");
    }

    /** An amount as the pages show it: the "₫" kept on the number's line by a no-break space. */
    static String shown(Vnd amount) {
        return amount.format().replace(' ', '\u00a0');
    }
}
