package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundCommands.Repay;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.fund.loan.LoanCommands.RescheduleLoan;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.shared.Vnd;

/**
 * The fund module's changes are in the audit trail under the club and its unit: a repayment with its
 * amount and split, a cash-book receipt, a reschedule with the term before and after and its reason
 * (rolled back after).
 */
@IntegrationTest
@Transactional
class FundAuditTest {
    @Autowired
    ClubFunds funds;

    @Autowired
    LoanService loans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    @Test
    void repaymentsReceiptsAndReschedulesAreRecorded() {
        var club = jdbc.sql("select id, unit_id from club where name = :n order by id limit 1")
                .param("n", DemoClubs.DEMO_BOARD_CLUB)
                .query()
                .singleRow();
        long clubId = ((Number) club.get("id")).longValue();
        long unitId = ((Number) club.get("unit_id")).longValue();
        LocalDate today = LocalDate.now(clock);
        long[] loan = new long[1];
        int[] term = new int[1];
        AuditedChanges.as(accounts, "demo-club-2", () -> {
            Owed owed = funds.owedOn(clubId, today).get(0);
            loan[0] = owed.loanId();
            term[0] = loans.get(owed.loanId()).termMonths();
            funds.repay(new Repay(owed.loanId(), Vnd.of(10_000), today, "PT-A1", null));
            funds.receive(new Receive(clubId, ReceiptKind.MEMBERSHIP_FEE, today, Vnd.of(60_000), null, "PT-A2", null));
            loans.reschedule(new RescheduleLoan(owed.loanId(), today, term[0] + 3, "Gia đình có người ốm"));
        });

        var repaid = AuditedChanges.latest(jdbc, "loan", loan[0], "LoanRepaid");
        assertThat(repaid.username()).isEqualTo("demo-club-2");
        assertThat(repaid.unitId()).isEqualTo(unitId);
        assertThat(repaid.changes().get("amount"))
                .containsExactly(null, Vnd.of(10_000).toString());
        assertThat(repaid.changes()).containsKeys("fee", "principal", "on", "posting");

        var rescheduled = AuditedChanges.latest(jdbc, "loan", loan[0], "LoanRescheduled");
        assertThat(rescheduled.changes().get("termMonths"))
                .isEqualTo(Arrays.asList(String.valueOf(term[0]), String.valueOf(term[0] + 3)));
        assertThat(rescheduled.reason()).isEqualTo("Gia đình có người ốm");

        long receipts = jdbc.sql("select count(*) from audit_entry e join audit_change c on c.entry_id = e.id"
                        + " where e.record_type = 'fund-entry' and e.action = 'FundEntriesPosted'"
                        + " and e.club_id = :c and c.field = 'kind' and c.new_value = 'MEMBERSHIP_FEE'"
                        + " and e.username = 'demo-club-2'")
                .param("c", clubId)
                .query(Long.class)
                .single();
        assertThat(receipts).isPositive();
    }
}
