package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundFixture;
import vn.ishc.member.MemberRegistry;

/**
 * The calendar adds up every {@link AreaTally} there is: here the activities and a second kind of record of
 * the test's own (as health checks or home-care visits will be), in the same cells and in others; the months
 * still to come and the areas with nothing stay empty.
 */
@IntegrationTest
class AreaCalendarTest {
    @Autowired
    Activities activities;

    @Autowired
    ActivityService service;

    @Autowired
    ActivityTally activityTally;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    /** Visits of the test's own: two in HOME_CARE in January, one in HEALTH in the month of the activity. */
    record Visits(long clubId, int month) implements AreaTally {
        @Override
        public String labelKey() {
            return "activity.tally.activities";
        }

        @Override
        public List<AreaCount> count(Collection<Long> clubIds, int year) {
            if (!clubIds.contains(clubId)) return List.of();
            return List.of(
                    new AreaCount(clubId, YearMonth.of(year, 1), "HOME_CARE", 2),
                    new AreaCount(clubId, YearMonth.of(year, month), "HEALTH", 1));
        }
    }

    @Test
    void everyTallyCountsInTheSameGrid() {
        FundFixture f = new FundFixture(accounts, clubs, members);
        ClubView club = f.club();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = LocalDate.of(today.getYear(), 2, 14);
        f.as(
                "demo-ward",
                () -> service.record(new RecordActivity(
                        club.id(),
                        "HEALTH",
                        "ORDINARY",
                        day,
                        "Khám sức khỏe",
                        null,
                        null,
                        10,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
        AreaCalendar calendar =
                new AreaCalendar(List.of(activityTally, new Visits(club.id(), 2)), activities, clubs, clock);
        AreaCalendar.ClubYear year = f.as("demo-ward", () -> calendar.clubYear(club.id(), today.getYear()));
        assertThat(ActivityServiceTest.row(year, "HEALTH").month(2)).isEqualTo(2);
        assertThat(ActivityServiceTest.row(year, "HOME_CARE").month(1)).isEqualTo(2);
        assertThat(ActivityServiceTest.row(year, "HOME_CARE").month(2)).isZero();
        assertThat(year.total()).isEqualTo(4);
        assertThat(year.lastMonth()).isEqualTo(today.getMonthValue());
        assertThat(year.empty())
                .extracting(Area::code)
                .doesNotContain("HEALTH", "HOME_CARE")
                .contains("INCOME");
        // A year to come has every month still to come.
        assertThat(f.as("demo-ward", () -> calendar.clubYear(club.id(), today.getYear() + 1))
                        .lastMonth())
                .isZero();

        var q = new AreaCalendar.Query(today.getYear(), 2, 42L, null, false, 0, 100_000);
        AreaCalendar.Overview february = f.as("demo-ward", () -> calendar.overview(q));
        AreaCalendar.ClubRow row = february.rows().stream()
                .filter(r -> r.club().id() == club.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.count("HEALTH")).isEqualTo(2);
        assertThat(row.count("HOME_CARE")).isZero();
        assertThat(row.total()).isEqualTo(2);
        assertThat(february.clubsWithNothing().get("HEALTH")).isLessThan(february.total());
    }
}
