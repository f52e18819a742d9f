package vn.ishc.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.oversight.visit.ChecklistItem;
import vn.ishc.oversight.visit.Checklists.PlanChecklist;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitCommands.ScoreEntry;
import vn.ishc.oversight.visit.VisitService;

/** Test fixtures for the oversight module: clubs in Tân Lập (the demo ward's) and in Tân An, and visits. */
public class OversightFixture {
    public static final long TAN_LAP = 42;
    public static final long TAN_AN = 41;
    public static final long CITY = 3;
    public static final LocalDate FOUNDED = LocalDate.of(2025, 8, 1);

    private final UserDetailsService accounts;
    private final ClubDirectory clubs;

    public OversightFixture(UserDetailsService accounts, ClubDirectory clubs) {
        this.accounts = accounts;
        this.clubs = clubs;
    }

    public <T> T as(String username, Supplier<T> work) {
        return TestClubs.as(accounts, username, work);
    }

    public ClubView club(long unitId) {
        return TestClubs.found(accounts, "demo-city", clubs, "CLB giám sát thử", unitId, FOUNDED);
    }

    /** Scores giving {@code points} in all, filling items in order (each up to its most). */
    public static List<ScoreEntry> scores(PlanChecklist checklist, int points) {
        List<ScoreEntry> out = new ArrayList<>();
        int left = points;
        for (ChecklistItem i : checklist.items()) {
            int s = Math.min(left, i.maxScore());
            left -= s;
            out.add(new ScoreEntry(i.code(), s, null));
        }
        return out;
    }

    public static RecordVisit visit(
            VisitService visits, long clubId, LocalDate on, int points, List<FollowUpEntry> followUps) {
        PlanChecklist c = visits.checklistFor(clubId, on);
        return new RecordVisit(clubId, on, "Hội NCT phường", scores(c, points), "Nhận xét", followUps);
    }
}
