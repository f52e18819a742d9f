package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.IntegrationTest;

/**
 * The member module's rules exist twice, in Java for pages and checks and in SQL for other modules'
 * statements ({@link MemberFacts}, the view {@code member_fact_v}); here each SQL twin runs on the database
 * of the build (H2, and PostgreSQL in the {@code postgresql} execution) against the Java rule, at the
 * boundaries.
 */
@IntegrationTest
class MemberFactsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    /** A birth date, or null with only a birth year. */
    record Birth(LocalDate date, int year) {}

    @Test
    void olderOnADateInSqlIsAgeRuleIsOlder() {
        List<String> disagreements = new ArrayList<>();
        for (int age : new int[] {60, 55}) {
            AgeRule rule = new AgeRule(age);
            for (LocalDate on : List.of(
                    LocalDate.of(2026, 11, 29),
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31),
                    LocalDate.of(2024, 2, 28),
                    LocalDate.of(2024, 2, 29),
                    LocalDate.of(2025, 2, 28),
                    LocalDate.of(2025, 3, 1),
                    LocalDate.of(2019, 2, 28),
                    LocalDate.of(2100, 2, 28))) {
                List<Birth> births = new ArrayList<>();
                LocalDate sixty = on.minusYears(age);
                for (int d = -2; d <= 2; d++) {
                    LocalDate b = sixty.plusDays(d);
                    births.add(new Birth(b, b.getYear()));
                }
                for (int y = on.getYear() - age - 1; y <= on.getYear() - age + 1; y++) {
                    births.add(new Birth(null, y));
                    if (LocalDate.of(y, 1, 1).isLeapYear()) births.add(new Birth(LocalDate.of(y, 2, 29), y));
                }
                for (Birth b : births) {
                    int sql = jdbc.sql("select " + MemberFacts.olderOn("x", ":olderDate", ":olderYear")
                                    + " from (select cast(:birthDate as date) as birth_date,"
                                    + " cast(:birthYear as integer) as birth_year) x")
                            .param("birthDate", b.date())
                            .param("birthYear", b.year())
                            .param("olderDate", rule.latestOlderBirthDate(on))
                            .param("olderYear", rule.latestOlderBirthYear(on))
                            .query(Integer.class)
                            .single();
                    boolean java = rule.isOlder(b.date(), b.year(), on);
                    if (java != (sql == 1)) disagreements.add(age + " on " + on + ": " + b + " java " + java);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void compositionInSqlIsCompositionMeetsEveryRule() {
        for (CompositionStandard s : List.of(
                CompositionStandard.PLAN_DEFAULT, new CompositionStandard(10, 20, 55, 65, 50, 75, 25, 50, 55))) {
            StringBuilder values = new StringBuilder();
            Map<String, Boolean> java = new java.util.HashMap<>();
            // Every split of 0, 1, 10, 20, 49–51, 60, 69–71 and 100 members: 60 of 100 and 42 of 70 are
            // exactly 60 %, 49 of 70 is exactly 70 %, 41 of 70 (58.6 %) and 50 of 70 (71.4 %) just outside.
            for (int members : new int[] {0, 1, 10, 20, 49, 50, 51, 60, 69, 70, 71, 100}) {
                for (int women = 0; women <= members; women++) {
                    for (int older = 0; older <= members; older++) {
                        values.append(values.isEmpty() ? "" : ", ")
                                .append("(")
                                .append(members)
                                .append(", ")
                                .append(women)
                                .append(", ")
                                .append(older)
                                .append(")");
                        java.put(
                                members + "/" + women + "/" + older,
                                Composition.of(members, women, older, 0, s).meetsEveryRule());
                    }
                }
            }
            Map<String, Boolean> sql = jdbc
                    .sql("select x.members, x.women, x.older, case when "
                            + MemberFacts.compositionMet("x.members", "x.women", "x.older", s)
                            + " then 1 else 0 end as met from (values " + values + ") as x(members, women, older)")
                    .query((rs, n) -> Map.entry(
                            rs.getInt("members") + "/" + rs.getInt("women") + "/" + rs.getInt("older"),
                            rs.getInt("met") == 1))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(sql).as("%s", s).isEqualTo(java);
            if (s == CompositionStandard.PLAN_DEFAULT) {
                assertThat(java.get("70/42/42"))
                        .as("exactly 60 %% women and older")
                        .isTrue();
                assertThat(java.get("70/49/42")).as("exactly 70 %% women").isTrue();
                assertThat(java.get("70/41/42")).as("58.6 %% women").isFalse();
                assertThat(java.get("70/50/42")).as("71.4 %% women").isFalse();
            }
            assertThat(java.values()).contains(true, false);
        }
    }

    @Test
    void theViewsDisadvantagedFlagIsTheJavaRule() {
        String[] ethnicities = {"Kinh", "kinh", "KINH", "Kính", "Ê Đê", "Ê-đê", "Tày", "Nùng", "M'Nông", "Kinh (Việt)"};
        transaction.executeWithoutResult(tx -> {
            long club = jdbc.sql("select min(id) from club").query(Long.class).single();
            Map<Long, Boolean> java = new java.util.HashMap<>();
            int n = 0;
            for (HouseholdStatus h : HouseholdStatus.values()) {
                for (String ethnicity : ethnicities) {
                    for (int flags = 0; flags < 4; flags++) {
                        boolean disability = (flags & 1) != 0;
                        boolean livesAlone = (flags & 2) != 0;
                        var key = new GeneratedKeyHolder();
                        jdbc.sql("insert into person (full_name, name_key, sex, birth_year, ethnicity,"
                                        + " household_status, disability, lives_alone) values (:name, :name, 'FEMALE',"
                                        + " 1950, :ethnicity, :household, :disability, :livesAlone)")
                                .param("name", "facts test " + n++)
                                .param("ethnicity", ethnicity)
                                .param("household", h.name())
                                .param("disability", disability)
                                .param("livesAlone", livesAlone)
                                .update(key, "id");
                        long person = key.getKey().longValue();
                        jdbc.sql("insert into membership (person_id, club_id, joined_on) values (:p, :c, :on)")
                                .param("p", person)
                                .param("c", club)
                                .param("on", LocalDate.of(2020, 1, 1))
                                .update();
                        java.put(person, MemberFacts.isDisadvantaged(h, ethnicity, disability, livesAlone));
                    }
                }
            }
            Map<Long, Boolean> view = jdbc
                    .sql("select person_id, disadvantaged from member_fact_v" + " where person_id in (:ids)")
                    .param("ids", java.keySet())
                    .query((rs, i) -> Map.entry(rs.getLong("person_id"), rs.getInt("disadvantaged") == 1))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(view).isEqualTo(java);
            assertThat(java.values()).contains(true, false);
            tx.setRollbackOnly();
        });
    }
}
