package vn.ishc.oversight.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubView;
import vn.ishc.oversight.OversightFacts;

/** The club page's oversight panel: the latest visit's rating and day, the last training, links to the visits. */
@Component
class OversightPanel implements ClubPanel {
    private final OversightFacts facts;

    OversightPanel(OversightFacts facts) {
        this.facts = facts;
    }

    /** What the panel shows. */
    record Summary(OversightFacts.LatestVisit latest, java.time.LocalDate lastTraining) {}

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        return "oversight/panels :: club";
    }

    @Override
    public void addTo(Model model, ClubView club) {
        model.addAttribute(
                "oversightPanel",
                new Summary(
                        facts.latestVisit(club.id()).orElse(null),
                        facts.lastTraining(club.id()).orElse(null)));
    }
}
