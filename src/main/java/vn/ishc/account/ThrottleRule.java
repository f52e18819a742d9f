package vn.ishc.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a source must wait before its next login attempt, from its recent failures: the first {@code
 * free} failures cost nothing (people mistype), then each further one doubles the wait, from {@code first}
 * up to {@code max}. Nothing is ever locked: the wait runs from the latest failure, and whoever waits it
 * out may try again.
 */
record ThrottleRule(int free, Duration first, Duration max) {

    ThrottleRule {
        if (free < 1) throw new IllegalArgumentException("free must be at least 1");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0)
            throw new IllegalArgumentException("0 < first <= max");
    }

    /** The wait after {@code failures} recent failures. */
    Duration delay(long failures) {
        if (failures < free) return Duration.ZERO;
        long doublings = failures - free;
        if (doublings >= 62) return max;
        Duration d = first.multipliedBy(1L << Math.min(doublings, 40));
        return d.compareTo(max) > 0 || d.isNegative() ? max : d;
    }

    /** When the next attempt is allowed after {@code failures} failures, the latest at {@code last}. */
    Instant nextAttempt(long failures, Instant last) {
        return last == null ? Instant.MIN : last.plus(delay(failures));
    }
}
