package vn.ishc.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.Line;
import vn.ishc.fund.FundCommands.PostLines;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundCommands.Repay;
import vn.ishc.fund.FundResults;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.fund.LineRefused;
import vn.ishc.fund.ReceiptKind;
import vn.ishc.shared.Vnd;

/**
 * A class in a package of its own, as a meeting sheet will be, uses the fund module through its API alone:
 * what the borrowers owe on the meeting's day, and the meeting's fees and repayments posted as one document,
 * all or nothing, a refused line named by its row.
 */
@IntegrationTest
class FundApiFromAnotherModuleTest {
    @Autowired
    ClubFunds funds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long demoClub() {
        return jdbc.sql("select id from club where name = :n order by id limit 1")
                .param("n", DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
    }

    long entries(long club) {
        return jdbc.sql("select count(*) from fund_entry where club_id = :c")
                .param("c", club)
                .query(Long.class)
                .single();
    }

    @Test
    @WithUserDetails("demo-club")
    void aMeetingPostsItsFeesAndRepaymentsAsOneDocument() {
        long club = demoClub();
        LocalDate today = LocalDate.now(clock);
        List<Owed> owed = funds.owedOn(club, today);
        assertThat(owed).isNotEmpty();
        Owed borrower =
                owed.stream().filter(o -> o.due().dong() > 0).findFirst().orElse(owed.get(0));
        Vnd pay = borrower.due().dong() > 0 ? borrower.due() : borrower.nextDue();
        long before = entries(club);

        FundResults.Posted posted = funds.post(new PostLines(
                club,
                List.of(
                        Line.receive(
                                "row-1",
                                new Receive(
                                        club, ReceiptKind.MEMBERSHIP_FEE, today, Vnd.of(5_000), null, "SH-1", null)),
                        Line.repay("row-2", new Repay(borrower.loanId(), pay, today, "SH-1", null)))));

        assertThat(posted.received())
                .singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualTo(Vnd.of(5_000)));
        assertThat(posted.repaid())
                .singleElement()
                .satisfies(r ->
                        assertThat(r.fee().plus(r.principal()).plus(r.credit())).isEqualTo(pay));
        assertThat(entries(club)).isGreaterThan(before + 1);
        assertThat(funds.balances(club, today).holds()).isTrue();
    }

    @Test
    @WithUserDetails("demo-club")
    void aRefusedLineIsNamedAndNothingOfTheDocumentIsPosted() {
        long club = demoClub();
        LocalDate today = LocalDate.now(clock);
        long before = entries(club);

        assertThatThrownBy(() -> funds.post(new PostLines(
                        club,
                        List.of(
                                Line.receive(
                                        "membership-7",
                                        new Receive(
                                                club,
                                                ReceiptKind.MEMBERSHIP_FEE,
                                                today,
                                                Vnd.of(5_000),
                                                null,
                                                null,
                                                null)),
                                Line.receive(
                                        "membership-8",
                                        new Receive(
                                                club,
                                                ReceiptKind.MEMBERSHIP_FEE,
                                                today.plusDays(1),
                                                Vnd.of(5_000),
                                                null,
                                                null,
                                                null))))))
                .isInstanceOfSatisfying(LineRefused.class, e -> {
                    assertThat(e.row()).isEqualTo("membership-8");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("lines[1].date");
                    assertThat(e.messageKey()).isEqualTo("fund.error.future");
                });
        assertThat(entries(club)).isEqualTo(before);
    }
}
