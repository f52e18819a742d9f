package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.cashbook.CashBookCommands.ContributeCapital;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.ledger.EntryKind;
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
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/**
 * Two treasurers (two threads each, all at once) repay the same loan and take fees into the cash book
 * through the real services, on H2 and on PostgreSQL: every repayment lands, nothing is lost, and both
 * funds balance afterwards.
 */
@IntegrationTest
class FundConcurrencyTest {
    static final int THREADS = 4;
    static final int PER_THREAD = 8;

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
    Clock clock;

    @Test
    void concurrentRepaymentsOfOneLoanAllLand() throws Exception {
        FundFixture fixture = new FundFixture(accounts, clubs, members);
        ClubView club = fixture.club();
        MemberView member = fixture.member(club);
        LocalDate today = LocalDate.now(clock);
        Loan loan = fixture.as("demo-ward", () -> {
            loans.adopt(new AdoptProduct(
                    club.id(),
                    FeeMethod.FLAT,
                    50,
                    List.of(12),
                    Vnd.of(10_000_000),
                    Frequency.MONTHLY,
                    0,
                    OverpaymentRule.REFUSE,
                    FundFixture.FOUNDED));
            cash.contribute(new ContributeCapital(
                    club.id(),
                    FundingSource.MEMBERS_COMMUNITY,
                    FundFixture.FOUNDED,
                    Vnd.of(10_000_000),
                    null,
                    null,
                    null));
            return loans.apply(new ApplyForLoan(
                    club.id(), member.membershipId(), Purpose.SMALL_BUSINESS, Vnd.of(10_000_000), 12, today));
        });
        fixture.as("demo-city", () -> loans.approve(new ApproveLoan(loan.id(), today)));
        fixture.as("demo-ward", () -> loans.disburse(new DisburseLoan(loan.id(), today)));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String user = t % 2 == 0 ? "demo-ward" : "demo-city";
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    fixture.as(
                            user,
                            () -> loans.repay(new RecordRepayment(loan.id(), Vnd.of(100_000), today, null, null)));
                    fixture.as(
                            user,
                            () -> cash.record(new RecordCashEntry(
                                    club.id(), EntryKind.MEMBERSHIP_FEE, today, Vnd.of(2_000), null, null, null)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        long total = THREADS * PER_THREAD * 100_000L;
        Loan after = fixture.as("demo-ward", () -> loans.get(loan.id()));
        assertThat(after.principalRepaid(null).plus(after.feesPaid(null))).isEqualTo(Vnd.of(total));
        var check = fixture.as("demo-ward", () -> cash.check(club.id(), today));
        assertThat(check.problems()).isEmpty();
        assertThat(check.loanCash()).isEqualTo(total);
        assertThat(check.activityBalance()).isEqualTo(THREADS * PER_THREAD * 2_000L);
    }
}
