package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;
import vn.ishc.club.DemoClubs;
import vn.ishc.shared.DemoData;

/**
 * The demo data the application loaded at start-up: clubs spread over Buôn Ma Thuột's wards through
 * time, 50–70 members in most clubs with about two thirds women, a few clubs outside the standard; and
 * loading it again changes nothing.
 */
@IntegrationTest
class DemoMembersTest {
    static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<DemoData> contributors;

    @Autowired
    MemberRegistry registry;

    record DemoClub(long id, long unitId, LocalDate foundedOn, String status) {}

    List<DemoClub> demoClubs() {
        return jdbc.sql("select c.id, c.unit_id, c.founded_on, (select s.status from club_status_change s"
                        + " where s.club_id = c.id order by s.position desc limit 1) as status"
                        + " from club c where c.name in (:names)")
                .param("names", DemoClubs.names())
                .query((rs, n) -> new DemoClub(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getObject("founded_on", LocalDate.class),
                        rs.getString("status")))
                .list();
    }

    static boolean planEraUnit(long unitId) {
        return unitId >= 10 && unitId <= 30;
    }

    @Test
    void clubsSpreadOverTheCityThroughTime() {
        List<DemoClub> clubs = demoClubs();
        assertThat(clubs).hasSizeBetween(33, 37);
        assertThat(clubs)
                .allSatisfy(c -> assertThat(planEraUnit(c.unitId()) || (c.unitId() >= 40 && c.unitId() <= 45))
                        .as("unit of club %d", c.id())
                        .isTrue());
        // Recorded under the unit valid on the founding date.
        assertThat(clubs)
                .filteredOn(c -> !c.foundedOn().isBefore(LocalDate.of(2025, 7, 1)))
                .allSatisfy(c -> assertThat(c.unitId()).isBetween(40L, 45L));
        assertThat(clubs)
                .filteredOn(c -> c.unitId() == 13 || c.unitId() == 15)
                .allSatisfy(c -> assertThat(c.foundedOn()).isBeforeOrEqualTo(LocalDate.of(2024, 10, 31)));
        assertThat(clubs).filteredOn(c -> c.foundedOn().isBefore(PLAN_START)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(clubs).filteredOn(c -> !c.foundedOn().isBefore(PLAN_START)).hasSizeGreaterThanOrEqualTo(19);
        // Every plan-era ward and commune has a club by 2025, but not all had one before the plan.
        Set<Long> withClub = clubs.stream()
                .map(DemoClub::unitId)
                .filter(DemoMembersTest::planEraUnit)
                .collect(Collectors.toSet());
        assertThat(withClub).hasSize(21);
        long withEarlyClub = clubs.stream()
                .filter(c -> c.foundedOn().isBefore(PLAN_START))
                .map(DemoClub::unitId)
                .distinct()
                .count();
        assertThat(withEarlyClub).isBetween(17L, 18L);
    }

    @Test
    void clubsHaveMostlyWomenMembersAndAFewAreOutsideTheStandard() {
        List<DemoClub> clubs = demoClubs();
        Map<Long, Long> active = jdbc
                .sql("select m.club_id, count(*) as members from membership m"
                        + " where m.left_on is null and m.club_id in (:ids) group by m.club_id")
                .param("ids", clubs.stream().map(DemoClub::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("club_id"), rs.getLong("members")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (DemoClub c : clubs) {
            if (c.status().equals("DISSOLVED")) {
                assertThat(active).as("members of dissolved club %d", c.id()).doesNotContainKey(c.id());
            } else {
                assertThat(active.getOrDefault(c.id(), 0L))
                        .as("members of club %d", c.id())
                        .isBetween(40L, 80L);
            }
        }
        Map<String, Long> bySex = jdbc
                .sql("select p.sex, count(*) as people from membership m"
                        + " join person p on p.id = m.person_id"
                        + " where m.left_on is null and m.club_id in (:ids) group by p.sex")
                .param("ids", clubs.stream().map(DemoClub::id).toList())
                .query((rs, n) -> Map.entry(rs.getString("sex"), rs.getLong("people")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        double women = bySex.get("FEMALE") * 100.0 / (bySex.get("FEMALE") + bySex.get("MALE"));
        assertThat(women).isBetween(55.0, 75.0);

        Map<Long, Composition> compositions =
                registry.compositions(clubs.stream().map(DemoClub::id).toList(), DemoMembers.AS_OF);
        assertThat(compositions.values()).filteredOn(c -> c.members() > 0).anyMatch(c -> !c.meetsEveryRule());
        assertThat(compositions.values())
                .filteredOn(c -> c.check(Composition.Rule.MEMBERS).band() == Composition.Band.IN_BAND)
                .hasSizeGreaterThanOrEqualTo(25);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void loadingTheDemoDataAgainChangesNothing() {
        List<String> tables = List.of("club", "club_status_change", "club_board_member", "person", "membership");
        List<Long> before = tables.stream().map(this::count).toList();
        contributors.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        assertThat(tables.stream().map(this::count).toList()).isEqualTo(before);
    }
}
