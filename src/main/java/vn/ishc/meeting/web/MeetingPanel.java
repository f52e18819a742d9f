package vn.ishc.meeting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubView;
import vn.ishc.meeting.Meeting;
import vn.ishc.meeting.MeetingService;

/** The meetings' section of the club page: the last meeting's date, whether the club met this month, a link. */
@Component
class MeetingPanel implements ClubPanel {
    /** What the panel shows: the day of the club's last standing meeting (null: none yet), and this month's. */
    record Summary(LocalDate last, boolean metThisMonth) {}

    private final MeetingService meetings;

    MeetingPanel(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String fragment() {
        return "meetings/panels :: club";
    }

    @Override
    public void addTo(Model model, ClubView club) {
        LocalDate last = meetings.last(club.id()).map(Meeting::heldOn).orElse(null);
        boolean met = last != null && YearMonth.from(last).equals(YearMonth.from(meetings.today()));
        model.addAttribute("meetingPanel", new Summary(last, met));
    }
}
