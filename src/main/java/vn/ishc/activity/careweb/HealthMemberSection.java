package vn.ishc.activity.careweb;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.activity.health.HealthService;
import vn.ishc.member.MemberSection;
import vn.ishc.member.MemberView;

/** On a member's page, the way to their health readings, for those who read health data only. */
@Component
class HealthMemberSection implements MemberSection {
    private final HealthService health;

    HealthMemberSection(HealthService health) {
        this.health = health;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        return "health/panels :: member";
    }

    @Override
    public void addTo(Model model, MemberView member) {
        model.addAttribute("healthReadable", health.mayRead());
    }
}
