package vn.ishc.activity;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * A kind of record that counts in the areas calendar (activities, health checks, home-care visits, cases):
 * how many of them each club had in each month of a year and in which of the plan's areas. The calendar of
 * a club, and the ward's and the city's view of it, add up every tally there is.
 */
public interface AreaTally {
    /** One count: a club, a month, an area code ({@code activity_area.code}) and how many records. */
    record AreaCount(long clubId, YearMonth month, String area, long count) {}

    /** What the kind of record is, for the calendar's legend: a message key. */
    String labelKey();

    /** The counts of the given clubs in a year, standing records only. */
    List<AreaCount> count(Collection<Long> clubIds, int year);
}
