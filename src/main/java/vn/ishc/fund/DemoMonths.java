package vn.ishc.fund;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubStatusChange;
import vn.ishc.club.ClubView;
import vn.ishc.shared.Vnd;

/**
 * The demo's monthly rhythm, shared by the demo books ({@code DemoFunds}) and the demo meetings that carry
 * their money ({@code vn.ishc.meeting.DemoMeetings}), so that both make the same decisions without either
 * reading the other's tables: each club's meeting day of a month, the span of its books, its dues, and which
 * member pays the fee in a month. Deterministic: the same club, person and month always give the same answer.
 */
public final class DemoMonths {
    /** The meeting day of a club that has none in its regulations. */
    public static final int DEFAULT_MEETING_DAY = 10;

    private static final long SEED = 20261129L;

    private DemoMonths() {}

    /**
     * The club's meeting day in a month: the day its regulations set (else the 10th), the month's last day
     * when the month is shorter.
     */
    public static LocalDate meetingDay(ClubView club, YearMonth month) {
        int day = club.meetingDay() == null ? DEFAULT_MEETING_DAY : club.meetingDay();
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** The first meeting day on or after a day. */
    public static LocalDate meetingOnOrAfter(ClubView club, LocalDate day) {
        LocalDate m = meetingDay(club, YearMonth.from(day));
        return m.isBefore(day) ? meetingDay(club, YearMonth.from(day).plusMonths(1)) : m;
    }

    /** The first month of the club's demo books: the month after its founding. */
    public static YearMonth firstMonth(ClubView club) {
        return YearMonth.from(club.foundedOn()).plusMonths(1);
    }

    /**
     * The last day of the club's demo books: today for an active club, the day before it was suspended or
     * dissolved for one that is not.
     */
    public static LocalDate lastDay(ClubView club, LocalDate today) {
        if (club.status() == ClubStatus.ACTIVE || club.statusHistory().isEmpty()) return today;
        LocalDate stopped = club.statusHistory()
                .get(club.statusHistory().size() - 1)
                .since()
                .minusDays(1);
        return stopped.isAfter(today) ? today : stopped;
    }

    /** Whether the club was active on a day (its latest status change on or before it; active if none). */
    public static boolean activeOn(ClubView club, LocalDate day) {
        ClubStatus status = ClubStatus.ACTIVE;
        for (ClubStatusChange s : club.statusHistory()) if (!s.since().isAfter(day)) status = s.status();
        return status == ClubStatus.ACTIVE;
    }

    /** The club's membership fee a month: 2,000 to 5,000 đồng, in thousands. */
    public static Vnd fee(long clubId) {
        return Vnd.of(2_000 + 1_000 * new SplittableRandom(SEED + clubId).nextInt(4));
    }

    /**
     * The club's solidarity contribution a month (to the activity fund's "Tấm lòng vàng" book): 10,000 đồng
     * in about one club in eight, zero (none) in the others.
     */
    public static Vnd solidarity(long clubId) {
        return new SplittableRandom(SEED * 31 + clubId).nextInt(8) == 0 ? Vnd.of(10_000) : Vnd.ZERO;
    }

    /** Whether a member pays the month's fee (and contribution): nearly all do, about one in 25 does not. */
    public static boolean pays(long clubId, long personId, YearMonth month) {
        long mixed = SEED
                ^ (clubId * 0x9E3779B97F4A7C15L)
                ^ (personId * 0xC2B2AE3D27D4EB4FL)
                ^ ((month.getYear() * 12L + month.getMonthValue()) * 0x165667B19E3779F9L);
        return new SplittableRandom(mixed).nextInt(25) != 0;
    }
}
