package vn.ishc.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubView;
import vn.ishc.member.Composition;
import vn.ishc.member.MemberRegistry;

/**
 * Where one club stands on each rule of its plan on a day, and why: its composition against the plan's
 * bands, fully active ({@link FullyActive}: the months it met, the areas with records and those missing),
 * well managed ({@link WellManaged}: its latest visit of the year, its regulations, its funds), trained and
 * monitored ({@link TrainedMonitored}) and the share of its members who borrowed in the plan period so far
 * against the plan's {@code borrowers_min_percent}. It reads the same views as the indicators, for one club,
 * and decides with the Java rules (held equal to the indicators' SQL by {@code PlanRulesSqlTest}). The caller
 * has already been allowed to see the club.
 */
@Service
public class ClubStandings {
    private final JdbcClient jdbc;
    private final PlanStandards standards;
    private final MemberRegistry members;

    ClubStandings(JdbcClient jdbc, PlanStandards standards, MemberRegistry members) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.members = members;
    }

    /** One club's standing on a day. */
    public record Standing(
            LocalDate on,
            RuleYear year,
            PlanRules rules,
            Composition composition,
            Set<java.time.YearMonth> monthsMet,
            Set<String> areas,
            List<String> missingAreas,
            boolean fullyActive,
            WellManaged.Visit latestVisit,
            LocalDate regulationsAdopted,
            LocalDate loanFundSince,
            LocalDate activityFundSince,
            boolean wellManaged,
            LocalDate lastTrained,
            int visits,
            boolean trained,
            boolean monitored,
            int members,
            int borrowers) {

        public LocalDate yearStart() {
            return year.start();
        }

        /** The share of members who borrowed, in percent (one decimal), null without members. */
        public Double borrowersPercent() {
            return members == 0 ? null : Math.round(borrowers * 1000.0 / members) / 10.0;
        }

        /** Whether that share reaches the plan's minimum (compared exactly). */
        public boolean borrowersEnough() {
            return members > 0 && (long) borrowers * 100 >= (long) rules.borrowersMinPercent() * members;
        }

        public boolean regulationsOk() {
            return WellManaged.regulations(regulationsAdopted, on);
        }

        public boolean fundsOk() {
            return WellManaged.funds(loanFundSince, activityFundSince, on);
        }
    }

    @Transactional(readOnly = true)
    public Standing of(ClubView club, LocalDate on) {
        PlanRules rules = standards.rulesFor(club.unitId(), on);
        RuleYear year = RuleYear.of(on);
        List<LocalDate> meetings = jdbc.sql(
                        "select held_on from meeting_held_v where club_id = :c" + " and held_on between :f and :t")
                .param("c", club.id())
                .param("f", year.start())
                .param("t", year.end())
                .query(LocalDate.class)
                .list();
        List<FullyActive.AreaDay> areaDays = jdbc.sql("select distinct area_code, on_date from activity_area_day_v"
                        + " where club_id = :c and on_date between :f and :t")
                .param("c", club.id())
                .param("f", year.start())
                .param("t", year.end())
                .query((rs, n) -> new FullyActive.AreaDay(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
        List<WellManaged.Visit> visits = jdbc.sql("select visit_id, visited_on, rating from monitoring_visit_v"
                        + " where club_id = :c and visited_on between :f and :t")
                .param("c", club.id())
                .param("f", year.start())
                .param("t", year.end())
                .query((rs, n) ->
                        new WellManaged.Visit(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
        List<LocalDate> trainings = jdbc.sql("select trained_on from training_club_v where club_id = :c"
                        + " and trained_on between :f and :t")
                .param("c", club.id())
                .param("f", year.start())
                .param("t", year.end())
                .query(LocalDate.class)
                .list();
        LocalDate regulations = jdbc.sql("select regulations_adopted_on from club_fact_v where id = :c")
                .param("c", club.id())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        LocalDate[] funds = new LocalDate[2];
        jdbc.sql("select fund, min(entry_date) from fund_receipt_v where club_id = :c and entry_date <= :t"
                        + " group by fund")
                .param("c", club.id())
                .param("t", on)
                .query(rs -> {
                    if ("LOAN_FUND".equals(rs.getString(1))) funds[0] = rs.getObject(2, LocalDate.class);
                    if ("ACTIVITY_FUND".equals(rs.getString(1))) funds[1] = rs.getObject(2, LocalDate.class);
                });
        Plan plan = standards.planFor(club.unitId(), on);
        LocalDate periodStart = plan == null ? LocalDate.of(on.getYear(), 1, 1) : plan.start();
        int[] counts = new int[2];
        jdbc.sql("select count(*), sum(case when (select 1 from fund_loan_disbursed_v l where l.person_id = m.person_id"
                        + " and l.club_id = m.club_id and l.disbursed_on between :f and :t limit 1) = 1 then 1 else 0 end)"
                        + " from member_fact_v m where m.club_id = :c and m.joined_on <= :t"
                        + " and (m.left_on is null or m.left_on >= :t)")
                .param("c", club.id())
                .param("f", periodStart)
                .param("t", on)
                .query(rs -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                });
        FullyActive rule = FullyActive.of(rules);
        var months = FullyActive.months(meetings, year);
        var areas = FullyActive.areas(areaDays, year);
        return new Standing(
                on,
                year,
                rules,
                members.compositionOf(club.id(), on),
                months,
                areas,
                FullyActive.missing(areas),
                rule.holds(months.size(), areas.size()),
                WellManaged.latest(visits, year).orElse(null),
                regulations,
                funds[0],
                funds[1],
                WellManaged.holds(visits, regulations, funds[0], funds[1], year),
                trainings.stream().max(LocalDate::compareTo).orElse(null),
                visits.size(),
                TrainedMonitored.trained(trainings, year),
                TrainedMonitored.monitored(
                        visits.stream().map(WellManaged.Visit::on).toList(), year),
                counts[0],
                counts[1]);
    }
}
