package vn.ishc.oversight.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomeReminders;

/**
 * The home page's reminder of follow-up actions past their due day (not closed, of visits not cancelled) in
 * the user's scope, for those who oversee (ward and city officers, administrators); one count query.
 */
@Component
class OverdueFollowUps implements HomeReminders {
    private final MonitoringVisits visits;
    private final Clock clock;

    OverdueFollowUps(MonitoringVisits visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public List<Reminder> remindersFor(CurrentUser user) {
        if (!user.loggedIn() || !user.mayOversee()) return List.of();
        long n = visits.countOverdue(user.scope().unitPredicate("c.unit_id", "c.id"), LocalDate.now(clock));
        if (n == 0) return List.of();
        return List.of(new Reminder("oversight.reminder.overdue", List.of(n), n, "/visits/overdue", true));
    }

    @Override
    public int order() {
        return 40;
    }
}
