package vn.ishc.plan;

import java.time.LocalDate;

/**
 * "The year" of the plan's yearly rules (fully active, well managed, trained, monitored) for a figure as of
 * a day: the calendar year of that day, counted from 1 January up to the day itself (both included). For a
 * dashboard the day is the last day counted in the plan period ({@code View.upTo()}: the as-of date, or the
 * plan's end once it is over). In SQL the two ends are the parameters {@code :yearStart} and {@code :yearEnd}.
 */
record RuleYear(LocalDate start, LocalDate end) {

    static RuleYear of(LocalDate day) {
        return new RuleYear(LocalDate.of(day.getYear(), 1, 1), day);
    }

    boolean contains(LocalDate d) {
        return d != null && !d.isBefore(start) && !d.isAfter(end);
    }
}
