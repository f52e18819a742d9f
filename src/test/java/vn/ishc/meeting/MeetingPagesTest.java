package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.Vnd;

/**
 * The meeting pages through HTTP, on a club of the test's own (MeetingFixture: two members, one owing on a
 * loan, a fee of 5,000 đồng): the sheet shows every member and what they owe; a posted sheet records the
 * attendance, the fee in the cash book and the repayment once, also when posted twice; a refused line comes
 * back with its message on that line and what was typed; readers get no form, other clubs' boards nothing.
 */
@IntegrationTest
class MeetingPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    LoanService loans;

    @Autowired
    CashBookService cash;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    MeetingFixture f;
    FundFixture funds;
    LocalDate today;

    @BeforeEach
    void setUp() {
        funds = new FundFixture(accounts, clubs, members);
        f = new MeetingFixture(funds, clubs, members, loans, cash, meetings);
        today = LocalDate.now(clock);
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String sheetUrl() {
        return "/clubs/" + f.club.id() + "/meetings/sheet";
    }

    /** What the borrower owes today on the loan, as the sheet computes it. */
    Vnd due() {
        return funds.as("demo-ward", () -> meetings.sheet(f.club.id(), today)).rows().stream()
                .filter(r -> r.personId() == f.borrower.personId())
                .findFirst()
                .orElseThrow()
                .due();
    }

    /** An amount as typed on the sheet: the digits grouped by dots, without the đồng sign. */
    static String typed(Vnd amount) {
        return amount.format().replace(" ₫", "");
    }

    /** The sheet as the treasurer posts it: the borrower present, paying the fee and a repayment; the other absent. */
    MockHttpServletRequestBuilder sheet(String key, String fee, String repayment) {
        return sheet(key, fee, repayment, "PRESENT");
    }

    MockHttpServletRequestBuilder sheet(String key, String fee, String repayment, String attendance) {
        return post(sheetUrl())
                .param("on", today.toString())
                .param("key", key)
                .param("heldOn", today.toString())
                .param("place", "Nhà văn hóa tổ 3")
                .param("topics", "Chăm sóc sức khỏe")
                .param("lines[0].personId", String.valueOf(f.borrower.personId()))
                .param("lines[0].attendance", attendance)
                .param("lines[0].fee", fee)
                .param("lines[0].contribution", "")
                .param("lines[0].repayments[0].loanId", String.valueOf(f.loan.id()))
                .param("lines[0].repayments[0].amount", repayment)
                .param("lines[1].personId", String.valueOf(f.other.personId()))
                .param("lines[1].attendance", "ABSENT")
                .param("lines[1].fee", "0")
                .with(csrf());
    }

    long meetingsOfClub() {
        return jdbc.sql("select count(*) from meeting where club_id = ?")
                .param(f.club.id())
                .query(Long.class)
                .single();
    }

    long postings(long meetingId, String fund) {
        return jdbc.sql("select count(distinct posting) from fund_entry where club_id = ? and document_no = ?"
                        + " and fund = ? and reverses_id is null")
                .param(f.club.id())
                .param("BH-" + meetingId)
                .param(fund)
                .query(Long.class)
                .single();
    }

    boolean standing(long meetingId) {
        return jdbc.sql("select count(*) from meeting where id = ? and live_on is not null")
                        .param(meetingId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    long meetingId(MvcResult result) {
        Matcher m =
                Pattern.compile("/meetings/(\\d+)").matcher(result.getResponse().getRedirectedUrl());
        assertThat(m.matches()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theSheetShowsEveryMemberWhatTheyOweAndTheClubsFee() throws Exception {
        String html = mvc.perform(get(sheetUrl()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sheet-form\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(f.borrower.person().fullName(), f.other.person().fullName())
                .contains("value=\"" + typed(due()) + "\"")
                .contains("value=\"5.000\"")
                .contains("inputmode=\"numeric\"");
        assertThat(line(html, f.borrower.personId()))
                .contains(".repayments[0].loanId\" value=\"" + f.loan.id() + "\"")
                .contains("value=\"" + typed(due()) + "\"");
        assertThat(line(html, f.other.personId())).doesNotContain(".repayments[");
        Matcher key = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(key.find()).as("a server-made key for a page without script").isTrue();
        assertThat(html).contains("meeting-sheet.js");
    }

    @Test
    void aPostedSheetRecordsAttendanceTheFeeAndTheRepaymentOnceEvenWhenPostedTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        String repayment = typed(due());
        MvcResult first = mvc.perform(sheet(key, "5.000", repayment).with(as("demo-ward")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/meetings/*"))
                .andExpect(flash().attribute("flash", "meeting.flash.held"))
                .andReturn();
        long id = meetingId(first);
        assertThat(jdbc.sql("select attendance from meeting_attendance where meeting_id = ? and person_id = ?")
                        .param(id)
                        .param(f.borrower.personId())
                        .query(String.class)
                        .single())
                .isEqualTo("PRESENT");
        assertThat(jdbc.sql("select attendance from meeting_attendance where meeting_id = ? and person_id = ?")
                        .param(id)
                        .param(f.other.personId())
                        .query(String.class)
                        .single())
                .isEqualTo("ABSENT");
        assertThat(postings(id, "ACTIVITY_FUND")).as("the fee in the cash book").isEqualTo(1);
        assertThat(postings(id, "LOAN_FUND")).as("the repayment").isEqualTo(1);

        MvcResult again = mvc.perform(sheet(key, "5.000", repayment).with(as("demo-ward")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "meeting.flash.replayed"))
                .andReturn();
        assertThat(meetingId(again)).isEqualTo(id);
        assertThat(meetingsOfClub()).isEqualTo(1);
        assertThat(postings(id, "ACTIVITY_FUND")).isEqualTo(1);
        assertThat(postings(id, "LOAN_FUND")).isEqualTo(1);

        mvc.perform(get("/meetings/" + id).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.borrower.person().fullName())))
                .andExpect(content().string(containsString(due().format().replace(' ', '\u00a0'))))
                .andExpect(content().string(containsString("id=\"reverse-form\"")));
        mvc.perform(get(sheetUrl() + "?on=" + today).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sheet-recorded-link\"")))
                .andExpect(content().string(not(containsString("id=\"sheet-form\""))));
    }

    @Test
    void aRefusedLineShowsItsMessageOnThatLineAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(
                        sheet(UUID.randomUUID().toString(), "5.000", "1,5").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(line(html, f.borrower.personId()))
                .contains("line-refused")
                .contains("value=\"1,5\"")
                .contains("is-invalid");
        assertThat(line(html, f.other.personId())).doesNotContain("line-refused");
        assertThat(HtmlUtils.htmlUnescape(html)).contains("value=\"Nhà văn hóa tổ 3\"");

        // Refused by the service: the other member repays the borrower's loan. The message names line 2.
        String other = mvc.perform(post(sheetUrl())
                        .param("key", UUID.randomUUID().toString())
                        .param("heldOn", today.toString())
                        .param("lines[0].personId", String.valueOf(f.borrower.personId()))
                        .param("lines[0].attendance", "PRESENT")
                        .param("lines[0].fee", "5000")
                        .param("lines[1].personId", String.valueOf(f.other.personId()))
                        .param("lines[1].attendance", "EXCUSED")
                        .param("lines[1].fee", "5000")
                        .param("lines[1].repayments[0].loanId", String.valueOf(f.loan.id()))
                        .param("lines[1].repayments[0].amount", "50.000")
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(line(other, f.other.personId()))
                .contains("line-refused")
                .contains(f.other.person().fullName() + ":")
                .contains("value=\"50.000\"");
        assertThat(line(other, f.borrower.personId())).doesNotContain("line-refused");

        // Bad input of every kind gives the sheet back with a message, never a server error.
        mvc.perform(sheet(UUID.randomUUID().toString(), "năm nghìn", "1").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("line-refused")));
        mvc.perform(sheet(UUID.randomUUID().toString(), "5000", "1", "SOMETIMES")
                        .with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("line-refused")));
        mvc.perform(sheet("short", "5000", "1").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sheet-day-errors\"")));
        mvc.perform(sheet(UUID.randomUUID().toString(), "5000", "1")
                        .param("lines[5000].fee", "1")
                        .with(as("demo-ward")))
                .andExpect(status().isOk());
        assertThat(meetingsOfClub()).isZero();
    }

    /** The card of a member's line in the sheet's HTML. */
    static String line(String html, long personId) {
        int id = html.indexOf("id=\"line-p" + personId + "\"");
        assertThat(id).as("the line of person %d", personId).isPositive();
        int start = html.lastIndexOf("<div", id);
        int end = html.indexOf("class=\"card mb-2 sheet-line", id);
        return html.substring(start, end < 0 ? html.indexOf("id=\"sheet-totals\"", id) : end);
    }

    @Test
    void aViewerSeesNoFormAndMayNotPostAnotherClubsBoardSeesNothing() throws Exception {
        mvc.perform(get(sheetUrl()).with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sheet-readonly\"")))
                .andExpect(content().string(containsString(f.borrower.person().fullName())))
                .andExpect(content().string(not(containsString("id=\"sheet-form\""))));
        mvc.perform(sheet(UUID.randomUUID().toString(), "5000", "1").with(as("demo-viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/clubs/" + f.club.id() + "/meetings").with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"dues-form\""))));
        mvc.perform(get(sheetUrl()).with(as("demo-club"))).andExpect(status().isNotFound());
        mvc.perform(sheet(UUID.randomUUID().toString(), "5000", "1").with(as("demo-club")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clubs/" + f.club.id() + "/meetings").with(as("demo-club")))
                .andExpect(status().isNotFound());
        assertThat(meetingsOfClub()).isZero();
    }

    /** Whether a page of this month's view of the club's unit links to the meeting (the unit may hold many clubs). */
    boolean monthViewShows(long meetingId) throws Exception {
        for (int page = 0; page < 1000; page++) {
            String html = mvc.perform(get("/meetings")
                            .param("month", today.toString().substring(0, 7))
                            .param("unit", String.valueOf(f.club.unitId()))
                            .param("page", String.valueOf(page))
                            .with(as("demo-ward")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (html.contains("/meetings/" + meetingId + "\"")) return true;
            if (!html.contains("class=\"month-club")) return false;
        }
        return false;
    }

    @Test
    void aMeetingIsReversedWithAReasonAndTheYearAndMonthShowIt() throws Exception {
        long id = meetingId(
                mvc.perform(sheet(UUID.randomUUID().toString(), "5.000", "").with(as("demo-ward")))
                        .andExpect(status().is3xxRedirection())
                        .andReturn());
        assertThat(monthViewShows(id))
                .as("the month's view lists the club with its meeting")
                .isTrue();
        mvc.perform(post("/meetings/" + id + "/minutes")
                        .param("version", "99")
                        .param("place", "Sân đình")
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/meetings/" + id + "/reversal")
                        .param("reason", " ")
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(standing(id)).isTrue();
        mvc.perform(post("/meetings/" + id + "/reversal")
                        .param("reason", "Ghi nhầm ngày")
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "meeting.flash.reversed"));
        assertThat(standing(id)).isFalse();
        assertThat(postings(id, "ACTIVITY_FUND")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from fund_entry e join fund_entry r on r.reverses_id = e.id"
                                + " where e.document_no = ?")
                        .param("BH-" + id)
                        .query(Long.class)
                        .single())
                .as("the fee reversed")
                .isEqualTo(1);
        mvc.perform(get("/clubs/" + f.club.id() + "/meetings").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ghi nhầm ngày")))
                .andExpect(content().string(containsString("text-decoration-line-through")));
        mvc.perform(get("/clubs/" + f.club.id()).with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meeting-panel\"")));
        // A year the club did not exist in shows the nearest one; what is not a year is a bad request.
        mvc.perform(get("/clubs/" + f.club.id() + "/meetings?year=99999").with(as("demo-ward")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ghi nhầm ngày")));
        mvc.perform(get("/clubs/" + f.club.id() + "/meetings?year=1").with(as("demo-ward")))
                .andExpect(status().isOk());
        mvc.perform(get("/clubs/" + f.club.id() + "/meetings?year=abc").with(as("demo-ward")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/meetings?month=2026-13").with(as("demo-ward"))).andExpect(status().isBadRequest());
    }

    @Test
    void theDuesAreSetAsTypedAndAStaleFormIsRefused() throws Exception {
        Dues before = funds.as("demo-ward", () -> meetings.dues(f.club.id()));
        mvc.perform(post("/clubs/" + f.club.id() + "/meetings/dues")
                        .param("version", String.valueOf(before.version()))
                        .param("feePerMonth", "3.000")
                        .param("contributionPerMonth", "20.000")
                        .param("contributionKind", "SAVINGS")
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Dues after = funds.as("demo-ward", () -> meetings.dues(f.club.id()));
        assertThat(after.feePerMonth()).isEqualTo(Vnd.of(3_000));
        assertThat(after.contributionPerMonth()).isEqualTo(Vnd.of(20_000));
        assertThat(after.contributionKind()).isEqualTo(ContributionKind.SAVINGS);
        mvc.perform(post("/clubs/" + f.club.id() + "/meetings/dues")
                        .param("version", String.valueOf(before.version()))
                        .param("feePerMonth", "4000")
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(get(sheetUrl()).with(as("demo-ward")))
                .andExpect(content().string(containsString("value=\"20.000\"")))
                .andExpect(content().string(containsString("data-fund=\"loan\"")));
    }
}
