package vn.ishc.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;
import vn.ishc.shared.HomeReminders;

/**
 * The home page, one per role from what the modules contribute: their sections ({@link HomePanel}: the club
 * board's month, the city's plan, the administrator's accounts and backups) and their counts of what needs
 * attention ({@link HomeReminders}: the ward's clubs with late loans, composition out of band, no meeting this
 * month, reports to approve, follow-ups overdue).
 */
@Controller
class HomeController {

    private final List<HomeReminders> reminders;
    private final List<HomePanel> panels;
    private final CurrentUser user;

    HomeController(List<HomeReminders> reminders, List<HomePanel> panels, CurrentUser user) {
        this.reminders = reminders.stream()
                .sorted(Comparator.comparingInt(HomeReminders::order))
                .toList();
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(HomePanel::order))
                .toList();
        this.user = user;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "reminders",
                reminders.stream().flatMap(r -> r.remindersFor(user).stream()).toList());
        model.addAttribute(
                "sections",
                panels.stream().flatMap(p -> p.sectionFor(user).stream()).toList());
        model.addAttribute("attentionTitle", attentionTitle());
        return "home";
    }

    /** The heading over the counts: the ward's "clubs needing attention", everyone else's "to look at". */
    private String attentionTitle() {
        if (user.scope().clubId() == null && user.mayApproveMonthlyReports() && !user.mayAdminister())
            return "home.attention.ward";
        return "home.reminders";
    }
}
