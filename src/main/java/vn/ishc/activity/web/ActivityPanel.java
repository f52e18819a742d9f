package vn.ishc.activity.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.activity.ActivityService;
import vn.ishc.activity.AreaCalendar;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubView;

/** The club page's section on activities: this year's count and the areas where nothing happened yet. */
@Component
class ActivityPanel implements ClubPanel {
    private final AreaCalendar calendar;
    private final ActivityService activities;

    ActivityPanel(AreaCalendar calendar, ActivityService activities) {
        this.calendar = calendar;
        this.activities = activities;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "activities/panels :: club";
    }

    @Override
    public void addTo(Model model, ClubView club) {
        model.addAttribute(
                "activityYear", calendar.clubYear(club.id(), activities.today().getYear()));
    }
}
