package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.DemoMonths;

/**
 * The demo board's club on the tests' today (2026-11-29): its demo meetings end before today, so that a test
 * may record today's; the sheet of today flags the members absent at its last three meetings; and loading the
 * demo meetings again changes nothing. (The calendar test checks the demo meetings of every club.)
 */
@IntegrationTest
class DemoMeetingsTest {
    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MeetingService meetings;

    @Autowired
    DemoMeetings demo;

    @Test
    void theDemoBoardsClubMetBeforeTodayAndSeesItsAbsentMembersFlagged() {
        long clubId = clubs.allForAdministration().stream()
                .filter(c -> c.name().equals(DemoClubs.DEMO_BOARD_CLUB))
                .mapToLong(ClubView::id)
                .min()
                .orElseThrow();
        TestClubs.as(accounts, "demo-club", () -> {
            LocalDate today = meetings.today();
            // Other tests may change the club's meeting day or record meetings: the demo's own were before today.
            List<Meeting> thisYear = demoMeetings(clubId, today.getYear());
            assertThat(thisYear)
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.heldOn()).isBefore(today));
            assertThat(thisYear.stream().map(m -> m.heldOn().getDayOfMonth()).distinct())
                    .as("one meeting day")
                    .hasSize(1);

            MeetingService.Sheet sheet = meetings.sheet(clubId, today);
            assertThat(sheet.rows().stream().filter(MeetingService.SheetRow::absentRun))
                    .hasSizeGreaterThanOrEqualTo(DemoMeetings.ABSENT_RUN_MEMBERS);
            assertThat(sheet.dues().feePerMonth()).isEqualTo(DemoMonths.fee(clubId));

            int before = thisYear.size();
            demo.load();
            assertThat(demoMeetings(clubId, today.getYear())).hasSize(before);
            return null;
        });
    }

    private List<Meeting> demoMeetings(long clubId, int year) {
        return meetings.year(clubId, year).months().stream()
                .flatMap(m -> m.meetings().stream())
                .filter(m -> m.sheetKey().startsWith("demo-"))
                .toList();
    }
}
