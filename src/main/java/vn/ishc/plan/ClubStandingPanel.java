package vn.ishc.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubView;

/** The club page's panel "where the club stands on the plan's rules" ({@link ClubStandings}), as of today. */
@Component
class ClubStandingPanel implements ClubPanel {
    private final ClubStandings standings;
    private final Clock clock;
    private final vn.ishc.activity.ActivityService activities;

    ClubStandingPanel(ClubStandings standings, Clock clock, vn.ishc.activity.ActivityService activities) {
        this.standings = standings;
        this.clock = clock;
        this.activities = activities;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public String fragment() {
        return "plans/standing :: standing";
    }

    @Override
    public void addTo(Model model, ClubView club) {
        ClubStandings.Standing standing = standings.of(club, LocalDate.now(clock));
        model.addAttribute("standing", standing);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (vn.ishc.activity.Area a : activities.areas()) labels.put(a.code(), a.label(locale));
        model.addAttribute(
                "missingAreaLabels",
                String.join(
                        ", ",
                        standing.missingAreas().stream()
                                .map(a -> labels.getOrDefault(a, a))
                                .toList()));
    }
}
