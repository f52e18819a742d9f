package vn.ishc.activity;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** The activities' part of the areas calendar: each standing activity counts once in its area and month. */
@Component
class ActivityTally implements AreaTally {
    private final Activities activities;

    ActivityTally(Activities activities) {
        this.activities = activities;
    }

    @Override
    public String labelKey() {
        return "activity.tally.activities";
    }

    @Override
    public List<AreaCount> count(Collection<Long> clubIds, int year) {
        return activities.count(clubIds, year);
    }
}
