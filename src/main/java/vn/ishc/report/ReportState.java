package vn.ishc.report;

/**
 * Where a club's monthly report stands (R17): not started (nothing submitted yet), submitted by the board,
 * returned by the ward with a comment, approved by the ward (the month is locked), accepted by the city (still
 * locked), or reopened by an unlock (to be submitted again). Labels: {@code report.state.<NAME>}.
 */
public enum ReportState {
    NOT_STARTED,
    SUBMITTED,
    RETURNED,
    APPROVED,
    ACCEPTED,
    REOPENED;

    /** Whether the club-month is locked in this state. */
    public boolean locks() {
        return this == APPROVED || this == ACCEPTED;
    }

    /** Whether the board may submit (again) in this state. */
    public boolean submittable() {
        return this == NOT_STARTED || this == RETURNED || this == REOPENED;
    }
}
