package vn.ishc.fund.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.club.ClubView;
import vn.ishc.shared.Vnd;

class FundListTest {
    static ClubView club(long id, String name) {
        return new ClubView(
                id, name, 1, null, 0, null, null, null, null, false, null, null, null, Vnd.ZERO, null, null, List.of(),
                List.of());
    }

    static FundList.Row row(long id, String name, long cash, long arrears, int late) {
        return new FundList.Row(club(id, name), Vnd.of(cash), Vnd.of(1), Vnd.of(10), Vnd.of(arrears), 2, late);
    }

    final List<FundList.Row> rows =
            List.of(row(1, "CLB Ê Đê", 300, 0, 0), row(2, "CLB An Bình", 100, 50, 1), row(3, "CLB Đạt Lý", 200, 70, 2));

    @Test
    void theSortParameterNamesAColumnAndItsDirectionAnythingElseSortsByName() {
        assertThat(FundList.of(LocalDate.EPOCH, "-arrears", rows).rows())
                .extracting(r -> r.club().id())
                .containsExactly(3L, 2L, 1L);
        assertThat(FundList.of(LocalDate.EPOCH, "loan-cash", rows).rows())
                .extracting(r -> r.club().id())
                .containsExactly(2L, 3L, 1L);
        // Vietnamese order: A, Đ, Ê.
        for (String p : new String[] {null, "", "nonsense", "name"})
            assertThat(FundList.of(LocalDate.EPOCH, p, rows).rows())
                    .as(p)
                    .extracting(r -> r.club().id())
                    .containsExactly(2L, 3L, 1L);
        // A "-" alone, or before an unknown name, is by name backwards.
        for (String p : new String[] {"-", "-nonsense", "-name"})
            assertThat(FundList.of(LocalDate.EPOCH, p, rows).rows())
                    .as(p)
                    .extracting(r -> r.club().id())
                    .containsExactly(1L, 3L, 2L);
        assertThat(FundList.Sort.LATE.param(true)).isEqualTo("-late");
        assertThat(FundList.Sort.of(FundList.Sort.LOAN_CASH.param(false))).isEqualTo(FundList.Sort.LOAN_CASH);
    }

    @Test
    void theTotalsAddEveryRow() {
        FundList.Row t = FundList.of(LocalDate.EPOCH, null, rows).totals();
        assertThat(t.club()).isNull();
        assertThat(t.loanCash()).isEqualTo(Vnd.of(600));
        assertThat(t.arrears()).isEqualTo(Vnd.of(120));
        assertThat(t.outstanding()).isEqualTo(Vnd.of(30));
        assertThat(t.running()).isEqualTo(6);
        assertThat(t.late()).isEqualTo(3);
    }
}
