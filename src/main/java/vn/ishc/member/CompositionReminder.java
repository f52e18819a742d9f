package vn.ishc.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubDirectory;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomeReminders;

/**
 * For ward and city officers, on the home page: how many clubs of their scope are outside the plan's
 * composition standard today, linking to the compositions page filtered to them.
 */
@Component
class CompositionReminder implements HomeReminders {
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final Clock clock;

    CompositionReminder(ClubDirectory clubs, MemberRegistry members, Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public List<Reminder> remindersFor(CurrentUser user) {
        if (!user.overseesUnits()) return List.of();
        long n = MemberController.compositionRows(clubs, members, null, LocalDate.now(clock), true)
                .size();
        if (n == 0) return List.of();
        return List.of(
                new Reminder("composition.reminder.outOfBand", List.of(n), n, "/compositions?outOfBand=true", false));
    }

    @Override
    public int order() {
        return 15;
    }
}
