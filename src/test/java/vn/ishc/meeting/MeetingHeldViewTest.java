package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;

/**
 * {@code meeting_held_v} (V45) says what {@link MeetingService#year} says: for every demo club and the
 * demo's last two years, the months with a standing meeting are the months of the view's rows.
 */
@IntegrationTest
class MeetingHeldViewTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theViewHoldsTheMeetingsTheClubsYearCountsAsHeld() {
        var user = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            int thisYear = meetings.today().getYear();
            var clubs = jdbc.sql("select distinct club_id from meeting")
                    .query(Long.class)
                    .list();
            assertThat(clubs).isNotEmpty();
            int compared = 0;
            for (long club : clubs) {
                for (int year = thisYear - 1; year <= thisYear; year++) {
                    Set<YearMonth> met = meetings.year(club, year).months().stream()
                            .filter(MeetingService.Month::met)
                            .map(MeetingService.Month::month)
                            .collect(Collectors.toCollection(TreeSet::new));
                    int y = year;
                    Set<YearMonth> inView = jdbc
                            .sql(
                                    "select held_on from meeting_held_v where club_id = ? and extract(year from held_on) = ?")
                            .params(club, year)
                            .query(java.time.LocalDate.class)
                            .list()
                            .stream()
                            .map(YearMonth::from)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(inView).as("club %d, %d", club, y).isEqualTo(met);
                    compared += met.size();
                }
            }
            assertThat(compared).isPositive();
            // A reversed meeting is in neither.
            assertThat(jdbc.sql("select count(*) from meeting_held_v h join meeting m on m.id = h.meeting_id"
                                    + " where m.reversed_on is not null")
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
