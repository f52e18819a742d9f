package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;

/**
 * The demo's activities: every demo club has some, from after its founding up to today, across the areas, with
 * some clubs weak in some areas; participants were members on the day; nothing is paid from the clubs' funds;
 * loading again adds nothing.
 */
@IntegrationTest
class ActivityDemoTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoActivities demo;

    @Autowired
    Clock clock;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyDemoClubWorksAcrossTheAreasAndSomeAreWeakInSome() {
        LocalDate today = LocalDate.now(clock);
        List<Long> demoClubs = jdbc.sql("select min(id) from club where name in (:names) group by name")
                .param("names", DemoClubs.names())
                .query(Long.class)
                .list();
        long withActivities = jdbc.sql("select count(distinct club_id) from activity where club_id in (:c)")
                .param("c", demoClubs)
                .query(Long.class)
                .single();
        assertThat(withActivities).isEqualTo(demoClubs.size());
        assertThat(count("select count(distinct area_code) from activity")).isEqualTo(8);
        assertThat(count("select count(distinct kind_code) from activity")).isGreaterThanOrEqualTo(5);
        // Nothing in the future, nothing before a club's founding.
        assertThat(jdbc.sql("select count(*) from activity where held_on > :today")
                        .param("today", today)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(count("select count(*) from activity a join club c on c.id = a.club_id"
                        + " where a.held_on < c.founded_on"))
                .isZero();
        // Participants were members of the club on the day.
        assertThat(count("""
                        select count(*) from activity_person p join activity a on a.id = p.activity_id
                        where not exists (select 1 from membership m where m.person_id = p.person_id
                            and m.club_id = a.club_id and m.joined_on <= a.held_on
                            and (m.left_on is null or m.left_on > a.held_on))""")).isZero();
        assertThat(count("select count(*) from activity_person")).isPositive();
        assertThat(count("select count(*) from activity where recorded_by = 'demo-club' and paid_by = 'CLUB_FUND'"))
                .isZero();
        // Some club old enough to have had a full last year did nothing in some area in it.
        int last = today.getYear() - 1;
        List<Map<String, Object>> perClubAreas = jdbc.sql("""
                        select club_id, count(distinct area_code) as areas from activity
                        where held_on between :f and :t group by club_id""")
                .param("f", LocalDate.of(last, 1, 1))
                .param("t", LocalDate.of(last, 12, 31))
                .query()
                .listOfRows();
        assertThat(perClubAreas).anyMatch(r -> ((Number) r.get("areas")).intValue() < 8);
        assertThat(perClubAreas).anyMatch(r -> ((Number) r.get("areas")).intValue() >= 6);
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = count("select count(*) from activity");
        demo.load();
        assertThat(count("select count(*) from activity")).isEqualTo(before);
    }
}
