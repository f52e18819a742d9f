package vn.ishc.member;

import java.time.LocalDate;

/**
 * Where the composition standard comes from: the rules of the plan in force (the plan module implements
 * it), so the member pages, the composition list, the club pages and the dashboard read the same numbers
 * and agree after a plan is edited. There are no application settings for it any more.
 */
public interface CompositionStandards {

    /**
     * The standard for a club on a day: that of a plan whose period contains the day and whose units cover
     * the club's unit (through the unit lineage), else that of the latest plan covering it, else that of the
     * plan with the most units.
     */
    CompositionStandard forClub(long clubId, LocalDate on);

    /**
     * The standard on a day where no one club is concerned (lists over many clubs, the age classes' names):
     * that of the plan in force on the day with the most units, else that of the plan with the most units.
     */
    CompositionStandard on(LocalDate day);

    /** {@link #forClub} for many clubs at once. */
    java.util.Map<Long, CompositionStandard> forClubs(java.util.Collection<Long> clubIds, LocalDate on);
}
