package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.member.MemberRegistry;

/** The meeting API: the sheet with what is due, a sheet recorded once per key, refusals naming the line. */
@IntegrationTest
class MeetingApiTest {
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
    String today;

    @BeforeEach
    void setUp() {
        f = new MeetingFixture(new FundFixture(accounts, clubs, members), clubs, members, loans, cash, meetings);
        today = LocalDate.now(clock).toString();
    }

    String body(String key, String fee, String repayment) {
        return """
                {"key":"%s","heldOn":"%s","place":"Nhà văn hóa","topics":"Sức khỏe","decisions":null,
                 "lines":[{"personId":%d,"attendance":"PRESENT","fee":%s,"contribution":null,
                           "repayments":[{"loanId":%d,"amount":%s}]},
                          {"personId":%d,"attendance":"ABSENT","fee":0}]}""".formatted(key, today, f.borrower.personId(), fee, f.loan.id(), repayment, f.other.personId());
    }

    ResultActions send(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/clubs/" + f.club.id() + "/meetings")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long meetingsOfClub() {
        return jdbc.sql("select count(*) from meeting where club_id = ?")
                .param(f.club.id())
                .query(Long.class)
                .single();
    }

    @Test
    void theSheetSaysWhatEachMemberOwes() throws Exception {
        mvc.perform(get("/api/v1/clubs/" + f.club.id() + "/meeting-sheet?on=" + today)
                        .with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dues.feePerMonth").value(5000))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[?(@.personId == " + f.borrower.personId() + ")].owed[0].due")
                        .value(5_150_000))
                .andExpect(jsonPath("$.recorded").doesNotExist());
    }

    @Test
    void aSheetIsRecordedOncePerKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String id = send("demo-ward", body(key, "5000", "1030000"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/meetings/")))
                .andExpect(jsonPath("$.replayed").value(false))
                .andExpect(jsonPath("$.present").value(1))
                .andExpect(jsonPath("$.repayments").value(1_030_000))
                .andReturn()
                .getResponse()
                .getHeader("Location")
                .replaceAll(".*/", "");
        send("demo-ward", body(key, "5000", "1030000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true))
                .andExpect(jsonPath("$.id").value(Long.parseLong(id)));
        assertThat(meetingsOfClub()).isEqualTo(1);
        mvc.perform(get("/api/v1/meetings/" + id + "/attendance").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/api/v1/meetings/" + id + "/reversal")
                        .with(httpBasic("demo-ward", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Ghi nhầm\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reversal.reason").value("Ghi nhầm"));
    }

    @Test
    void aBadAmountIsRefusedOnItsLineAndNothingIsRecorded() throws Exception {
        for (String bad : new String[] {"1.5", "-5", "1000000000000000"}) {
            send("demo-ward", body(UUID.randomUUID().toString(), "5000", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors['lines[0].repayments[0].amount']")
                            .exists())
                    .andExpect(jsonPath("$.line").value(0))
                    .andExpect(jsonPath("$.personId").value(f.borrower.personId()))
                    .andExpect(jsonPath(
                            "$.detail", containsString(f.borrower.person().fullName())));
        }
        send("demo-ward", body(UUID.randomUUID().toString(), "\"năm nghìn\"", "1"))
                .andExpect(status().isBadRequest());
        send("demo-ward", body("short", "5000", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.key").exists());
        assertThat(meetingsOfClub()).isZero();
    }

    @Test
    void outsideTheScopeIsNotFoundAndReadersDoNotWrite() throws Exception {
        send("demo-club", body(UUID.randomUUID().toString(), "5000", "1")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clubs/" + f.club.id() + "/meeting-sheet").with(httpBasic("demo-club", "demo")))
                .andExpect(status().isNotFound());
        send("demo-viewer", body(UUID.randomUUID().toString(), "5000", "1")).andExpect(status().isForbidden());
        assertThat(meetingsOfClub()).isZero();
    }

    @Test
    void theMonthSaysWhichClubsMet() throws Exception {
        send("demo-ward", body(UUID.randomUUID().toString(), "5000", "1030000")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/meetings?month=" + today.substring(0, 7) + "&unit=42&size=100000")
                        .with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.clubId == " + f.club.id() + ")].met")
                        .value(true));
    }
}
