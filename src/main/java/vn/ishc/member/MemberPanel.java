package vn.ishc.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.shared.PersonalDataViewed;

/**
 * The club page's composition panel and member list. Showing the list is a view of the members' personal
 * data, logged like the member list ({@code club-members}, R19).
 */
@Component
class MemberPanel implements ClubPanel {
    private final MemberRegistry members;
    private final ClubDirectory clubs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberPanel(MemberRegistry members, ClubDirectory clubs, Clock clock, ApplicationEventPublisher events) {
        this.members = members;
        this.clubs = clubs;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "members/panels :: club";
    }

    @Override
    public void addTo(Model model, ClubView club) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("composition", members.compositionOf(club.id(), today));
        List<MemberView> shown = members.membersOf(club.id(), today);
        if (!shown.isEmpty()) {
            events.publishEvent(new PersonalDataViewed(
                    "club-members",
                    "club " + club.id(),
                    club.unitId(),
                    club.id(),
                    shown.stream().map(MemberView::personId).distinct().toList()));
        }
        model.addAttribute("members", shown);
        model.addAttribute("mayAddMembers", clubs.mayChange(club) && club.status() != ClubStatus.DISSOLVED);
    }
}
