package vn.ishc.fund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ishc.shared.Vnd;

class MoneyTextTest {
    static final Vnd CEILING = Vnd.of(10_000_000_000L);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5.000.000|5000000",
                "5000000|5000000",
                "5 000 000|5000000",
                "5,000,000|5000000",
                "5.000.000 đ|5000000",
                "  2.000 ₫ |2000",
                "1.500|1500",
                "10.000.000.000|10000000000"
            })
    void readsAmountsAsVietnameseTypeThem(String text, long dong) {
        assertThat(MoneyText.parse(text, CEILING, "amount")).isEqualTo(Vnd.of(dong));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.5|fund.error.amountFraction",
                "1,5|fund.error.amountFraction",
                "5.000,50|fund.error.amountFraction",
                "5.000.00|fund.error.amountFraction",
                "-5000|fund.error.amountNotPositive",
                "0|fund.error.amountNotPositive",
                "000|fund.error.amountNotPositive",
                "1000000000000000|fund.error.amountTooLarge",
                "10.000.000.001|fund.error.amountTooLarge",
                "năm triệu|fund.error.amountNotANumber",
                "5e6|fund.error.amountNotANumber",
                "' '|fund.error.amountRequired"
            })
    void refusesWhatIsNotAWholePositiveAmount(String text, String key) {
        assertThatThrownBy(() -> MoneyText.parse(text, CEILING, "amount"))
                .isInstanceOfSatisfying(FundRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("amount");
                });
    }

    @Test
    void numbersFromTheApiMustBeWholePositiveAndBelowTheCeiling() {
        assertThat(MoneyText.check(new BigDecimal("5000000"), CEILING, "amount"))
                .isEqualTo(Vnd.of(5_000_000));
        assertThat(MoneyText.check(new BigDecimal("5000000.00"), CEILING, "amount"))
                .isEqualTo(Vnd.of(5_000_000));
        for (String bad : new String[] {"1.5", "0", "-1", "1E15"}) {
            assertThatThrownBy(() -> MoneyText.check(new BigDecimal(bad), CEILING, "amount"))
                    .isInstanceOf(FundRefused.class);
        }
    }
}
