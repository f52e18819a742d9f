package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Older person = 60 or over on the reference date (configurable), at its boundaries. */
class AgeRuleTest {
    static final LocalDate ON = LocalDate.of(2025, 3, 15);
    final AgeRule sixty = new AgeRule(60);

    @Test
    void exactlySixtyOnTheReferenceDateIsOlder() {
        assertThat(sixty.isOlder(LocalDate.of(1965, 3, 15), 1965, ON)).isTrue();
    }

    @Test
    void oneDayShortOfSixtyIsYounger() {
        assertThat(sixty.isOlder(LocalDate.of(1965, 3, 16), 1965, ON)).isFalse();
        assertThat(sixty.isOlder(LocalDate.of(1965, 3, 14), 1965, ON)).isTrue();
    }

    @Test
    void aLeapDayBirthdayTurnsSixtyOnTheLastDayOfFebruary() {
        assertThat(sixty.isOlder(LocalDate.of(1964, 2, 29), 1964, LocalDate.of(2024, 2, 28)))
                .isFalse();
        assertThat(sixty.isOlder(LocalDate.of(1964, 2, 29), 1964, LocalDate.of(2024, 2, 29)))
                .isTrue();
    }

    @Test
    void withABirthYearOnlyThePersonCountsAsSixtyForTheWholeYear() {
        assertThat(sixty.isOlder(null, 1965, LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(sixty.isOlder(null, 1966, LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(sixty.isOlder(null, 1965, LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void theThresholdIsConfigurable() {
        AgeRule fiftyFive = new AgeRule(55);
        assertThat(fiftyFive.isOlder(LocalDate.of(1970, 3, 15), 1970, ON)).isTrue();
        assertThat(sixty.isOlder(LocalDate.of(1970, 3, 15), 1970, ON)).isFalse();
        assertThat(fiftyFive.latestOlderBirthDate(ON)).isEqualTo(LocalDate.of(1970, 3, 15));
        assertThat(fiftyFive.latestOlderBirthYear(ON)).isEqualTo(1970);
    }
}
