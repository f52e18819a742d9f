package vn.ishc.fund.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.shared.Vnd;

class ScheduleTest {
    static LoanProduct product(FeeMethod method, int bp, Frequency frequency, int grace) {
        return new LoanProduct(
                1L,
                1,
                1,
                method,
                bp,
                List.of(3, 6, 12),
                Vnd.of(10_000_000),
                frequency,
                grace,
                OverpaymentRule.REFUSE,
                LocalDate.of(2024, 1, 1));
    }

    static long principal(List<Instalment> s) {
        return s.stream().mapToLong(i -> i.principal().dong()).sum();
    }

    static long fees(List<Instalment> s) {
        return s.stream().mapToLong(i -> i.fee().dong()).sum();
    }

    @Test
    void flatFeeOnTheOriginalAmountAndTheRemainderOnTheLastInstalment() {
        // 5,000,000 over 3 months at 0.5 % a month: 1,666,666 twice and 1,666,668 last; 25,000 fee a month.
        List<Instalment> s = Schedule.of(
                product(FeeMethod.FLAT, 50, Frequency.MONTHLY, 0), Vnd.of(5_000_000), 3, LocalDate.of(2025, 1, 31));
        assertThat(s).extracting(i -> i.principal().dong()).containsExactly(1_666_666L, 1_666_666L, 1_666_668L);
        assertThat(s).extracting(i -> i.fee().dong()).containsExactly(25_000L, 25_000L, 25_000L);
        assertThat(s)
                .extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30));
        assertThat(principal(s)).isEqualTo(5_000_000);
    }

    @Test
    void decliningFeeOnThePrincipalStillOwedRoundedHalfUp() {
        // 1,000,001 over 3 months at 0.75 %: balances 1,000,001 / 666,668 / 333,335.
        List<Instalment> s = Schedule.of(
                product(FeeMethod.DECLINING, 75, Frequency.MONTHLY, 0), Vnd.of(1_000_001), 3, LocalDate.of(2025, 1, 1));
        assertThat(s).extracting(i -> i.principal().dong()).containsExactly(333_333L, 333_333L, 333_335L);
        // 7,500.0075 → 7,500; 5,000.01 → 5,000; 2,500.0125 → 2,500
        assertThat(s).extracting(i -> i.fee().dong()).containsExactly(7_500L, 5_000L, 2_500L);
        List<Instalment> half = Schedule.of(
                product(FeeMethod.DECLINING, 50, Frequency.MONTHLY, 0), Vnd.of(100_100), 3, LocalDate.of(2025, 1, 1));
        // 100,100 × 0.5 % = 500.5 → 501 (halves up)
        assertThat(half.get(0).fee()).isEqualTo(Vnd.of(501));
    }

    @Test
    void graceMonthsPayOnlyTheFee() {
        List<Instalment> s = Schedule.of(
                product(FeeMethod.FLAT, 100, Frequency.MONTHLY, 2), Vnd.of(3_000_000), 6, LocalDate.of(2025, 1, 10));
        assertThat(s)
                .extracting(i -> i.principal().dong())
                .containsExactly(0L, 0L, 750_000L, 750_000L, 750_000L, 750_000L);
        assertThat(fees(s)).isEqualTo(6 * 30_000);
    }

    @Test
    void endOfTermIsOneInstalmentWithEveryMonthsFee() {
        List<Instalment> s = Schedule.of(
                product(FeeMethod.FLAT, 100, Frequency.END_OF_TERM, 0),
                Vnd.of(4_000_000),
                6,
                LocalDate.of(2025, 1, 10));
        assertThat(s).hasSize(1);
        assertThat(s.get(0).dueOn()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(s.get(0).principal()).isEqualTo(Vnd.of(4_000_000));
        assertThat(s.get(0).fee()).isEqualTo(Vnd.of(240_000));
    }

    @Test
    void principalAlwaysAddsUpToTheAmount() {
        for (long amount = 1_000_001; amount < 1_000_100; amount += 7) {
            for (int term : new int[] {1, 5, 7, 11, 12}) {
                assertThat(principal(Schedule.of(
                                product(FeeMethod.DECLINING, 33, Frequency.MONTHLY, 0),
                                Vnd.of(amount),
                                term,
                                LocalDate.of(2025, 1, 1))))
                        .isEqualTo(amount);
            }
        }
    }
}
