package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status rule against a target, without Spring: by-the-end targets against the time gone, standards always. */
class IndicatorStatusTest {
    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    static IndicatorStatus status(Indicator i, long num, long den, Integer target, LocalDate asOf) {
        return IndicatorStatus.of(i, num, den, target, asOf, START, END);
    }

    @Test
    void aCountTargetByTheEndIsJudgedAgainstTheShareOfThePeriodGone() {
        // 31/12/2023: 1,095 of 1,826 days gone; 19 × 0.5997 = 11.39 new clubs expected by then.
        LocalDate d = LocalDate.of(2023, 12, 31);
        assertThat(status(Indicator.NEW_CLUBS, 12, 0, 19, d)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status(Indicator.NEW_CLUBS, 11, 0, 19, d)).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(status(Indicator.NEW_CLUBS, 19, 0, 19, d)).isEqualTo(IndicatorStatus.MET);
        // Once the period is over, anything short of the target is behind.
        assertThat(status(Indicator.NEW_CLUBS, 18, 0, 19, END)).isEqualTo(IndicatorStatus.BEHIND);
        // Before the plan starts nothing is expected yet.
        assertThat(status(Indicator.NEW_CLUBS, 0, 0, 19, LocalDate.of(2020, 6, 1)))
                .isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void aShareIsComparedExactlyAndAStandardHoldsAtEveryDate() {
        LocalDate d = LocalDate.of(2022, 1, 1);
        // 7 of 10 clubs = 70 %: met exactly; 69 of 100 is below even early in the plan.
        assertThat(status(Indicator.CLUBS_COMPOSITION_OK, 7, 10, 70, d)).isEqualTo(IndicatorStatus.MET);
        assertThat(status(Indicator.CLUBS_COMPOSITION_OK, 69, 100, 70, d)).isEqualTo(IndicatorStatus.BEHIND);
        // 2 of 3 units with a club after a year of five: 66.7 % ≥ 100 % × 0.2, on track.
        assertThat(status(Indicator.UNITS_WITH_CLUB, 2, 3, 100, LocalDate.of(2021, 12, 31)))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        // Nothing to divide by: no figure, so no judgement.
        assertThat(status(Indicator.CLUBS_COMPOSITION_OK, 0, 0, 100, d)).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(status(Indicator.DISADVANTAGED_MEMBERS, 3, 11, null, d)).isEqualTo(IndicatorStatus.NO_TARGET);
    }

    @Test
    void elapsedCountsBothEndsOfThePeriod() {
        assertThat(IndicatorStatus.elapsed(START, START, END)).isEqualTo(1.0 / 1826);
        assertThat(IndicatorStatus.elapsed(END, START, END)).isEqualTo(1.0);
        assertThat(IndicatorStatus.elapsed(LocalDate.of(2030, 1, 1), START, END))
                .isEqualTo(1.0);
        assertThat(IndicatorStatus.elapsed(LocalDate.of(2020, 1, 1), START, END))
                .isZero();
    }
}
