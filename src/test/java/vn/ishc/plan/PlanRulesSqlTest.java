package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.area.UnitCsvImport;
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.ClubDirectory;

/**
 * The SQL phrases of the rules ({@link FullyActive#SQL}, {@link WellManaged#SQL}, {@link
 * TrainedMonitored#TRAINED_SQL}, {@link TrainedMonitored#MONITORED_SQL}) say what the Java rules say, as the
 * club standing ({@link ClubStandings}) applies them to the same views: clubs at the rules' boundaries,
 * compared on several days around the turn of the year, and the demo clubs today.
 */
@IntegrationTest
class PlanRulesSqlTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitDirectory units;

    @Autowired
    UnitCsvImport csv;

    @Autowired
    Plans plans;

    @Autowired
    ClubStandings standings;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    java.time.Clock clock;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    record Flags(boolean fullyActive, boolean wellManaged, boolean trained, boolean monitored) {}

    Map<Long, Flags> sql(List<Long> ids, LocalDate day, PlanRules rules) {
        RuleYear year = RuleYear.of(day);
        Map<Long, Flags> out = new HashMap<>();
        jdbc.sql("select c.id, case when " + FullyActive.SQL + " then 1 else 0 end as fa, case when "
                        + WellManaged.SQL + " then 1 else 0 end as wm, case when " + TrainedMonitored.TRAINED_SQL
                        + " then 1 else 0 end as tr, case when " + TrainedMonitored.MONITORED_SQL
                        + " then 1 else 0 end as mo from club_fact_v c where c.id in (:ids)")
                .param("ids", ids)
                .param("yearStart", year.start())
                .param("yearEnd", year.end())
                .param("fullyActiveMeetings", rules.fullyActiveMeetings())
                .param("fullyActiveAreas", rules.fullyActiveAreas())
                .query(rs -> {
                    out.put(
                            rs.getLong("id"),
                            new Flags(
                                    rs.getInt("fa") == 1,
                                    rs.getInt("wm") == 1,
                                    rs.getInt("tr") == 1,
                                    rs.getInt("mo") == 1));
                });
        return out;
    }

    Map<Long, Flags> java(List<Long> ids, LocalDate day) {
        Map<Long, Flags> out = new HashMap<>();
        for (long id : ids) {
            var s = standings.of(clubs.get(id), day);
            out.put(id, new Flags(s.fullyActive(), s.wellManaged(), s.trained(), s.monitored()));
        }
        return out;
    }

    @Test
    void theSqlOfEachRuleSaysWhatItsJavaSays() {
        var user = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            PlanFixture f = new PlanFixture(jdbc, units, csv);
            Plan plan = f.plan(plans);
            // X1: 10 months, 8 areas (the last on 31/12), FAIR then GOOD on 31/12, regulations and funds,
            // its chair trained on 31/12.
            long x1 = f.club("X1", "Xã A", d(2020, 1, 1));
            for (int m = 1; m <= 10; m++) f.meeting(x1, d(2025, m, 3), false);
            for (String a : FullyActive.AREAS.subList(0, 7)) f.activity(x1, a, d(2025, 2, 2), false);
            f.helpCase(x1, "OTHER", d(2025, 12, 31)); // SELF_HELP, already counted from an activity
            f.activity(x1, "RESOURCES", d(2025, 12, 31), false);
            f.visit(x1, plan.id(), d(2025, 6, 1), "FAIR", false);
            f.visit(x1, plan.id(), d(2025, 12, 31), "GOOD", false);
            f.regulations(x1, d(2020, 2, 1));
            f.entry(x1, "LOAN_FUND", "CAPITAL", d(2020, 3, 1), null, null);
            f.entry(x1, "ACTIVITY_FUND", "MEMBERSHIP_FEE", d(2020, 3, 1), null, null);
            f.training(x1, "CHAIR", d(2025, 12, 31), false);
            // X2: 9 months and a reversed meeting, 8 areas, GOOD on 31/12/2025 then FAIR on 1/1/2026,
            // regulations adopted on 31/12/2025, the activity fund from 1/12/2025; a treasurer trained on 1/1/2026.
            long x2 = f.club("X2", "Xã B", d(2020, 1, 1));
            for (int m = 1; m <= 9; m++) f.meeting(x2, d(2025, m, 3), false);
            f.meeting(x2, d(2025, 10, 3), true);
            for (String a : FullyActive.AREAS) f.activity(x2, a, d(2025, 4, 4), false);
            f.visit(x2, plan.id(), d(2025, 12, 31), "GOOD", false);
            f.visit(x2, plan.id(), d(2026, 1, 1), "FAIR", false);
            f.regulations(x2, d(2025, 12, 31));
            f.entry(x2, "LOAN_FUND", "CAPITAL", d(2020, 3, 1), null, null);
            f.entry(x2, "ACTIVITY_FUND", "MEMBERSHIP_FEE", d(2025, 12, 1), null, null);
            f.training(x2, "TREASURER", d(2026, 1, 1), false);
            // X3: 10 months, 7 areas and a cancelled one, only a cancelled GOOD visit, a member (not the
            // board) trained, a cancelled session for its chair, no funds.
            long x3 = f.club("X3", "Xã C", d(2020, 1, 1));
            for (int m = 3; m <= 12; m++) f.meeting(x3, d(2025, m, 28), false);
            for (String a : FullyActive.AREAS.subList(1, 8)) f.activity(x3, a, d(2025, 5, 5), false);
            f.activity(x3, "INCOME", d(2025, 5, 5), true);
            f.visit(x3, plan.id(), d(2025, 7, 7), "GOOD", true);
            f.training(x3, "CLUB_MEMBER", d(2025, 7, 7), false);
            f.training(x3, "CHAIR", d(2025, 8, 8), true);
            f.healthCheck(x3, d(2025, 9, 9));

            List<Long> ids = List.of(x1, x2, x3);
            for (LocalDate day : List.of(d(2025, 11, 30), d(2025, 12, 30), d(2025, 12, 31), d(2026, 1, 1))) {
                Map<Long, Flags> java = java(ids, day);
                PlanRules rules = standings.of(clubs.get(x1), day).rules();
                assertThat(sql(ids, day, rules)).as(day.toString()).isEqualTo(java);
            }
            // The hand-worked answers on 31/12/2025 and 1/1/2026.
            var end = java(ids, d(2025, 12, 31));
            assertThat(end.get(x1)).isEqualTo(new Flags(true, true, true, true));
            assertThat(end.get(x2)).isEqualTo(new Flags(false, true, false, true));
            assertThat(end.get(x3)).isEqualTo(new Flags(false, false, false, false));
            assertThat(java(ids, d(2025, 12, 30)).get(x1)).isEqualTo(new Flags(false, false, false, true));
            assertThat(java(ids, d(2026, 1, 1)).get(x2)).isEqualTo(new Flags(false, false, true, true));

            // The demo clubs today.
            List<Long> demo = jdbc.sql("select id from club_fact_v where name not like '%" + f.tag + "%'")
                    .query(Long.class)
                    .list();
            LocalDate today = LocalDate.now(clock);
            Map<Long, Flags> java = java(demo, today);
            assertThat(sql(demo, today, PlanRules.DEFAULT)).isEqualTo(java);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
