package vn.ishc.fund.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.shared.Vnd;

class LoanTest {
    static final LocalDate D = LocalDate.of(2025, 1, 15);
    Books books;

    static LoanProduct product(OverpaymentRule rule) {
        return new LoanProduct(
                1L,
                Books.CLUB,
                1,
                FeeMethod.FLAT,
                50,
                List.of(3, 6, 12),
                Vnd.of(10_000_000),
                Frequency.MONTHLY,
                0,
                rule,
                LocalDate.of(2024, 1, 1));
    }

    @BeforeEach
    void setUp() {
        books = new Books();
        books.capital(LocalDate.of(2024, 12, 1), 20_000_000);
    }

    /** 3,000,000 over 3 months at 0.5 %: 1,000,000 principal + 15,000 fee a month, due 15/2, 15/3, 15/4. */
    Loan disbursed(OverpaymentRule rule) {
        Loan loan = books.add(Loan.apply(
                Books.CLUB, 1, product(rule), Purpose.LIVESTOCK, Vnd.of(3_000_000), 3, D, "treasurer", Books.AT));
        loan.approve(D, "chair", Books.AT);
        books.post(loan.disburse(D, Vnd.of(20_000_000), books.posting("treasurer")));
        return loan;
    }

    Loan.Allocation repay(Loan loan, long amount, String on) {
        Loan.Allocation a = loan.repay(Vnd.of(amount), LocalDate.parse(on), books.posting("treasurer"), null, null);
        books.post(a.entries());
        return a;
    }

    @Test
    void whatToCollectIsWhatIsLateElseTheNextInstalmentsUnpaidPart() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        // Before the first due day: the first instalment.
        assertThat(loan.toCollect(LocalDate.parse("2025-02-01"))).isEqualTo(Vnd.of(1_015_000));
        // Partly paid: the rest of it.
        repay(loan, 15_000, "2025-02-01");
        assertThat(loan.toCollect(LocalDate.parse("2025-02-10"))).isEqualTo(Vnd.of(1_000_000));
        // Two instalments late (15/2 unpaid, 15/3 due): what is late, not the next one.
        assertThat(loan.toCollect(LocalDate.parse("2025-03-20"))).isEqualTo(Vnd.of(2_015_000));
        repay(loan, 3_030_000, "2025-03-20");
        assertThat(loan.status()).isEqualTo(LoanStatus.REPAID);
        assertThat(loan.toCollect(LocalDate.parse("2025-03-21"))).isEqualTo(Vnd.ZERO);
    }

    @Test
    void approvingOnesOwnApplicationIsRefused() {
        Loan loan = Loan.apply(
                Books.CLUB,
                1,
                product(OverpaymentRule.REFUSE),
                Purpose.CROPS,
                Vnd.of(3_000_000),
                3,
                D,
                "treasurer",
                Books.AT);
        assertThatThrownBy(() -> loan.approve(D, "treasurer", Books.AT))
                .isInstanceOfSatisfying(
                        FundRefused.class, e -> assertThat(e.messageKey()).isEqualTo("fund.loan.error.ownApproval"));
        assertThat(loan.status()).isEqualTo(LoanStatus.APPLIED);
    }

    @Test
    void applicationsFollowTheProduct() {
        assertThatThrownBy(() -> Loan.apply(
                        Books.CLUB,
                        1,
                        product(OverpaymentRule.REFUSE),
                        Purpose.CROPS,
                        Vnd.of(10_000_001),
                        3,
                        D,
                        "t",
                        Books.AT))
                .hasMessage("fund.loan.error.aboveMax");
        assertThatThrownBy(() -> Loan.apply(
                        Books.CLUB,
                        1,
                        product(OverpaymentRule.REFUSE),
                        Purpose.CROPS,
                        Vnd.of(1_000_000),
                        4,
                        D,
                        "t",
                        Books.AT))
                .hasMessage("fund.loan.error.term");
    }

    @Test
    void disbursementIsRefusedWhenTheFundIsShort() {
        Loan loan = Loan.apply(
                Books.CLUB, 1, product(OverpaymentRule.REFUSE), Purpose.CROPS, Vnd.of(3_000_000), 3, D, "t", Books.AT);
        loan.approve(D, "chair", Books.AT);
        assertThatThrownBy(() -> loan.disburse(D, Vnd.of(2_999_999), books.posting("t")))
                .hasMessage("fund.loan.error.cashShort");
        assertThat(loan.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(loan.schedule()).isEmpty();
    }

    @Test
    void aRepaymentPaysFeeFirstThenPrincipalOldestInstalmentFirst() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        // Late: on 20 March two instalments are due; 1,500,000 pays fee 1, principal 1, fee 2, part of principal 2.
        Loan.Allocation a = repay(loan, 1_500_000, "2025-03-20");
        assertThat(a.fee()).isEqualTo(Vnd.of(30_000));
        assertThat(a.principal()).isEqualTo(Vnd.of(1_470_000));
        List<Loan.InstalmentState> s = loan.states(null);
        assertThat(s.get(0).paid()).isTrue();
        assertThat(s.get(1).paid()).isFalse();
        assertThat(s.get(1).principalPaid()).isEqualTo(Vnd.of(470_000));
        // Overdue since instalment 2 fell due on 15 March.
        assertThat(loan.daysOverdue(LocalDate.of(2025, 3, 20))).isEqualTo(5);
        // Before the payment, instalment 1 (15 February) was unpaid.
        assertThat(loan.daysOverdue(LocalDate.of(2025, 3, 14))).isEqualTo(27);
        assertThat(loan.arrears(LocalDate.of(2025, 3, 20))).isEqualTo(Vnd.of(530_000));
    }

    @Test
    void overdueDaysAndBucketsCountFromTheOldestUnpaidDueInstalment() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        assertThat(loan.daysOverdue(LocalDate.of(2025, 2, 15))).isZero();
        assertThat(loan.bucket(LocalDate.of(2025, 2, 16))).isEqualTo(OverdueBucket.DAYS_1_30);
        assertThat(loan.daysOverdue(LocalDate.of(2025, 3, 17))).isEqualTo(30);
        assertThat(loan.bucket(LocalDate.of(2025, 3, 18))).isEqualTo(OverdueBucket.DAYS_31_90);
        assertThat(loan.bucket(LocalDate.of(2025, 5, 17))).isEqualTo(OverdueBucket.OVER_90);
        // A payment made later does not change what was overdue before it.
        repay(loan, 1_015_000, "2025-03-01");
        assertThat(loan.daysOverdue(LocalDate.of(2025, 2, 20))).isEqualTo(5);
        assertThat(loan.daysOverdue(LocalDate.of(2025, 3, 1))).isZero();
    }

    @Test
    void earlyRepaymentTakesTheFeeInProgressAndSavesLaterFees() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        // On 1 February nothing is due; instalment 1 is in progress: its fee, then all principal.
        Loan.Allocation a = repay(loan, 3_015_000, "2025-02-01");
        assertThat(a.fee()).isEqualTo(Vnd.of(15_000));
        assertThat(a.principal()).isEqualTo(Vnd.of(3_000_000));
        assertThat(loan.status()).isEqualTo(LoanStatus.REPAID);
        assertThat(loan.outstanding(null)).isEqualTo(Vnd.ZERO);
        assertThat(books.check(LocalDate.of(2025, 2, 1)).holds()).isTrue();
    }

    @Test
    void overpaymentIsRefusedOrHeldAsCreditByTheProductsRule() {
        Loan refusing = disbursed(OverpaymentRule.REFUSE);
        assertThatThrownBy(() ->
                        refusing.repay(Vnd.of(3_100_000), LocalDate.of(2025, 4, 15), books.posting("t"), null, null))
                .isInstanceOfSatisfying(FundRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("fund.loan.error.overpaid");
                    assertThat(e.args()).containsExactly(Vnd.of(3_045_000).format());
                });
        assertThat(refusing.entries()).hasSize(1);

        Loan crediting = disbursed(OverpaymentRule.CREDIT);
        Loan.Allocation a = repay(crediting, 3_100_000, "2025-04-15");
        assertThat(a.credit()).isEqualTo(Vnd.of(55_000));
        assertThat(crediting.status()).isEqualTo(LoanStatus.REPAID);
        assertThat(books.check(LocalDate.of(2025, 4, 15)).holds()).isTrue();
        books.post(crediting.refundCredit(LocalDate.of(2025, 4, 20), books.posting("t"), null));
        assertThat(crediting.creditHeld(null)).isEqualTo(Vnd.ZERO);
        assertThat(books.check(LocalDate.of(2025, 4, 20)).holds()).isTrue();
    }

    @Test
    void aClosedLoanTakesNoRepayment() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        repay(loan, 3_045_000, "2025-04-15");
        assertThat(loan.status()).isEqualTo(LoanStatus.REPAID);
        assertThatThrownBy(() -> loan.repay(Vnd.of(1_000), LocalDate.of(2025, 4, 16), books.posting("t"), null, null))
                .hasMessage("fund.loan.error.closed");
    }

    @Test
    void reversingARepaymentReopensTheLoan() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        repay(loan, 3_045_000, "2025-04-15");
        long posting = loan.entries().get(loan.entries().size() - 1).posting();
        books.post(
                loan.reverse(posting, LocalDate.of(2025, 4, 16), "wrong loan", Vnd.of(99_000_000), books.posting("t")));
        assertThat(loan.status()).isEqualTo(LoanStatus.ACTIVE);
        assertThat(loan.outstanding(null)).isEqualTo(Vnd.of(3_000_000));
        assertThatThrownBy(() -> loan.reverse(
                        posting, LocalDate.of(2025, 4, 16), "again", Vnd.of(99_000_000), books.posting("t")))
                .hasMessage("fund.error.alreadyReversed");
        assertThat(books.check(LocalDate.of(2025, 4, 16)).holds()).isTrue();
    }

    @Test
    void rescheduleAndWriteOffNeedSomeoneOtherThanTheRecorder() {
        Loan loan = disbursed(OverpaymentRule.REFUSE);
        repay(loan, 1_015_000, "2025-02-15");
        assertThatThrownBy(() -> loan.reschedule(LocalDate.of(2025, 3, 20), 6, "sick", "treasurer", Books.AT))
                .hasMessage("fund.loan.error.ownDecision");
        assertThatThrownBy(() -> loan.reschedule(LocalDate.of(2025, 3, 20), 6, " ", "chair", Books.AT))
                .hasMessage("fund.loan.error.reasonRequired");
        loan.reschedule(LocalDate.of(2025, 3, 20), 4, "ốm dài ngày", "chair", Books.AT);
        // Instalment 1 stays paid; 2,000,000 over 4 months from 20 March; the unpaid fee of 15 March is carried.
        assertThat(loan.scheduleNo()).isEqualTo(2);
        assertThat(loan.schedule()).hasSize(5);
        assertThat(loan.schedule().get(1).principal()).isEqualTo(Vnd.of(500_000));
        assertThat(loan.schedule().get(1).fee()).isEqualTo(Vnd.of(15_000 + 10_000));
        assertThat(loan.schedule().get(1).dueOn()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(loan.daysOverdue(LocalDate.of(2025, 4, 1))).isZero();
        assertThat(loan.superseded()).hasSize(3);

        assertThatThrownBy(() -> loan.writeOff(LocalDate.of(2025, 9, 1), "mất", books.posting("treasurer")))
                .hasMessage("fund.loan.error.ownDecision");
        books.post(loan.writeOff(LocalDate.of(2025, 9, 1), "đã mất", books.posting("chair")));
        assertThat(loan.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
        assertThat(loan.writtenOff(null)).isEqualTo(Vnd.of(2_000_000));
        assertThat(loan.outstanding(null)).isEqualTo(Vnd.ZERO);
        assertThat(loan.entries()).extracting(e -> e.kind()).contains(EntryKind.WRITE_OFF);
        assertThat(books.check(LocalDate.of(2025, 9, 1)).holds()).isTrue();
        assertThatThrownBy(() -> loan.repay(Vnd.of(1_000), LocalDate.of(2025, 9, 2), books.posting("t"), null, null))
                .hasMessage("fund.loan.error.closed");
    }
}
