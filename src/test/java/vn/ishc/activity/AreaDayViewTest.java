package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;

/**
 * {@code activity_area_day_v} (V45) counts what the areas calendar counts ({@link AreaCalendar}, every
 * {@link AreaTally}: activities, health checks, home-care visits, cases): for every demo club with records,
 * in each of the demo's last two years, the same count in each area and month.
 */
@IntegrationTest
class AreaDayViewTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    AreaCalendar calendar;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    @Test
    void theViewCountsWhatTheCalendarCounts() {
        var user = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            int thisYear = LocalDate.now(clock).getYear();
            var clubs = jdbc.sql("select distinct club_id from activity_area_day_v")
                    .query(Long.class)
                    .list();
            assertThat(clubs).isNotEmpty();
            long compared = 0;
            for (long club : clubs) {
                for (int year = thisYear - 1; year <= thisYear; year++) {
                    Map<String, Long> fromCalendar = new HashMap<>();
                    for (AreaCalendar.AreaRow row :
                            calendar.clubYear(club, year).rows()) {
                        for (int m = 1; m <= 12; m++) {
                            if (row.month(m) > 0) fromCalendar.put(row.area().code() + "/" + m, row.month(m));
                        }
                    }
                    Map<String, Long> fromView = new HashMap<>();
                    jdbc.sql(
                                    "select area_code, extract(month from on_date) as m, count(*) as n from activity_area_day_v"
                                            + " where club_id = ? and on_date between ? and ?"
                                            + " group by area_code, extract(month from on_date)")
                            .params(club, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                            .query(rs -> {
                                fromView.put(rs.getString(1) + "/" + rs.getInt(2), rs.getLong(3));
                            });
                    assertThat(fromView).as("club %d, %d", club, year).isEqualTo(fromCalendar);
                    compared += fromView.values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                }
            }
            assertThat(compared).isPositive();
            // Every kind of record is in the demo's view.
            assertThat(jdbc.sql("select distinct area_code from activity_area_day_v")
                            .query(String.class)
                            .list())
                    .contains("HEALTH", "HOME_CARE", "RIGHTS", "SELF_HELP");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
