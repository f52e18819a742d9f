package vn.ishc.activity.careweb;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.activity.care.HomeCareService;
import vn.ishc.activity.cases.HelpCaseService;
import vn.ishc.activity.health.HealthService;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubView;

/**
 * On the club page, the club's health checks, home care and cases in figures (no names: nothing to log), with
 * the way to each page; volunteers below the field norm of 5 are flagged.
 */
@Component
class CarePanel implements ClubPanel {
    private final HealthService health;
    private final HomeCareService care;
    private final HelpCaseService cases;

    CarePanel(HealthService health, HomeCareService care, HelpCaseService cases) {
        this.health = health;
        this.care = care;
        this.cases = cases;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "care/panels :: club";
    }

    @Override
    public void addTo(Model model, ClubView club) {
        var checks = health.summaries(club.id());
        model.addAttribute("careChecks", checks.size());
        model.addAttribute(
                "careLastCheck", checks.isEmpty() ? null : checks.get(0).checkedOn());
        model.addAttribute("careFigures", care.figures(club.id()));
        model.addAttribute("caseFigures", cases.figures(club.id()));
    }
}
