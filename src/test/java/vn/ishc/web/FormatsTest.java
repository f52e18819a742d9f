package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.ishc.shared.Vnd;

class FormatsTest {
    final Formats fmt = new Formats();

    @Test
    void datesAreDayMonthYear() {
        assertThat(fmt.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
        assertThat(fmt.dateTime(LocalDateTime.of(2025, 7, 1, 8, 5))).isEqualTo("01/07/2025 08:05");
        assertThat(fmt.date(null)).isEmpty();
    }

    @Test
    void moneyIsDongWithDotGrouping() {
        assertThat(fmt.money(Vnd.of(1_000_000))).isEqualTo("1.000.000\u00a0₫");
        assertThat(fmt.money(Vnd.of(-5_000))).isEqualTo("-5.000\u00a0₫");
        assertThat(fmt.money(null)).isEmpty();
    }

    @Test
    void aClubsShortNameLeavesOutTheWordsEveryClubsNameStartsWith() {
        assertThat(fmt.clubShort("CLB Liên thế hệ tự giúp nhau Tổ dân phố 3 Tân Lập"))
                .isEqualTo("Tổ dân phố 3 Tân Lập");
        assertThat(fmt.clubShort("Câu lạc bộ liên thế hệ tự giúp nhau  Buôn Ky"))
                .isEqualTo("Buôn Ky");
        assertThat(fmt.clubShort("CLB Liên thế hệ tự giúp nhau")).isEqualTo("CLB Liên thế hệ tự giúp nhau");
        assertThat(fmt.clubShort("CLB Dưỡng sinh Tân Lập")).isEqualTo("CLB Dưỡng sinh Tân Lập");
        assertThat(fmt.clubShort(null)).isEmpty();
    }
}
