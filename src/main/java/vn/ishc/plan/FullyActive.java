package vn.ishc.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The plan's rule "fully active" (requirements section 3): in the year ({@link RuleYear}), the club held
 * meetings in at least {@code meetingsMin} months (two meetings in one month are one monthly meeting) and had
 * activities in at least {@code areasMin} of the plan's 8 areas. What counts as a meeting is the meeting
 * module's view {@code meeting_held_v} (meetings held and not reversed); what counts in an area is the
 * activity module's {@code activity_area_day_v} (everything the areas calendar counts: activities, health
 * checks, home-care visits, cases). {@link #SQL} is the same rule over those views for the club {@code c},
 * held equal to {@link #holds} by {@code PlanRulesSqlTest}.
 */
record FullyActive(int meetingsMin, int areasMin) {

    /** The plan's 8 areas (activity_area codes); an area a province added does not count towards the 8. */
    static final List<String> AREAS = List.of(
            "INCOME", "HEALTH", "HOME_CARE", "SELF_HELP", "RIGHTS", "COMMUNICATION", "CULTURE_SPORTS", "RESOURCES");

    static FullyActive of(PlanRules rules) {
        return new FullyActive(rules.fullyActiveMeetings(), rules.fullyActiveAreas());
    }

    /** The months of the year in which the club met, from the days of its meetings. */
    static Set<YearMonth> months(Collection<LocalDate> meetingDays, RuleYear year) {
        return meetingDays.stream()
                .filter(year::contains)
                .map(YearMonth::from)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The plan's areas with something in the year, from (area, day) records. */
    static Set<String> areas(Collection<AreaDay> records, RuleYear year) {
        return records.stream()
                .filter(r -> year.contains(r.on()) && AREAS.contains(r.area()))
                .map(AreaDay::area)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A record counted in an area on a day. */
    record AreaDay(String area, LocalDate on) {}

    boolean holds(int monthsWithMeeting, int areasWithActivity) {
        return monthsWithMeeting >= meetingsMin && areasWithActivity >= areasMin;
    }

    boolean holds(Collection<LocalDate> meetingDays, Collection<AreaDay> records, RuleYear year) {
        return holds(months(meetingDays, year).size(), areas(records, year).size());
    }

    /** The plan's areas with nothing in the year. */
    static List<String> missing(Set<String> areas) {
        return AREAS.stream().filter(a -> !areas.contains(a)).toList();
    }

    /** Months with a meeting held in the year, for the club {@code c}. */
    static final String MONTHS_SQL = "(select count(distinct extract(month from h.held_on)) from meeting_held_v h"
            + " where h.club_id = c.id and h.held_on between :yearStart and :yearEnd)";

    /** The plan's areas with a record in the year, for the club {@code c}. */
    static final String AREAS_SQL = "(select count(distinct a.area_code) from activity_area_day_v a"
            + " where a.club_id = c.id and a.on_date between :yearStart and :yearEnd and a.area_code in ("
            + AREAS.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")) + "))";

    /** The rule for the club {@code c}, with the plan's numbers as {@code :fullyActiveMeetings}, {@code :fullyActiveAreas}. */
    static final String SQL = "(" + MONTHS_SQL + " >= :fullyActiveMeetings and " + AREAS_SQL + " >= :fullyActiveAreas)";
}
