package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.club.ClubPhase;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubStatusChange;
import vn.ishc.club.ClubView;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
import vn.ishc.fund.loan.Instalment;
import vn.ishc.fund.loan.LoanProduct;
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Schedule;
import vn.ishc.shared.Vnd;

/** The demo's monthly rhythm: meeting days, the span of the books, dues and who pays. */
class DemoMonthsTest {

    static ClubView club(Integer meetingDay, ClubStatus status, List<ClubStatusChange> history) {
        return new ClubView(
                7,
                "CLB",
                1,
                LocalDate.of(2018, 5, 15),
                1,
                null,
                null,
                null,
                ClubPhase.values()[0],
                false,
                null,
                meetingDay,
                null,
                Vnd.ZERO,
                null,
                status,
                history,
                List.of());
    }

    @Test
    void theMeetingDayIsTheClubsDayClampedToTheMonthElseTheTenth() {
        ClubView on31 = club(31, ClubStatus.ACTIVE, List.of());
        assertThat(DemoMonths.meetingDay(on31, YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DemoMonths.meetingDay(on31, YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(DemoMonths.meetingDay(on31, YearMonth.of(2025, 4))).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(DemoMonths.meetingDay(on31, YearMonth.of(2025, 5))).isEqualTo(LocalDate.of(2025, 5, 31));
        ClubView none = club(null, ClubStatus.ACTIVE, List.of());
        assertThat(DemoMonths.meetingDay(none, YearMonth.of(2025, 5))).isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void theNextMeetingIsThatDayOrTheFollowingMonths() {
        ClubView on12 = club(12, ClubStatus.ACTIVE, List.of());
        assertThat(DemoMonths.meetingOnOrAfter(on12, LocalDate.of(2025, 3, 12))).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(DemoMonths.meetingOnOrAfter(on12, LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(DemoMonths.meetingOnOrAfter(on12, LocalDate.of(2025, 3, 13))).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(DemoMonths.meetingOnOrAfter(on12, LocalDate.of(2025, 12, 20)))
                .isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void aLoanPaidOutAtAMeetingFallsDueAtLaterMeetings() {
        LoanProduct product = new LoanProduct(
                null,
                7,
                0,
                FeeMethod.FLAT,
                50,
                List.of(6, 9, 12),
                Vnd.of(10_000_000),
                Frequency.MONTHLY,
                0,
                OverpaymentRule.REFUSE,
                LocalDate.of(2018, 6, 1));
        for (int day = 1; day <= 28; day++) {
            ClubView club = club(day, ClubStatus.ACTIVE, List.of());
            LocalDate paidOut = DemoMonths.meetingDay(club, YearMonth.of(2023, 11));
            for (Instalment i : Schedule.of(product, Vnd.of(6_000_000), 12, paidOut))
                assertThat(i.dueOn()).isEqualTo(DemoMonths.meetingDay(club, YearMonth.from(i.dueOn())));
        }
    }

    @Test
    void theBooksRunFromTheMonthAfterFoundingToTodayOrTheDayBeforeTheClubStopped() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        ClubView active = club(5, ClubStatus.ACTIVE, List.of());
        assertThat(DemoMonths.firstMonth(active)).isEqualTo(YearMonth.of(2018, 6));
        assertThat(DemoMonths.lastDay(active, today)).isEqualTo(today);
        ClubStatusChange suspended = new ClubStatusChange(ClubStatus.SUSPENDED, LocalDate.of(2025, 8, 1), "x");
        ClubView stopped = club(5, ClubStatus.SUSPENDED, List.of(suspended));
        assertThat(DemoMonths.lastDay(stopped, today)).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(DemoMonths.activeOn(stopped, LocalDate.of(2025, 7, 31))).isTrue();
        assertThat(DemoMonths.activeOn(stopped, LocalDate.of(2025, 8, 1))).isFalse();
    }

    @Test
    void duesAreTheFieldsNormsAndNearlyEveryonePays() {
        for (long club = 1; club <= 200; club++) {
            assertThat(DemoMonths.fee(club).dong()).isBetween(2_000L, 5_000L).matches(f -> f % 1_000 == 0);
            assertThat(DemoMonths.solidarity(club).dong()).isIn(0L, 10_000L);
        }
        long paying = 0;
        int asked = 0;
        for (long person = 1; person <= 400; person++) {
            for (int month = 1; month <= 12; month++) {
                asked++;
                if (DemoMonths.pays(3, person, YearMonth.of(2025, month))) paying++;
            }
        }
        assertThat(paying).isBetween(asked * 90L / 100, asked * 99L / 100);
        assertThat(DemoMonths.pays(3, 11, YearMonth.of(2025, 4)))
                .isEqualTo(DemoMonths.pays(3, 11, YearMonth.of(2025, 4)));
    }
}
