package vn.ishc.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * A figure against its target. Labels: {@code indicator.status.<NAME>}.
 *
 * <p>Targets "by the end of the plan" ({@link #BY_END}: units with a club, new clubs, their members and
 * older members) are compared with the share of the period already gone: below the target but at least
 * that share of it is {@link #ON_TRACK}; less is {@link #BEHIND}; once the period is over, anything below
 * the target is {@link #BEHIND}. New clubs per year are judged the same way within the year. Every other
 * target is a standard that holds at every date (composition, old clubs maintained, loans, funds...):
 * below it is {@link #BEHIND}. Shares are compared exactly ({@code numerator × 100 ≥ target ×
 * denominator}).
 */
public enum IndicatorStatus {
    MET,
    ON_TRACK,
    BEHIND,
    NO_TARGET,
    NO_DATA;

    static final Set<Indicator> BY_END = EnumSet.of(
            Indicator.UNITS_WITH_CLUB,
            Indicator.NEW_CLUBS,
            Indicator.NEW_CLUB_MEMBERS,
            Indicator.NEW_CLUB_OLDER_MEMBERS);

    /**
     * @param periodStart start of the period the target is for (the plan's, or the year's)
     * @param periodEnd its end
     */
    static IndicatorStatus of(
            Indicator indicator,
            long numerator,
            long denominator,
            Integer target,
            LocalDate asOf,
            LocalDate periodStart,
            LocalDate periodEnd) {
        if (target == null) return NO_TARGET;
        boolean share = indicator.measure().isShare();
        if (share && denominator == 0) return NO_DATA;
        boolean met = share ? numerator * 100 >= (long) target * denominator : numerator >= target;
        if (met) return MET;
        boolean byEnd = BY_END.contains(indicator) || indicator == Indicator.NEW_CLUBS_YEAR;
        if (!byEnd || !asOf.isBefore(periodEnd)) return BEHIND;
        double gone = elapsed(asOf, periodStart, periodEnd);
        double expected = target * gone;
        double actual = share ? numerator * 100.0 / denominator : numerator;
        return actual >= expected ? ON_TRACK : BEHIND;
    }

    /** The share of the period gone by the end of {@code asOf} (0 before it starts). */
    static double elapsed(LocalDate asOf, LocalDate start, LocalDate end) {
        if (asOf.isBefore(start)) return 0;
        long all = ChronoUnit.DAYS.between(start, end) + 1;
        long gone = ChronoUnit.DAYS.between(start, asOf) + 1;
        return Math.min(1.0, (double) gone / all);
    }
}
