package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ishc.member.Composition.Band;
import vn.ishc.member.Composition.Rule;

/** The plan's composition standard at its boundaries (section 3 of the requirements). */
class CompositionTest {
    static final CompositionStandard PLAN = CompositionStandard.PLAN_DEFAULT;

    static Band band(Composition c, Rule rule) {
        return c.check(rule).band();
    }

    /** A club of {@code members} with 65 % women and 65 % older people (rounded down). */
    static Composition ofSize(int members) {
        return Composition.of(members, members * 65 / 100, members * 65 / 100, 0, PLAN);
    }

    @Test
    void memberCountBand() {
        assertThat(band(ofSize(49), Rule.MEMBERS)).isEqualTo(Band.BELOW);
        assertThat(band(ofSize(50), Rule.MEMBERS)).isEqualTo(Band.IN_BAND);
        assertThat(band(ofSize(70), Rule.MEMBERS)).isEqualTo(Band.IN_BAND);
        assertThat(band(ofSize(71), Rule.MEMBERS)).isEqualTo(Band.ABOVE);
    }

    @Test
    void exactlySixtyPercentWomenIsInBandAndSeventyToo() {
        assertThat(band(Composition.of(50, 30, 32, 0, PLAN), Rule.WOMEN)).isEqualTo(Band.IN_BAND);
        assertThat(band(Composition.of(50, 29, 32, 0, PLAN), Rule.WOMEN)).isEqualTo(Band.BELOW);
        assertThat(band(Composition.of(50, 35, 32, 0, PLAN), Rule.WOMEN)).isEqualTo(Band.IN_BAND);
        assertThat(band(Composition.of(50, 36, 32, 0, PLAN), Rule.WOMEN)).isEqualTo(Band.ABOVE);
        // 59.99 % is below: 3 women out of 5.0001 cannot happen, so take 599 of 1000.
        assertThat(band(Composition.of(1000, 599, 650, 0, PLAN), Rule.WOMEN)).isEqualTo(Band.BELOW);
        assertThat(band(Composition.of(1000, 600, 650, 0, PLAN), Rule.WOMEN)).isEqualTo(Band.IN_BAND);
    }

    @Test
    void olderAndYoungerSharesAreComplementary() {
        Composition c = Composition.of(50, 32, 30, 0, PLAN);
        assertThat(c.younger()).isEqualTo(20);
        assertThat(band(c, Rule.OLDER)).isEqualTo(Band.IN_BAND); // 60 %
        assertThat(band(c, Rule.YOUNGER)).isEqualTo(Band.IN_BAND); // 40 %
        Composition tooOld = Composition.of(50, 32, 36, 0, PLAN);
        assertThat(band(tooOld, Rule.OLDER)).isEqualTo(Band.ABOVE); // 72 %
        assertThat(band(tooOld, Rule.YOUNGER)).isEqualTo(Band.BELOW); // 28 %
        Composition tooYoung = Composition.of(50, 32, 29, 0, PLAN);
        assertThat(band(tooYoung, Rule.OLDER)).isEqualTo(Band.BELOW); // 58 %
        assertThat(band(tooYoung, Rule.YOUNGER)).isEqualTo(Band.ABOVE); // 42 %
    }

    @Test
    void sharesAreShownToOneDecimal() {
        Composition c = Composition.of(70, 46, 45, 12, PLAN);
        assertThat(c.check(Rule.WOMEN).value()).isEqualTo(65.7);
        assertThat(c.percent(c.disadvantaged())).isEqualTo(17.1);
    }

    @Test
    void anEmptyClubIsBelowEverywhereButTheYoungerShareIsNotDividedByZero() {
        Composition empty = Composition.of(0, 0, 0, 0, PLAN);
        assertThat(empty.checks()).allSatisfy(check -> assertThat(check.band()).isEqualTo(Band.BELOW));
        assertThat(empty.meetsEveryRule()).isFalse();
    }

    @Test
    void aChangeThatBreaksARuleIsNamed() {
        Composition before = Composition.of(50, 30, 32, 0, PLAN);
        Composition after = Composition.of(49, 29, 32, 0, PLAN);
        assertThat(before.meetsEveryRule()).isTrue();
        assertThat(before.brokenBy(after))
                .extracting(Composition.Check::rule)
                .containsExactly(Rule.MEMBERS, Rule.WOMEN);
        assertThat(after.brokenBy(before)).isEmpty();
    }
}
