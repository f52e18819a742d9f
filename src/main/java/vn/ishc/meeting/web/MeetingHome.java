package vn.ishc.meeting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.meeting.Attendance;
import vn.ishc.meeting.Meeting;
import vn.ishc.meeting.MeetingService;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;
import vn.ishc.shared.HomeReminders;

/**
 * The meetings on the home page: the club board's last and next meeting with the sheet a tap away, and, for
 * officers, the clubs of their scope that have not met yet this month.
 */
final class MeetingHome {
    private MeetingHome() {}

    /**
     * The club's next meeting day from {@code today}: its meeting day this month (the month's last day when the
     * month is shorter), unless that is past or the club has met this month already, then next month's; null
     * when the club has no meeting day in its regulations.
     */
    static LocalDate nextMeeting(Integer meetingDay, LocalDate today, boolean metThisMonth) {
        if (meetingDay == null) return null;
        YearMonth month = YearMonth.from(today);
        LocalDate day = month.atDay(Math.min(meetingDay, month.lengthOfMonth()));
        if (!metThisMonth && !day.isBefore(today)) return day;
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(meetingDay, next.lengthOfMonth()));
    }

    @Component
    static class Board implements HomePanel {
        private final MeetingService meetings;
        private final ClubDirectory clubs;

        Board(MeetingService meetings, ClubDirectory clubs) {
            this.meetings = meetings;
            this.clubs = clubs;
        }

        @Override
        public Optional<Section> sectionFor(CurrentUser user) {
            Long clubId = user.boardClub().orElse(null);
            if (clubId == null) return Optional.empty();
            ClubView club = clubs.get(clubId);
            LocalDate today = meetings.today();
            Meeting last = meetings.last(clubId).orElse(null);
            boolean met = last != null && YearMonth.from(last.heldOn()).equals(YearMonth.from(today));
            Map<String, Object> model = new HashMap<>();
            model.put("club", club);
            model.put("last", last);
            model.put("present", last == null ? 0 : last.count(Attendance.PRESENT));
            model.put("listed", last == null ? 0 : last.attendance().size());
            model.put("metThisMonth", met);
            model.put("next", nextMeeting(club.meetingDay(), today, met));
            model.put("mayWrite", clubs.mayChange(club));
            return Optional.of(new Section("meetings/home :: board", model));
        }

        @Override
        public int order() {
            return 20;
        }
    }

    /** For ward and city officers: the active clubs of their scope with no meeting recorded this month. */
    @Component
    static class NotMet implements HomeReminders {
        private final MeetingService meetings;

        NotMet(MeetingService meetings) {
            this.meetings = meetings;
        }

        @Override
        public List<Reminder> remindersFor(CurrentUser user) {
            if (!user.overseesUnits()) return List.of();
            YearMonth month = YearMonth.from(meetings.today());
            MeetingService.MonthPage p = meetings.month(month, null, 0, 1);
            long notMet = p.total() - p.met();
            if (notMet <= 0) return List.of();
            return List.of(new Reminder(
                    "meeting.reminder.notMet",
                    List.of(notMet, month.getMonthValue(), month.getYear()),
                    notMet,
                    "/meetings?month=" + month,
                    false));
        }

        @Override
        public int order() {
            return 30;
        }
    }
}
