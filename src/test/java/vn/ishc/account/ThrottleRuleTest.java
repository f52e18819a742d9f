package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {
    static final Instant LAST = Instant.parse("2026-03-01T08:00:00Z");
    final ThrottleRule rule = new ThrottleRule(5, Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(rule.delay(0)).isZero();
        assertThat(rule.delay(4)).isZero();
        assertThat(rule.nextAttempt(4, LAST)).isEqualTo(LAST);
        assertThat(rule.nextAttempt(0, null)).isEqualTo(Instant.MIN);
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheMost() {
        assertThat(rule.delay(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.delay(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(rule.delay(7)).isEqualTo(Duration.ofSeconds(8));
        assertThat(rule.delay(13)).isEqualTo(Duration.ofSeconds(512));
        assertThat(rule.delay(14)).isEqualTo(Duration.ofMinutes(15)); // 1,024 s capped at 900 s
        assertThat(rule.delay(1_000_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.delay(Long.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitRunsFromTheLatestFailureAndThenTheDoorOpensAgain() {
        Instant next = rule.nextAttempt(6, LAST);
        assertThat(next).isEqualTo(LAST.plusSeconds(4));
        assertThat(LAST.plusSeconds(3).isBefore(next)).isTrue();
        assertThat(LAST.plusSeconds(4).isBefore(next)).isFalse();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new ThrottleRule(0, Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleRule(5, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleRule(5, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
