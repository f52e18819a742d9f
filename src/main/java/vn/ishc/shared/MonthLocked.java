package vn.ishc.shared;

import java.time.YearMonth;

/**
 * A write dated in a club-month whose monthly report was approved, and so locked: refused, naming the month
 * and the club, until someone who may unlock months reopens it with a reason.
 */
public class MonthLocked extends Refused {
    private final long clubId;
    private final YearMonth month;

    public MonthLocked(long clubId, String clubName, YearMonth month) {
        super(
                null,
                "report.error.monthLocked",
                String.valueOf(month.getMonthValue()),
                String.valueOf(month.getYear()),
                clubName);
        this.clubId = clubId;
        this.month = month;
    }

    public long clubId() {
        return clubId;
    }

    public YearMonth month() {
        return month;
    }

    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("lockedMonth", month.toString(), "clubId", clubId);
    }
}
