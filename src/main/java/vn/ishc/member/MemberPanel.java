package vn.ishc.member;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;

/** The club page's composition panel and member list. */
@Component
class MemberPanel implements ClubPanel {
    private final MemberRegistry members;
    private final ClubDirectory clubs;
    private final Clock clock;

    MemberPanel(MemberRegistry members, ClubDirectory clubs, Clock clock) {
        this.members = members;
        this.clubs = clubs;
        this.clock = clock;
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
        model.addAttribute("members", members.membersOf(club.id(), today));
        model.addAttribute("mayAddMembers", clubs.mayChange(club) && club.status() != ClubStatus.DISSOLVED);
    }
}
