package vn.ishc.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.oversight.MonitoringRule.VisitFact;

/** "Monitored in a year" at its edges: a cancelled visit, 31 December and 1 January; the latest rating. */
class MonitoringRuleTest {

    @Test
    void aVisitOnTheLastOrFirstDayCountsInItsOwnYear() {
        List<VisitFact> dec31 = List.of(new VisitFact(1, LocalDate.of(2024, 12, 31), false, Rating.FAIR));
        assertThat(MonitoringRule.monitoredIn(dec31, 2024)).isTrue();
        assertThat(MonitoringRule.monitoredIn(dec31, 2025)).isFalse();
        List<VisitFact> jan1 = List.of(new VisitFact(2, LocalDate.of(2025, 1, 1), false, Rating.GOOD));
        assertThat(MonitoringRule.monitoredIn(jan1, 2024)).isFalse();
        assertThat(MonitoringRule.monitoredIn(jan1, 2025)).isTrue();
    }

    @Test
    void aCancelledVisitNeitherMonitorsNorRates() {
        List<VisitFact> list = List.of(
                new VisitFact(1, LocalDate.of(2024, 3, 1), false, Rating.GOOD),
                new VisitFact(2, LocalDate.of(2025, 3, 1), true, Rating.WEAK));
        assertThat(MonitoringRule.monitoredIn(list, 2025)).isFalse();
        assertThat(MonitoringRule.latest(list)).map(VisitFact::rating).contains(Rating.GOOD);
        assertThat(MonitoringRule.latest(List.of(list.get(1)))).isEmpty();
    }

    @Test
    void theLatestOfTwoOnOneDayIsTheLaterRecorded() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        List<VisitFact> list =
                List.of(new VisitFact(5, day, false, Rating.WEAK), new VisitFact(4, day, false, Rating.GOOD));
        assertThat(MonitoringRule.latest(list)).map(VisitFact::rating).contains(Rating.WEAK);
    }
}
