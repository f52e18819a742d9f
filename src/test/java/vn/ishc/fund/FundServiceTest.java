package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.cashbook.CashBookCommands.ApproveExpense;
import vn.ishc.fund.cashbook.CashBookCommands.ContributeCapital;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookCommands.ReversePosting;
import vn.ishc.fund.cashbook.CashBookCommands.TransferFees;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.cashbook.OpeningBalances;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanCommands.AdoptProduct;
import vn.ishc.fund.loan.LoanCommands.ApplyForLoan;
import vn.ishc.fund.loan.LoanCommands.ApproveLoan;
import vn.ishc.fund.loan.LoanCommands.DisburseLoan;
import vn.ishc.fund.loan.LoanCommands.RecordRepayment;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.LoanStatus;
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/** The fund services against the real database: a loan's life, bad input, scope, second approvers. */
@IntegrationTest
class FundServiceTest {
    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    LoanService loans;

    @Autowired
    CashBookService cash;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpeningBalances opening;

    @Autowired
    Clock clock;

    FundFixture fixture;
    ClubView club;
    MemberView member;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new FundFixture(accounts, clubs, members);
        club = fixture.club();
        member = fixture.member(club);
        today = LocalDate.now(clock);
        fixture.as(
                "demo-ward",
                () -> loans.adopt(new AdoptProduct(
                        club.id(),
                        FeeMethod.FLAT,
                        50,
                        List.of(6, 12),
                        Vnd.of(10_000_000),
                        Frequency.MONTHLY,
                        0,
                        OverpaymentRule.REFUSE,
                        FundFixture.FOUNDED)));
    }

    long entries() {
        return jdbc.sql("select count(*) from fund_entry where club_id = ?")
                .param(club.id())
                .query(Long.class)
                .single();
    }

    Loan applied(long amount) {
        return fixture.as(
                "demo-ward",
                () -> loans.apply(new ApplyForLoan(
                        club.id(), member.membershipId(), Purpose.LIVESTOCK, Vnd.of(amount), 6, today)));
    }

    void capital(long amount) {
        fixture.as(
                "demo-ward",
                () -> cash.contribute(new ContributeCapital(
                        club.id(),
                        FundingSource.STATE_BUDGET,
                        FundFixture.FOUNDED,
                        Vnd.of(amount),
                        "QĐ 1",
                        null,
                        null)));
    }

    @Test
    void aLoansLifeRecordedApprovedByAnotherDisbursedAndRepaid() {
        capital(20_000_000);
        Loan loan = applied(6_000_000);
        assertThatThrownBy(() -> fixture.as("demo-ward", () -> loans.approve(new ApproveLoan(loan.id(), today))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.loan.error.ownApproval"));
        assertThat(fixture.as("demo-ward", () -> loans.ofClub(club.id())).get(0).status())
                .isEqualTo(LoanStatus.APPLIED);
        fixture.as("demo-city", () -> loans.approve(new ApproveLoan(loan.id(), today)));
        fixture.as("demo-ward", () -> loans.disburse(new DisburseLoan(loan.id(), today)));
        Loan.Allocation a = fixture.as(
                "demo-ward",
                () -> loans.repay(new RecordRepayment(loan.id(), Vnd.of(1_030_000), today, "PT-01", null)));
        assertThat(a.fee()).isEqualTo(Vnd.of(30_000));
        assertThat(a.principal()).isEqualTo(Vnd.of(1_000_000));
        Loan after = fixture.as("demo-viewer", () -> loans.get(loan.id()));
        assertThat(after.outstanding(null)).isEqualTo(Vnd.of(5_000_000));
        assertThat(after.schedule()).hasSize(6);
        var check = fixture.as("demo-viewer", () -> cash.check(club.id(), today));
        assertThat(check.problems()).isEmpty();
        assertThat(check.loanCash()).isEqualTo(20_000_000 - 6_000_000 + 1_030_000);
        // The plan module's views see the loan and the fund.
        assertThat(jdbc.sql("select count(*) from fund_loan_disbursed_v where loan_id = ?")
                        .param(loan.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select established_on from fund_established_v where club_id = ? and fund = 'LOAN_FUND'")
                        .param(club.id())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(FundFixture.FOUNDED);
    }

    @Test
    void badAmountsAndDatesAreRefusedAndChangeNothing() {
        capital(20_000_000);
        long before = entries();
        for (long bad : new long[] {0, -5_000, 1_000_000_000_000_000L}) {
            assertThatThrownBy(() -> capital(bad)).isInstanceOf(FundRefused.class);
            assertThatThrownBy(() -> applied(bad)).isInstanceOf(FundRefused.class);
        }
        for (LocalDate bad : List.of(FundFixture.FOUNDED.minusDays(1), today.plusDays(1))) {
            assertThatThrownBy(() -> fixture.as(
                            "demo-ward",
                            () -> cash.contribute(new ContributeCapital(
                                    club.id(), FundingSource.OTHER, bad, Vnd.of(1_000), null, null, null))))
                    .isInstanceOfSatisfying(
                            FundRefused.class, e -> assertThat(e.field()).isEqualTo("date"));
        }
        assertThat(entries()).isEqualTo(before);
        assertThat(fixture.as("demo-ward", () -> loans.ofClub(club.id()))).isEmpty();
    }

    @Test
    void repayingAClosedLoanIsRefused() {
        capital(20_000_000);
        Loan loan = applied(3_000_000);
        fixture.as("demo-city", () -> loans.approve(new ApproveLoan(loan.id(), today)));
        fixture.as("demo-ward", () -> loans.disburse(new DisburseLoan(loan.id(), today)));
        fixture.as(
                "demo-ward", () -> loans.repay(new RecordRepayment(loan.id(), Vnd.of(3_015_000), today, null, null)));
        long before = entries();
        assertThatThrownBy(() -> fixture.as(
                        "demo-ward",
                        () -> loans.repay(new RecordRepayment(loan.id(), Vnd.of(1_000), today, null, null))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.loan.error.closed"));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void disbursementIsRefusedWhenTheFundIsShort() {
        capital(2_000_000);
        Loan loan = applied(3_000_000);
        fixture.as("demo-city", () -> loans.approve(new ApproveLoan(loan.id(), today)));
        assertThatThrownBy(() -> fixture.as("demo-ward", () -> loans.disburse(new DisburseLoan(loan.id(), today))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.loan.error.cashShort"));
        assertThat(fixture.as("demo-ward", () -> loans.get(loan.id())).status()).isEqualTo(LoanStatus.APPROVED);
    }

    @Test
    void anExpenseBeyondTheBalanceWaitsForASecondApprover() {
        fixture.as(
                "demo-ward",
                () -> cash.record(new RecordCashEntry(
                        club.id(), EntryKind.MEMBERSHIP_FEE, today, Vnd.of(100_000), null, null, null)));
        var r = fixture.as(
                "demo-ward",
                () -> cash.record(new RecordCashEntry(
                        club.id(), EntryKind.SICK_VISIT, today, Vnd.of(150_000), "Bà Lan", null, null)));
        assertThat(r.pending()).isTrue();
        assertThat(fixture.as("demo-ward", () -> cash.check(club.id(), today)).activityBalance())
                .isEqualTo(100_000);
        assertThatThrownBy(() ->
                        fixture.as("demo-ward", () -> cash.approve(new ApproveExpense(club.id(), r.pendingRequest()))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.cash.error.ownExpense"));
        fixture.as("demo-city", () -> cash.approve(new ApproveExpense(club.id(), r.pendingRequest())));
        assertThat(fixture.as("demo-ward", () -> cash.check(club.id(), today)).activityBalance())
                .isEqualTo(-50_000);
        assertThat(fixture.as("demo-ward", () -> cash.pending(club.id()))).isEmpty();
    }

    @Test
    void aTransferPostsBothSidesAndOnlyWhatWasEarned() {
        capital(20_000_000);
        Loan loan = applied(3_000_000);
        fixture.as("demo-city", () -> loans.approve(new ApproveLoan(loan.id(), today)));
        fixture.as("demo-ward", () -> loans.disburse(new DisburseLoan(loan.id(), today)));
        fixture.as("demo-ward", () -> loans.repay(new RecordRepayment(loan.id(), Vnd.of(515_000), today, null, null)));
        assertThatThrownBy(() -> fixture.as(
                        "demo-ward",
                        () -> cash.transfer(new TransferFees(club.id(), today, Vnd.of(15_001), null, null))))
                .isInstanceOf(FundRefused.class);
        fixture.as("demo-ward", () -> cash.transfer(new TransferFees(club.id(), today, Vnd.of(15_000), null, null)));
        var check = fixture.as("demo-ward", () -> cash.check(club.id(), today));
        assertThat(check.problems()).isEmpty();
        assertThat(check.activityBalance()).isEqualTo(15_000);
        assertThat(check.transfers()).isEqualTo(15_000);
    }

    @Test
    void openingBalancesAreEnteredOnceAndBalance() {
        LocalDate cutOff = FundFixture.FOUNDED.plusDays(10);
        var loan = new OpeningBalances.OpeningLoan(
                member.membershipId(),
                Purpose.CROPS,
                Vnd.of(5_000_000),
                FundFixture.FOUNDED,
                Vnd.of(2_000_001),
                3,
                cutOff.plusDays(5),
                Vnd.of(25_000));
        fixture.as(
                "demo-ward",
                () -> opening.enter(new OpeningBalances.EnterOpeningBalances(
                        club.id(), cutOff, Vnd.of(30_000_000), Vnd.of(29_500_000), Vnd.of(400_000), List.of(loan))));
        var check = fixture.as("demo-ward", () -> cash.check(club.id(), cutOff));
        assertThat(check.problems()).isEmpty();
        assertThat(check.loanCash()).isEqualTo(29_500_000);
        assertThat(check.outstanding()).isEqualTo(2_000_001);
        assertThat(check.income()).isEqualTo(29_500_000 - 30_000_000 + 2_000_001);
        assertThat(check.activityBalance()).isEqualTo(400_000);
        Loan opened = fixture.as("demo-ward", () -> loans.ofClub(club.id())).get(0);
        assertThat(opened.schedule())
                .extracting(i -> i.principal().dong())
                .containsExactly(666_667L, 666_667L, 666_667L);
        assertThat(opened.status()).isEqualTo(LoanStatus.ACTIVE);
        long before = entries();
        assertThatThrownBy(() -> fixture.as(
                        "demo-ward",
                        () -> opening.enter(new OpeningBalances.EnterOpeningBalances(
                                club.id(), cutOff, Vnd.of(1), Vnd.of(1), Vnd.of(1), List.of()))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.opening.error.locked"));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aCorrectionIsAReversingEntryAndMoneyAlreadyLentCannotBeReversedAway() {
        var fee = fixture.as(
                "demo-ward",
                () -> cash.record(new RecordCashEntry(
                        club.id(), EntryKind.MEMBERSHIP_FEE, today, Vnd.of(120_000), null, "PT-9", null)));
        long posting = fee.posted().get(0).posting();
        fixture.as("demo-ward", () -> cash.reverse(new ReversePosting(club.id(), posting, today, "ghi nhầm")));
        var check = fixture.as("demo-ward", () -> cash.check(club.id(), today));
        assertThat(check.activityBalance()).isZero();
        assertThat(check.problems()).isEmpty();
        assertThatThrownBy(() -> fixture.as(
                        "demo-ward", () -> cash.reverse(new ReversePosting(club.id(), posting, today, "lại"))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.error.alreadyReversed"));
        // The original is still there, beside its reversal.
        assertThat(entries()).isEqualTo(2);

        capital(5_000_000);
        long capitalPosting = jdbc.sql("select posting from fund_entry where club_id = ? and kind = 'CAPITAL'")
                .param(club.id())
                .query(Long.class)
                .single();
        Loan loan = applied(3_000_000);
        fixture.as("demo-city", () -> loans.approve(new ApproveLoan(loan.id(), today)));
        fixture.as("demo-ward", () -> loans.disburse(new DisburseLoan(loan.id(), today)));
        long before = entries();
        assertThatThrownBy(() -> fixture.as(
                        "demo-ward", () -> cash.reverse(new ReversePosting(club.id(), capitalPosting, today, "nhầm"))))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.error.reversalCashShort"));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void viewersNeverWrite() {
        assertThatThrownBy(() -> fixture.as(
                        "demo-viewer",
                        () -> cash.contribute(new ContributeCapital(
                                club.id(), FundingSource.OTHER, today, Vnd.of(1_000), null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
