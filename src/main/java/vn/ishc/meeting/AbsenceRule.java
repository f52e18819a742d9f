package vn.ishc.meeting;

import java.util.List;

/**
 * A member absent three months running is flagged for the board (R5): marked {@link Attendance#ABSENT} at
 * each of the club's last three meetings (the club meets monthly, so three meetings are three months; a
 * month the club did not meet does not count against the member). Absent with leave ({@link
 * Attendance#EXCUSED}) or present at any of them breaks the run, and a member who was not yet in the club at
 * one of them is not flagged.
 */
public final class AbsenceRule {
    /** How many meetings running make a member flagged. */
    public static final int RUN = 3;

    private AbsenceRule() {}

    /**
     * Whether a member is flagged, given their attendance at the club's meetings, latest first (null where
     * they were not on that meeting's list).
     */
    public static boolean flagged(List<Attendance> latestFirst) {
        if (latestFirst.size() < RUN) return false;
        for (int i = 0; i < RUN; i++) if (latestFirst.get(i) != Attendance.ABSENT) return false;
        return true;
    }
}
