package vn.ishc.fund.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.shared.Vnd;

class BalancesTest {
    static Entry e(EntryKind kind, String date, long amount) {
        return new Entry(
                1L, 1, kind, LocalDate.parse(date), Vnd.of(amount), null, null, 1, null, null, null, null, "u", null);
    }

    @Test
    void aBackDatedPaymentMustFitUnderTheLowestLaterBalance() {
        List<Entry> entries = List.of(
                e(EntryKind.MEMBERSHIP_FEE, "2025-01-01", 100_000),
                e(EntryKind.GIFT, "2025-03-01", 80_000),
                e(EntryKind.MEMBERSHIP_FEE, "2025-04-01", 50_000));
        assertThat(Balances.cash(entries, Fund.ACTIVITY_FUND, LocalDate.parse("2025-02-01")))
                .isEqualTo(100_000);
        // On 1 February there are 100,000 đồng, but after the gift of 1 March only 20,000.
        assertThat(Balances.lowestFrom(entries, Fund.ACTIVITY_FUND, LocalDate.parse("2025-02-01")))
                .isEqualTo(20_000);
        assertThat(Balances.lowestFrom(entries, Fund.ACTIVITY_FUND, LocalDate.parse("2025-05-01")))
                .isEqualTo(70_000);
        assertThat(Balances.cash(entries, Fund.LOAN_FUND, LocalDate.parse("2025-05-01")))
                .isZero();
    }
}
