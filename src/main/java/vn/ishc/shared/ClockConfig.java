package vn.ishc.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one source of "today" and "now" in the application (Vietnam time): every other class takes this
 * {@link Clock} and never asks the system for the date ({@code ClockSourceTest} fails the build if one
 * does). With {@code ishc.clock.fixed} set (a date, {@code 2026-11-29}, or a local date-time,
 * {@code 2026-11-29T10:00}) the clock starts at that moment when the application starts and runs on
 * from there: the tests stand on a chosen date this way, and so can a training copy. Scheduled jobs are on.
 */
@Configuration
@EnableScheduling
class ClockConfig {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${ishc.clock.fixed:}") String fixed) {
        Clock system = Clock.system(VIETNAM);
        if (fixed == null || fixed.isBlank()) return system;
        LocalDateTime start = parse(fixed.strip());
        log.warn("The clock is set (ishc.clock.fixed): the application's today is {}, not the real date.", start);
        return startingAt(start, system);
    }

    /** A clock that reads {@code start} (Vietnam time) now and runs on from there with {@code system}. */
    static Clock startingAt(LocalDateTime start, Clock system) {
        return Clock.offset(
                system, Duration.between(system.instant(), start.atZone(VIETNAM).toInstant()));
    }

    static LocalDateTime parse(String value) {
        try {
            return value.contains("T")
                    ? LocalDateTime.parse(value)
                    : LocalDate.parse(value).atTime(10, 0);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("ishc.clock.fixed must be a date such as 2026-11-29 or a local date-time"
                    + " such as 2026-11-29T10:00, not '" + value + "'");
        }
    }
}
