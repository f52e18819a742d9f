package vn.ishc.meeting;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.cashbook.CashBookCommands.ContributeCapital;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanCommands.AdoptProduct;
import vn.ishc.fund.loan.LoanCommands.ApplyForLoan;
import vn.ishc.fund.loan.LoanCommands.ApproveLoan;
import vn.ishc.fund.loan.LoanCommands.DisburseLoan;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.meeting.MeetingCommands.SetDues;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/**
 * A club of the test's own, made through the modules' services: founded in 2025, two members, 30 million
 * đồng of capital, a 6-month loan of 6 million to the first member paid out on 1 June 2026 (so that on the
 * tests' day, 29 November 2026, five instalments of 1,030,000 đồng are due), and a fee of 5,000 đồng a month.
 */
class MeetingFixture {
    static final LocalDate DISBURSED = LocalDate.of(2026, 6, 1);

    final FundFixture funds;
    final ClubView club;
    final MemberView borrower;
    final MemberView other;
    final Loan loan;

    MeetingFixture(
            FundFixture funds,
            ClubDirectory clubs,
            MemberRegistry members,
            LoanService loans,
            CashBookService cash,
            MeetingService meetings) {
        this.funds = funds;
        this.club = funds.club();
        this.borrower = funds.member(club);
        this.other = funds.member(club);
        funds.as("demo-ward", () -> {
            loans.adopt(new AdoptProduct(
                    club.id(),
                    FeeMethod.FLAT,
                    50,
                    List.of(6, 12),
                    Vnd.of(10_000_000),
                    Frequency.MONTHLY,
                    0,
                    OverpaymentRule.REFUSE,
                    FundFixture.FOUNDED));
            cash.contribute(new ContributeCapital(
                    club.id(),
                    FundingSource.STATE_BUDGET,
                    FundFixture.FOUNDED,
                    Vnd.of(30_000_000),
                    "QĐ 1",
                    null,
                    null));
            meetings.setDues(new SetDues(club.id(), 0, Vnd.of(5_000), Vnd.ZERO, null));
        });
        Loan applied = funds.as(
                "demo-ward",
                () -> loans.apply(new ApplyForLoan(
                        club.id(), borrower.membershipId(), Purpose.LIVESTOCK, Vnd.of(6_000_000), 6, DISBURSED)));
        funds.as("demo-city", () -> loans.approve(new ApproveLoan(applied.id(), DISBURSED)));
        funds.as("demo-ward", () -> loans.disburse(new DisburseLoan(applied.id(), DISBURSED)));
        this.loan = funds.as("demo-ward", () -> loans.get(applied.id()));
    }
}
