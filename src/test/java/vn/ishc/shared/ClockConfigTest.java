package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockConfigTest {
    final ClockConfig config = new ClockConfig();

    @Test
    void withoutASettingTheClockIsTheSystemsInVietnam() {
        Clock clock = config.clock("");
        assertThat(clock.getZone()).isEqualTo(ClockConfig.VIETNAM);
        assertThat(Math.abs(clock.millis() - Clock.systemUTC().millis())).isLessThan(60_000);
    }

    @Test
    void aSetDateIsTodayAndTheClockRunsOnFromIt() {
        Clock clock = config.clock("2031-03-01");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(LocalDateTime.now(clock)).isAfterOrEqualTo(LocalDateTime.of(2031, 3, 1, 10, 0));

        Clock at = config.clock("2025-06-30T23:30");
        assertThat(LocalDateTime.now(at))
                .isBetween(LocalDateTime.of(2025, 6, 30, 23, 30), LocalDateTime.of(2025, 6, 30, 23, 31));
    }

    @Test
    void theStartIsReadInVietnamTime() {
        Clock system = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock clock = ClockConfig.startingAt(LocalDateTime.of(2027, 1, 15, 7, 0), system);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-15T00:00:00Z"));
    }

    @Test
    void aValueThatIsNoDateStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> config.clock("next tuesday"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ishc.clock.fixed")
                .hasMessageContaining("next tuesday");
    }
}
