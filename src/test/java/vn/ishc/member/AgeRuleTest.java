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

    @Test
    void theLatestOlderBirthDateIsTheBoundOfIsOlderEvenForLeapDayBirthdays() {
        // The SQL phrase (MemberFacts.olderOn) compares birth dates with this bound; born 29/2/1964, a
        // person is 55 on 28/2/2019, and born 29/2/2040 is 60 on 28/2/2100 (not a leap year).
        assertThat(new AgeRule(55).latestOlderBirthDate(LocalDate.of(2019, 2, 28)))
                .isEqualTo(LocalDate.of(1964, 2, 29));
        for (int age : new int[] {55, 60, 61}) {
            AgeRule rule = new AgeRule(age);
            for (LocalDate on = LocalDate.of(2019, 1, 1); on.isBefore(LocalDate.of(2025, 1, 1)); on = on.plusDays(1)) {
                LocalDate bound = rule.latestOlderBirthDate(on);
                assertThat(rule.isOlder(bound, bound.getYear(), on))
                        .as("%s on %s", age, on)
                        .isTrue();
                assertThat(rule.isOlder(bound.plusDays(1), bound.getYear(), on))
                        .as("%s on %s", age, on)
                        .isFalse();
            }
        }
    }
}
