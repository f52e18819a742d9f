/**
 * What a club does besides its money and its members (requirements R6–R9): activities in the plan's 8
 * areas (reference data a province can extend), health checks with the ward health station and members'
 * screening, traditional exercise groups, home care (volunteers, care recipients, pairings, visits), and
 * self-help and rights cases. A club's year at a glance is a calendar of month × area that every kind of
 * record feeds through {@link vn.ishc.activity.AreaTally}. Health data is read only by the club's board, the
 * health department's viewers and administrators, and every view of it is logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package vn.ishc.activity;
