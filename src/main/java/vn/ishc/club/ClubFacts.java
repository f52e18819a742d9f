package vn.ishc.club;

/**
 * The club module's facts for other modules' SQL. Other modules read clubs only through the views {@code
 * club_fact_v} (id, name, recorded unit, founding date, regulations adopted; migration V24) and {@code
 * club_status_v} (the status history), and ask for a club's status on a date with {@link #statusOn}.
 */
public final class ClubFacts {

    /** The view of clubs for other modules: {@code id, name, unit_id, founded_on, regulations_adopted_on}. */
    public static final String VIEW = "club_fact_v";

    private ClubFacts() {}

    /**
     * The status ({@link ClubStatus} name) of club {@code clubId} (an SQL expression) on a date: its latest
     * status entry on or before {@code date}, the later position first among entries of one day; null
     * before its first entry. The same rule as the status history on the club page.
     */
    public static String statusOn(String clubId, String date) {
        return "(select s.status from club_status_v s where s.club_id = " + clubId + " and s.since <= " + date
                + " order by s.since desc, s.position desc limit 1)";
    }
}
