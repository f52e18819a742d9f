/**
 * The club registry (R2): clubs, the unit they were founded under (they keep their identity when that
 * unit is merged) and, as later issues add them, founding decisions, status history, boards and funds.
 * {@link vn.ishc.club.ClubDirectory} is the module's public API; every read and write goes through the
 * current user's {@link vn.ishc.shared.Scope}. Other modules read clubs in SQL only through the views {@code
 * club_fact_v} and {@code club_status_v} ({@link vn.ishc.club.ClubFacts}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clubs")
package vn.ishc.club;
