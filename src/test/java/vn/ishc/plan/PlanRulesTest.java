package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.ishc.plan.FullyActive.AreaDay;
import vn.ishc.plan.WellManaged.Visit;

/** The plan's yearly rules at their boundaries, without Spring. */
class PlanRulesTest {
    static final RuleYear Y2025 = RuleYear.of(LocalDate.of(2025, 12, 31));
    static final FullyActive RULE = FullyActive.of(PlanRules.DEFAULT); // 10 meetings, 8 areas

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void theYearRunsFromFirstJanuaryToTheDayItself() {
        RuleYear y = RuleYear.of(d(2025, 3, 15));
        assertThat(y.start()).isEqualTo(d(2025, 1, 1));
        assertThat(y.contains(d(2025, 1, 1))).isTrue();
        assertThat(y.contains(d(2024, 12, 31))).isFalse();
        assertThat(y.contains(d(2025, 3, 15))).isTrue();
        assertThat(y.contains(d(2025, 3, 16))).isFalse();
    }

    @Nested
    class FullyActiveRule {
        List<LocalDate> meetingsIn(int months) {
            List<LocalDate> days = new ArrayList<>();
            for (int m = 1; m <= months; m++) days.add(d(2025, m, 10));
            return days;
        }

        List<AreaDay> areas(int n) {
            return FullyActive.AREAS.subList(0, n).stream()
                    .map(a -> new AreaDay(a, d(2025, 6, 1)))
                    .toList();
        }

        @Test
        void tenMonthsWithAMeetingAndEightAreas() {
            assertThat(RULE.holds(meetingsIn(10), areas(8), Y2025)).isTrue();
            assertThat(RULE.holds(meetingsIn(9), areas(8), Y2025)).isFalse();
            assertThat(RULE.holds(meetingsIn(10), areas(7), Y2025)).isFalse();
            assertThat(RULE.holds(9, 8)).isFalse();
            assertThat(RULE.holds(10, 8)).isTrue();
        }

        @Test
        void twoMeetingsInAMonthAreOneMonthlyMeeting() {
            List<LocalDate> days = new ArrayList<>(meetingsIn(9));
            days.add(d(2025, 9, 25));
            assertThat(FullyActive.months(days, Y2025)).hasSize(9);
            assertThat(RULE.holds(days, areas(8), Y2025)).isFalse();
        }

        @Test
        void onlyTheYearUpToTheDayCounts() {
            List<LocalDate> days = new ArrayList<>(meetingsIn(9));
            days.add(d(2024, 12, 31)); // the year before
            assertThat(RULE.holds(days, areas(8), Y2025)).isFalse();
            days.add(d(2025, 12, 31)); // the last day of the year counts
            assertThat(RULE.holds(days, areas(8), Y2025)).isTrue();
            // …but not for a figure as of 30 December.
            assertThat(RULE.holds(days, areas(8), RuleYear.of(d(2025, 12, 30)))).isFalse();
        }

        @Test
        void anAreaOutsideThePlansEightDoesNotCount() {
            List<AreaDay> seven = new ArrayList<>(areas(7));
            seven.add(new AreaDay("PROVINCE_EXTRA", d(2025, 6, 1)));
            assertThat(FullyActive.areas(seven, Y2025)).hasSize(7);
            assertThat(FullyActive.missing(FullyActive.areas(seven, Y2025))).containsExactly("RESOURCES");
            seven.add(new AreaDay("RESOURCES", d(2026, 1, 1)));
            assertThat(RULE.holds(meetingsIn(12), seven, Y2025)).isFalse();
        }

        @Test
        void thePlansNumbersAreUsed() {
            FullyActive lenient = FullyActive.of(new PlanRules(50, 70, 60, 70, 60, 70, 30, 40, 60, 50, 6, 9));
            assertThat(lenient.holds(meetingsIn(9), areas(6), Y2025)).isTrue();
            assertThat(lenient.holds(meetingsIn(8), areas(6), Y2025)).isFalse();
            assertThat(lenient.holds(meetingsIn(9), areas(5), Y2025)).isFalse();
        }
    }

    @Nested
    class WellManagedRule {
        static final LocalDate REGS = d(2020, 1, 1);
        static final LocalDate FUNDS = d(2020, 2, 1);

        boolean holds(List<Visit> visits, RuleYear year) {
            return WellManaged.holds(visits, REGS, FUNDS, FUNDS, year);
        }

        @Test
        void theLatestVisitOfTheYearDecides() {
            Visit fair = new Visit(1, d(2025, 3, 1), "FAIR");
            Visit good = new Visit(2, d(2025, 9, 1), "GOOD");
            assertThat(holds(List.of(fair, good), Y2025)).isTrue(); // FAIR then a later GOOD
            Visit good2 = new Visit(3, d(2025, 3, 1), "GOOD");
            Visit fair2 = new Visit(4, d(2025, 9, 1), "FAIR");
            assertThat(holds(List.of(good2, fair2), Y2025)).isFalse(); // GOOD then a later FAIR
            // As of 31 August the later FAIR had not happened: the GOOD one decides.
            assertThat(holds(List.of(good2, fair2), RuleYear.of(d(2025, 8, 31))))
                    .isTrue();
        }

        @Test
        void twoVisitsOnOneDayTheOneRecordedLast() {
            assertThat(holds(List.of(new Visit(7, d(2025, 5, 5), "GOOD"), new Visit(8, d(2025, 5, 5), "WEAK")), Y2025))
                    .isFalse();
            assertThat(holds(List.of(new Visit(8, d(2025, 5, 5), "WEAK"), new Visit(9, d(2025, 5, 5), "GOOD")), Y2025))
                    .isTrue();
        }

        @Test
        void aVisitOnThirtyFirstDecemberIsLastYearsOnFirstJanuary() {
            RuleYear jan2026 = RuleYear.of(d(2026, 1, 15));
            assertThat(holds(List.of(new Visit(1, d(2025, 12, 31), "GOOD")), Y2025))
                    .isTrue();
            assertThat(holds(List.of(new Visit(1, d(2025, 12, 31), "GOOD")), jan2026))
                    .isFalse();
            assertThat(holds(List.of(new Visit(1, d(2026, 1, 1), "GOOD")), jan2026))
                    .isTrue();
            assertThat(holds(List.of(), Y2025)).isFalse(); // not visited: not well managed
        }

        @Test
        void regulationsAndBothFundsOnOrBeforeTheDay() {
            List<Visit> good = List.of(new Visit(1, d(2025, 6, 1), "GOOD"));
            RuleYear june = RuleYear.of(d(2025, 6, 30));
            assertThat(WellManaged.holds(good, d(2025, 6, 30), FUNDS, FUNDS, june))
                    .isTrue();
            assertThat(WellManaged.holds(good, d(2025, 7, 1), FUNDS, FUNDS, june))
                    .isFalse(); // the day after
            assertThat(WellManaged.holds(good, null, FUNDS, FUNDS, june)).isFalse();
            assertThat(WellManaged.holds(good, REGS, d(2025, 6, 30), d(2025, 6, 30), june))
                    .isTrue();
            assertThat(WellManaged.holds(good, REGS, FUNDS, d(2025, 7, 1), june))
                    .isFalse();
            assertThat(WellManaged.holds(good, REGS, null, FUNDS, june)).isFalse(); // no loan fund
        }
    }

    @Nested
    class TrainedAndMonitored {
        @Test
        void aTrainingOrAVisitInTheYear() {
            assertThat(TrainedMonitored.trained(List.of(d(2025, 1, 1)), Y2025)).isTrue();
            assertThat(TrainedMonitored.trained(List.of(d(2024, 12, 31)), Y2025))
                    .isFalse();
            assertThat(TrainedMonitored.trained(List.of(), Y2025)).isFalse();
            RuleYear june = RuleYear.of(d(2025, 6, 30));
            assertThat(TrainedMonitored.monitored(List.of(d(2025, 6, 30)), june))
                    .isTrue();
            assertThat(TrainedMonitored.monitored(List.of(d(2025, 7, 1)), june)).isFalse(); // after the day
            assertThat(TrainedMonitored.monitored(List.of(d(2024, 12, 31), d(2025, 12, 31)), Y2025))
                    .isTrue();
        }
    }
}
