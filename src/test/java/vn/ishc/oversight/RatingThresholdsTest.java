package vn.ishc.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rating at its boundaries: exactly the thresholds, just under, nothing, everything. */
class RatingThresholdsTest {
    final RatingThresholds rule = RatingThresholds.DEFAULT;

    @Test
    void exactlyEightyPercentIsGoodAndJustUnderIsFair() {
        assertThat(rule.rate(8, 10)).isEqualTo(Rating.GOOD);
        assertThat(rule.rate(80, 100)).isEqualTo(Rating.GOOD);
        assertThat(rule.rate(79, 100)).isEqualTo(Rating.FAIR);
        // 11 of 14 is 78.57 %: under, though it rounds to 79.
        assertThat(rule.rate(11, 14)).isEqualTo(Rating.FAIR);
        // 12 of 15 is exactly 80 %.
        assertThat(rule.rate(12, 15)).isEqualTo(Rating.GOOD);
    }

    @Test
    void exactlyFiftyPercentIsFairAndJustUnderIsWeak() {
        assertThat(rule.rate(7, 14)).isEqualTo(Rating.FAIR);
        assertThat(rule.rate(50, 100)).isEqualTo(Rating.FAIR);
        assertThat(rule.rate(49, 100)).isEqualTo(Rating.WEAK);
        assertThat(rule.rate(6, 14)).isEqualTo(Rating.WEAK);
    }

    @Test
    void nothingIsWeakAndEverythingIsGood() {
        assertThat(rule.rate(0, 14)).isEqualTo(Rating.WEAK);
        assertThat(rule.rate(14, 14)).isEqualTo(Rating.GOOD);
    }

    @Test
    void aPlansOwnThresholdsAndTheirEdges() {
        RatingThresholds strict = new RatingThresholds(100, 0);
        assertThat(strict.rate(14, 14)).isEqualTo(Rating.GOOD);
        assertThat(strict.rate(13, 14)).isEqualTo(Rating.FAIR);
        assertThat(strict.rate(0, 14)).isEqualTo(Rating.FAIR);
        RatingThresholds same = new RatingThresholds(60, 60);
        assertThat(same.rate(6, 10)).isEqualTo(Rating.GOOD);
        assertThat(same.rate(5, 10)).isEqualTo(Rating.WEAK);
    }

    @Test
    void boundsOutOfOrderAreNoRule() {
        assertThat(RatingThresholds.valid(80, 50)).isTrue();
        assertThat(RatingThresholds.valid(50, 80)).isFalse();
        assertThat(RatingThresholds.valid(101, 50)).isFalse();
        assertThat(RatingThresholds.valid(80, -1)).isFalse();
        assertThatThrownBy(() -> new RatingThresholds(50, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.rate(15, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.rate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
