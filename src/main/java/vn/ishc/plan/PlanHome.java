package vn.ishc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;

/**
 * The city officer's and administrator's plan on the home page: the plans in force today (else the latest to
 * have ended, whose targets are still the ones reported on), each a tap from its
 * dashboard of headline indicators and from its targets; the month's reports and the ward summary one more.
 * No indicator is computed here (the dashboard does that, as of the date asked).
 */
@Component
class PlanHome implements HomePanel {
    private final PlanService plans;
    private final Clock clock;

    PlanHome(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<Section> sectionFor(CurrentUser user) {
        if (!user.loggedIn() || !user.mayAcceptMonthlyReports() || user.scope().clubId() != null)
            return Optional.empty();
        LocalDate today = LocalDate.now(clock);
        List<Plan> all = plans.all();
        List<Plan> inForce = all.stream().filter(p -> p.inForceOn(today)).toList();
        List<Plan> shown = !inForce.isEmpty()
                ? inForce
                : all.stream()
                        .max(java.util.Comparator.comparing(Plan::end))
                        .map(List::of)
                        .orElse(List.of());
        return Optional.of(new Section(
                "plans/home :: city", Map.of("plans", shown, "inForce", !inForce.isEmpty(), "today", today)));
    }

    @Override
    public int order() {
        return 10;
    }
}
