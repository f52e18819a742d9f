package vn.ishc.activity.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.activity.AreaTally;
import vn.ishc.activity.AreaTally.AreaCount;
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;
import vn.ishc.activity.care.CareCommands.RecordVisit;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;
import vn.ishc.activity.cases.CaseCommands.OpenCase;
import vn.ishc.activity.cases.CaseKind;
import vn.ishc.activity.cases.HelpCaseService;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.ScreeningLine;
import vn.ishc.activity.health.HealthService;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundFixture;
import vn.ishc.member.MemberRegistry;

/**
 * What the areas calendar counts for a new club: its health check under HEALTH, its visits under HOME_CARE,
 * its cases under RIGHTS or SELF_HELP by kind, each in its month; nothing for the other clubs or years.
 */
@IntegrationTest
class AreaTalliesTest {
    @Autowired
    List<AreaTally> tallies;

    @Autowired
    HealthService health;

    @Autowired
    HomeCareService care;

    @Autowired
    HelpCaseService cases;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    Map<String, Long> counts(long clubId, int year) {
        return tallies.stream()
                .flatMap(t -> t.count(List.of(clubId), year).stream())
                .collect(Collectors.toMap(
                        c -> c.area() + " " + c.month(), AreaCount::count, Long::sum, java.util.TreeMap::new));
    }

    @Test
    void eachRecordCountsInItsAreaAndMonth() {
        LocalDate today = LocalDate.now(clock);
        FundFixture f = new FundFixture(accounts, clubs, members);
        ClubView club = f.club();
        long person = f.member(club).personId();
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate earlier = today.withDayOfMonth(1).minusDays(1);
        f.as("demo-admin", () -> {
            health.record(new RecordHealthCheck(
                    club.id(), today, "Trạm y tế", "BS. Hoa", List.of(new ScreeningLine(person, 120, 80, null, null))));
            Volunteer v = care.enrol(new EnrolVolunteer(club.id(), null, "An", null, earlier.minusDays(5)));
            CareRecipient r =
                    care.take(new TakeIntoCare(club.id(), null, "Bà Lộc", true, false, false, earlier.minusDays(5)));
            care.visit(new RecordVisit(club.id(), earlier, v.id(), r.id(), List.of(VisitService.COMPANY), null));
            care.visit(new RecordVisit(club.id(), today, v.id(), r.id(), List.of(VisitService.HOUSEWORK), null));
            care.visit(new RecordVisit(club.id(), today, v.id(), r.id(), List.of(VisitService.REFERRAL), null));
            cases.open(new OpenCase(club.id(), null, "Bà Y Hoa", CaseKind.SOCIAL_ALLOWANCE, today, null));
            cases.open(new OpenCase(club.id(), person, null, CaseKind.EMERGENCY_SUPPORT, earlier, null));
        });
        Map<String, Long> counted = counts(club.id(), today.getYear());
        YearMonth before = YearMonth.from(earlier);
        if (before.getYear() == today.getYear()) {
            assertThat(counted)
                    .containsEntry("HEALTH " + thisMonth, 1L)
                    .containsEntry("HOME_CARE " + thisMonth, 2L)
                    .containsEntry("HOME_CARE " + before, 1L)
                    .containsEntry("RIGHTS " + thisMonth, 1L)
                    .containsEntry("SELF_HELP " + before, 1L)
                    .hasSize(5);
        } else {
            assertThat(counted).hasSize(3);
        }
        assertThat(counts(club.id(), today.getYear() - 2)).isEmpty();
        assertThat(tallies.stream().map(AreaTally::labelKey)).contains("health.tally", "care.tally", "case.tally");
    }
}
