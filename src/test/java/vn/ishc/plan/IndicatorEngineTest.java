package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;
import vn.ishc.area.UnitCsvImport;
import vn.ishc.area.UnitDirectory;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorEngine.Figure;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.shared.Scope;

/**
 * Every computed indicator on a small locality of its own ({@link PlanFixture}), with the right answer
 * worked out by hand below. Communes A, B, C (plan units, 2021) became Xã D (from A and B) and Xã E (from
 * C) on 1 July 2025. The plan runs 2021–2025 with composition bounds 4–6 members, women 50–75 %, older
 * 50–75 %, younger 25–50 %, older from 60.
 *
 * <pre>
 * club  unit  founded     status                          members (on 31/12/2025)
 * K0    B     2017-01-01  dissolved 2020-06-01            -
 * K1    A     2018-03-01  active                          W1950, M1952, M1991, M1985 Ê Đê   (women 25 %: fails)
 * K2    B     2019-05-01  dissolved 2023-06-01            (one member, left 2023-06-01)
 * K3    A     2021-04-10  active                          W1950, W1955, W1990 poor, M1948    (4, 75 %, 75 %, 25 %: meets all)
 * K4    C     2022-02-02  suspended 2024-03-01            M1940
 * K5    D     2025-08-01  active                          W born 1960-01-01, W1970 disabled  (2 members: fails)
 * K6    E     2025-09-01  active                          none                               (fails)
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorEngineTest {
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitDirectory units;

    @Autowired
    UnitCsvImport csv;

    @Autowired
    Plans plans;

    @Autowired
    IndicatorEngine engine;

    PlanFixture f;
    Plan plan;
    long k1;
    long k3;
    long k5;
    long k6;

    @BeforeAll
    void fixture() {
        f = new PlanFixture(jdbc, units, csv);
        plan = f.plan(plans);
        long k0 = f.club("K0", "Xã B", LocalDate.of(2017, 1, 1));
        f.status(k0, 1, "DISSOLVED", LocalDate.of(2020, 6, 1));
        k1 = f.club("K1", "Xã A", LocalDate.of(2018, 3, 1));
        long k2 = f.club("K2", "Xã B", LocalDate.of(2019, 5, 1));
        f.status(k2, 1, "DISSOLVED", LocalDate.of(2023, 6, 1));
        k3 = f.club("K3", "Xã A", LocalDate.of(2021, 4, 10));
        long k4 = f.club("K4", "Xã C", LocalDate.of(2022, 2, 2));
        f.status(k4, 1, "SUSPENDED", LocalDate.of(2024, 3, 1));
        k5 = f.club("K5", "Xã D", LocalDate.of(2025, 8, 1));
        k6 = f.club("K6", "Xã E", LocalDate.of(2025, 9, 1));

        LocalDate j1 = LocalDate.of(2018, 3, 1);
        long baMot = f.member(k1, "Bà Một", "FEMALE", 1950, j1);
        long ongHai = f.member(k1, "Ông Hai", "MALE", 1952, j1);
        f.member(k1, "Anh Ba", "MALE", 1991, j1);
        f.member(k1, "Anh Y Bốn", "MALE", null, 1985, "Ê Đê", "NONE", false, j1, null);
        long baNam = f.member(
                k2,
                "Bà Năm",
                "FEMALE",
                null,
                1945,
                "Kinh",
                "NONE",
                false,
                LocalDate.of(2019, 5, 1),
                LocalDate.of(2023, 6, 1));
        LocalDate j3 = LocalDate.of(2021, 4, 10);
        long baSau = f.member(k3, "Bà Sáu", "FEMALE", 1950, j3);
        f.member(k3, "Bà Bảy", "FEMALE", 1955, j3);
        long chiTam = f.member(k3, "Chị Tám", "FEMALE", null, 1990, "Kinh", "POOR", false, j3, null);
        f.member(k3, "Ông Chín", "MALE", 1948, j3);
        f.member(k4, "Ông Mười", "MALE", 1940, LocalDate.of(2022, 2, 2));
        LocalDate j5 = LocalDate.of(2025, 8, 1);
        long baMuoiMot =
                f.member(k5, "Bà Mười Một", "FEMALE", LocalDate.of(1960, 1, 1), 0, "Kinh", "NONE", false, j5, null);
        f.member(k5, "Chị Mười Hai", "FEMALE", null, 1970, "Kinh", "NONE", true, j5, null);

        // Loans (fund module): see membersWithLoans for who counts.
        f.loan(k1, baMot, LocalDate.of(2022, 5, 10), false);
        f.loan(k1, ongHai, LocalDate.of(2020, 6, 1), false);
        f.loan(k3, baSau, LocalDate.of(2023, 3, 1), false);
        f.loan(k3, baSau, LocalDate.of(2024, 3, 1), false);
        f.loan(k3, chiTam, LocalDate.of(2024, 7, 1), true);
        f.loan(k2, baNam, LocalDate.of(2022, 1, 15), false);
        f.loan(k5, baMuoiMot, LocalDate.of(2025, 9, 1), false);

        // Regulations and funds: see clubsWithBothFunds.
        f.regulations(k1, LocalDate.of(2018, 4, 1));
        f.entry(k1, "LOAN_FUND", "CAPITAL", LocalDate.of(2018, 5, 1), null, null);
        f.entry(k1, "ACTIVITY_FUND", "MEMBERSHIP_FEE", LocalDate.of(2018, 6, 1), null, null);
        f.regulations(k3, LocalDate.of(2021, 5, 1));
        f.entry(k3, "LOAN_FUND", "CAPITAL", LocalDate.of(2021, 6, 1), null, null);
        f.entry(k5, "LOAN_FUND", "CAPITAL", LocalDate.of(2025, 8, 5), null, null);
        f.entry(k5, "ACTIVITY_FUND", "MEMBERSHIP_FEE", LocalDate.of(2025, 8, 5), null, null);
        f.regulations(k6, LocalDate.of(2025, 9, 1));
        f.entry(k6, "LOAN_FUND", "CAPITAL", LocalDate.of(2025, 9, 5), null, null);
        long fee = f.entry(k6, "ACTIVITY_FUND", "MEMBERSHIP_FEE", LocalDate.of(2025, 10, 1), null, null);
        f.entry(k6, "ACTIVITY_FUND", "MEMBERSHIP_FEE", LocalDate.of(2025, 10, 3), null, fee);
        f.entry(k6, "ACTIVITY_FUND", "GOLDEN_HEART_DONATION", LocalDate.of(2026, 1, 10), null, null);
    }

    Dashboard dashboard(LocalDate asOf, Era era) {
        return engine.compute(new View(plan, f.unit("Tỉnh KH"), asOf, era), Scope.everything(false));
    }

    static Figure fig(long n, long d) {
        return new Figure(n, d);
    }

    String key(String name) {
        return String.valueOf(f.unit(name).id());
    }

    @Test
    void unitsWithClubCountsPlanUnitsWithAnActiveClubAndLeavesTheMixedRowOut() {
        Dashboard plan2025 = dashboard(END_2025, Era.PLAN);
        // Rows: A, B, C, and "formed from A, B" (K5 recorded under D). Active on 31/12/2025: K1, K3 (A),
        // K5 (A+B, no single unit), K6 (E, formed from C alone, so C). A and C have one, B none: 2 of 3.
        assertThat(plan2025.rows())
                .extracting(EraMap.Row::key)
                .containsExactly(key("Xã A"), key("Xã B"), key("Xã C"), key("Xã A") + "+" + key("Xã B"));
        var r = plan2025.result(Indicator.UNITS_WITH_CLUB);
        assertThat(r.total()).isEqualTo(fig(2, 3));
        assertThat(r.actual()).isEqualTo(66.7);
        assertThat(r.status()).isEqualTo(IndicatorStatus.BEHIND); // the period is over, 66.7 % < 100 %
        // The list behind it: B without an active club first.
        assertThat(engine.units(new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN), Scope.everything(false))
                        .get(0)
                        .row()
                        .key())
                .isEqualTo(key("Xã B"));

        // By the units of 31/12/2025: D (K1, K3, K5) and E (K6) both have one: 2 of 2.
        assertThat(dashboard(END_2025, Era.CURRENT)
                        .result(Indicator.UNITS_WITH_CLUB)
                        .total())
                .isEqualTo(fig(2, 2));
        // On 31/12/2023 (before the reorganisation, both eras are A, B, C): K1, K3 in A; K4 (suspended
        // only in 2024) in C; K2 dissolved in June 2023: 2 of 3.
        assertThat(dashboard(END_2023, Era.CURRENT)
                        .result(Indicator.UNITS_WITH_CLUB)
                        .total())
                .isEqualTo(fig(2, 3));
    }

    @Test
    void newClubsAreThoseFoundedInThePlanPeriodSoFar() {
        // K3 (2021), K4 (2022), K5, K6 (2025): 4 ≥ 3, met.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.NEW_CLUBS);
        assertThat(r.total().numerator()).isEqualTo(4);
        assertThat(r.status()).isEqualTo(IndicatorStatus.MET);
        // On 31/12/2023: K3, K4 = 2. Three years of five are gone (1,095 of 1,826 days): 3 × 0.5997 = 1.8 ≤ 2.
        var early = dashboard(END_2023, Era.PLAN).result(Indicator.NEW_CLUBS);
        assertThat(early.total().numerator()).isEqualTo(2);
        assertThat(early.status()).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void newClubsPerYear() {
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.NEW_CLUBS_YEAR);
        assertThat(r.perYear())
                .containsExactlyInAnyOrderEntriesOf(Map.of(2021, 1L, 2022, 1L, 2023, 0L, 2024, 0L, 2025, 2L));
        assertThat(r.perYear().keySet()).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(r.year()).isEqualTo(2025);
        assertThat(r.total().numerator()).isEqualTo(2); // K5, K6
        assertThat(r.status()).isEqualTo(IndicatorStatus.MET); // 2 ≥ 1 a year
        // The list behind 2025: K5 and K6.
        var clubs = engine.clubs(
                new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN),
                Scope.everything(false),
                Indicator.NEW_CLUBS_YEAR,
                2025,
                null);
        assertThat(clubs).extracting(IndicatorEngine.ClubLine::clubId).containsExactlyInAnyOrder(k5, k6);
        // On 31/12/2023 the card shows 2023: none founded, the year is over, target 1: behind.
        var y2023 = dashboard(END_2023, Era.PLAN).result(Indicator.NEW_CLUBS_YEAR);
        assertThat(y2023.total().numerator()).isZero();
        assertThat(y2023.status()).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void membersAndOlderMembersOfNewClubs() {
        Dashboard d = dashboard(END_2025, Era.PLAN);
        // Members on 31/12/2025 of K3 (4), K4 (1, a suspended club keeps its members), K5 (2), K6 (0) = 7.
        assertThat(d.result(Indicator.NEW_CLUB_MEMBERS).total().numerator()).isEqualTo(7);
        // Older (60 on 31/12/2025: born on or before 31/12/1965, or in 1965 or before with only the year):
        // K3's 1950, 1955, 1948; K4's 1940; K5's 1/1/1960 = 5 (not 1990, 1970).
        assertThat(d.result(Indicator.NEW_CLUB_OLDER_MEMBERS).total().numerator())
                .isEqualTo(5);
        assertThat(d.result(Indicator.NEW_CLUB_OLDER_MEMBERS).status()).isEqualTo(IndicatorStatus.NO_TARGET);
        assertThat(engine.members(
                        new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN),
                        Scope.everything(false),
                        Indicator.NEW_CLUB_OLDER_MEMBERS,
                        null))
                .extracting(IndicatorEngine.MemberLine::fullName)
                .containsExactlyInAnyOrder(
                        "Bà Sáu " + f.tag,
                        "Bà Bảy " + f.tag,
                        "Ông Chín " + f.tag,
                        "Ông Mười " + f.tag,
                        "Bà Mười Một " + f.tag);
    }

    @Test
    void oldClubsMaintained() {
        // Founded before 2021 and not dissolved by 31/12/2020: K1, K2 (K0 was dissolved in 2020).
        // Active on 31/12/2025: K1. 1 of 2.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.OLD_CLUBS_MAINTAINED);
        assertThat(r.total()).isEqualTo(fig(1, 2));
        assertThat(r.status()).isEqualTo(IndicatorStatus.BEHIND);
        // On 31/12/2022 both were still active: 2 of 2, met.
        assertThat(dashboard(LocalDate.of(2022, 12, 31), Era.PLAN)
                        .result(Indicator.OLD_CLUBS_MAINTAINED)
                        .total())
                .isEqualTo(fig(2, 2));
    }

    @Test
    void compositionCountsActiveClubsMeetingEveryRuleAndTheListSaysWhichFail() {
        // Active on 31/12/2025: K1, K3, K5, K6. Only K3 meets every rule: 1 of 4.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.CLUBS_COMPOSITION_OK);
        assertThat(r.total()).isEqualTo(fig(1, 4));
        assertThat(r.actual()).isEqualTo(25.0);
        var clubs = engine.clubs(
                new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN),
                Scope.everything(false),
                Indicator.CLUBS_COMPOSITION_OK,
                null,
                null);
        assertThat(clubs).hasSize(4);
        assertThat(clubs.get(3).clubId()).isEqualTo(k3); // the failing ones first
        var k1Line = clubs.stream().filter(c -> c.clubId() == k1).findFirst().orElseThrow();
        assertThat(k1Line.counted()).isFalse();
        // K1: 4 members, 1 woman = 25 % < 50 %: the women rule fails, the others hold.
        assertThat(k1Line.composition().checks())
                .filteredOn(c -> c.band() != vn.ishc.member.Composition.Band.IN_BAND)
                .extracting(c -> c.rule().name())
                .containsExactly("WOMEN");
    }

    @Test
    void disadvantagedMembers() {
        // Members on 31/12/2025: K1 4, K3 4, K4 1, K5 2 = 11 (K2's member left in 2023). Disadvantaged: the
        // Ê Đê member of K1, the poor member of K3, the disabled member of K5 = 3. 3 of 11 = 27.3 %.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.DISADVANTAGED_MEMBERS);
        assertThat(r.total()).isEqualTo(fig(3, 11));
        assertThat(r.actual()).isEqualTo(27.3);
        assertThat(r.status()).isEqualTo(IndicatorStatus.NO_TARGET);
    }

    @Test
    void membersWithLoans() {
        // Members on 31/12/2025: 11 (see disadvantagedMembers). Loans paid out 1/1/2021–31/12/2025 to them:
        // Bà Một (2022) and Bà Sáu (2023 and 2024: counted once) of K1 and K3, Bà Mười Một (2025) of K5 = 3.
        // Not counted: Ông Hai's loan of 2020 (before the plan), Chị Tám's loan whose payment was reversed,
        // Bà Năm's loan (she left K2 in 2023). 3 of 11 = 27.3 %, against the target of 50 %.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.MEMBERS_WITH_LOANS);
        assertThat(r.total()).isEqualTo(fig(3, 11));
        assertThat(r.actual()).isEqualTo(27.3);
        assertThat(r.target()).isEqualTo(50);
        assertThat(r.status()).isEqualTo(IndicatorStatus.BEHIND);
        // On 31/12/2023: members K1 4, K3 4, K4 1 = 9; loans up to then: Bà Một, Bà Sáu = 2 of 9 = 22.2 %.
        var r2023 = dashboard(END_2023, Era.PLAN).result(Indicator.MEMBERS_WITH_LOANS);
        assertThat(r2023.total()).isEqualTo(fig(2, 9));
        assertThat(r2023.actual()).isEqualTo(22.2);
        // The same totals by the units after the reorganisation.
        assertThat(dashboard(END_2025, Era.CURRENT)
                        .result(Indicator.MEMBERS_WITH_LOANS)
                        .total())
                .isEqualTo(fig(3, 11));
        // The list behind the figure: exactly those three people.
        assertThat(engine
                        .members(
                                new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN),
                                Scope.everything(false),
                                Indicator.MEMBERS_WITH_LOANS,
                                null)
                        .stream()
                        .map(m -> m.fullName().replace(" " + f.tag, "")))
                .containsExactlyInAnyOrder("Bà Một", "Bà Sáu", "Bà Mười Một");
    }

    @Test
    void clubsWithBothFunds() {
        // Clubs active on 31/12/2025: K1, K3, K5, K6 (K0 and K2 dissolved, K4 suspended) = 4. With
        // regulations adopted and both funds holding money by then: K1 only. K3 has no activity fund, K5 no
        // regulations, K6's only activity receipt by then was reversed. 1 of 4 = 25 %.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.CLUBS_WITH_BOTH_FUNDS);
        assertThat(r.total()).isEqualTo(fig(1, 4));
        assertThat(r.actual()).isEqualTo(25.0);
        // On 31/1/2026 K6's donation of 10/1/2026 has established its activity fund: 2 of 4 = 50 %.
        var r2026 = dashboard(LocalDate.of(2026, 1, 31), Era.CURRENT).result(Indicator.CLUBS_WITH_BOTH_FUNDS);
        assertThat(r2026.total()).isEqualTo(fig(2, 4));
    }

    @Test
    void indicatorsWithoutRecordsSayNoDataNeverANumber() {
        Dashboard d = dashboard(END_2025, Era.PLAN);
        for (Indicator i : new Indicator[] {
            Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED, Indicator.CLUBS_TRAINED_MONITORED, Indicator.RESOURCES_MOBILISED
        }) {
            var r = d.result(i);
            assertThat(r.status()).as(i.name()).isEqualTo(IndicatorStatus.NO_DATA);
            assertThat(r.actual()).as(i.name()).isNull();
            assertThat(i.noDataReason()).as(i.name()).isNotNull();
        }
    }

    @Test
    void theSameClubsGiveConsistentTotalsByPlanUnitsAndByTheUnitsAfterTheReorganisation() {
        Dashboard byPlan = dashboard(END_2025, Era.PLAN);
        Dashboard byNew = dashboard(END_2025, Era.CURRENT);
        assertThat(byNew.rows()).extracting(EraMap.Row::key).containsExactly(key("Xã D"), key("Xã E"));
        for (Indicator i : Indicator.values()) {
            if (!i.computed() || i == Indicator.UNITS_WITH_CLUB) continue;
            assertThat(byNew.result(i).total())
                    .as(i.name())
                    .isEqualTo(byPlan.result(i).total());
        }
        // New clubs by row. Plan units: A has K3; C has K4 and K6 (E was formed from C alone); K5 (under D,
        // formed from A and B) is the row "formed from A, B". Units of 2025: D has K3 and K5; E has K4, K6.
        var planRows = byPlan.result(Indicator.NEW_CLUBS).byRow();
        assertThat(planRows.get(key("Xã A")).numerator()).isEqualTo(1);
        assertThat(planRows.get(key("Xã B")).numerator()).isZero();
        assertThat(planRows.get(key("Xã C")).numerator()).isEqualTo(2);
        assertThat(planRows.get(key("Xã A") + "+" + key("Xã B")).numerator()).isEqualTo(1);
        var newRows = byNew.result(Indicator.NEW_CLUBS).byRow();
        assertThat(newRows.get(key("Xã D")).numerator()).isEqualTo(2);
        assertThat(newRows.get(key("Xã E")).numerator()).isEqualTo(2);
        // One commune's view: the 2025 Xã D by plan units shows A and B and the row formed from both.
        Dashboard dByPlan = engine.compute(new View(plan, f.unit("Xã D"), END_2025, Era.PLAN), Scope.everything(false));
        assertThat(dByPlan.rows())
                .extracting(EraMap.Row::key)
                .containsExactly(key("Xã A"), key("Xã B"), key("Xã A") + "+" + key("Xã B"));
        assertThat(dByPlan.result(Indicator.NEW_CLUBS).total().numerator()).isEqualTo(2);
    }

    @Test
    void aScopeSeesOnlyItsClubs() {
        // A club board of K3 sees K3's figures only: 1 new club, 4 members.
        Dashboard d = engine.compute(new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN), Scope.club(k3, false));
        assertThat(d.result(Indicator.NEW_CLUBS).total().numerator()).isEqualTo(1);
        assertThat(d.result(Indicator.NEW_CLUB_MEMBERS).total().numerator()).isEqualTo(4);
    }
}
