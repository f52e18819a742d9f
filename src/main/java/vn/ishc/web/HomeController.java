package vn.ishc.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomeReminders;

@Controller
class HomeController {

    private final List<HomeReminders> reminders;
    private final CurrentUser user;

    HomeController(List<HomeReminders> reminders, CurrentUser user) {
        this.reminders = reminders.stream()
                .sorted(Comparator.comparingInt(HomeReminders::order))
                .toList();
        this.user = user;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "reminders",
                reminders.stream().flatMap(r -> r.remindersFor(user).stream()).toList());
        return "home";
    }
}
