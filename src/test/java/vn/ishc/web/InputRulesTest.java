package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one rule for text and dates that come in. */
class InputRulesTest {

    @Test
    void textMayHoldAnythingPeopleTypeButNoControlCharactersOrBrokenPairs() {
        assertThat(InputRules.acceptableText("Nguyễn Thị Lựu")).isTrue();
        assertThat(InputRules.acceptableText("Nguye\u0302\u0303n 🙂 שלום <script>alert(1)</script> O'Brien;--"))
                .isTrue();
        assertThat(InputRules.acceptableText("dòng 1\r\ndòng 2\tcột")).isTrue();
        assertThat(InputRules.acceptableText("")).isTrue();

        assertThat(InputRules.acceptableText("ab\u0000cd")).isFalse();
        assertThat(InputRules.acceptableText("ab\u0007")).isFalse();
        assertThat(InputRules.acceptableText("\u001b[31m")).isFalse();
        assertThat(InputRules.acceptableText("a\u007fb")).isFalse();
        assertThat(InputRules.acceptableText("a\u0085b")).isFalse();
        assertThat(InputRules.acceptableText("a\ud800")).isFalse();
        assertThat(InputRules.acceptableText("\ud800b")).isFalse();
        assertThat(InputRules.acceptableText("a\udc00b")).isFalse();
        assertThat(InputRules.acceptableText("\ude00\ud83d")).isFalse();
    }

    @Test
    void datesAreRealCalendarDatesFrom1900To2100() {
        assertThat(InputRules.date("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(InputRules.date("2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(InputRules.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));

        assertThat(InputRules.date("1899-12-31")).isNull();
        assertThat(InputRules.date("2101-01-01")).isNull();
        assertThat(InputRules.date("0000-01-01")).isNull();
        assertThat(InputRules.date("2023-02-29")).isNull();
        assertThat(InputRules.date("2025-04-31")).isNull();
        assertThat(InputRules.date("2025-13-01")).isNull();
        assertThat(InputRules.date("2025-1-5")).isNull();
        assertThat(InputRules.date("05/01/2025")).isNull();
        assertThat(InputRules.date("+2025-01-01")).isNull();
        assertThat(InputRules.date("")).isNull();
    }
}
