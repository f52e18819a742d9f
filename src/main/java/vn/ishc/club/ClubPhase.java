package vn.ishc.club;

import java.time.LocalDate;

/**
 * The plan's two cohorts: clubs founded 2016–2020, which the plan maintains, and clubs founded under
 * the plan (from its start date). Labels: {@code club.phase.<NAME>}.
 */
public enum ClubPhase {
    FOUNDED_2016_2020,
    NEW_UNDER_PLAN;

    /** The phase a founding date implies; clubs founded before the plan count with the 2016–2020 cohort. */
    public static ClubPhase of(LocalDate foundedOn, LocalDate planStart) {
        return foundedOn != null && !foundedOn.isBefore(planStart) ? NEW_UNDER_PLAN : FOUNDED_2016_2020;
    }
}
