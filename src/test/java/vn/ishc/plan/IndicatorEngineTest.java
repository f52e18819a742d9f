package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.area.UnitCsvImport;
import vn.ishc.area.UnitDirectory;
import vn.ishc.funding.RecipientLevel;
import vn.ishc.funding.ResourceCommands.CancelResource;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.funding.ResourceKind;
import vn.ishc.funding.ResourceService;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorEngine.Figure;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.shared.Scope;
import vn.ishc.shared.Vnd;

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
 *
 * <p>In 2025 (see {@link #fullyActiveAndWellManaged}, {@link #trainedAndMonitored}, {@link #resourcesMobilised}):
 *
 * <pre>
 * club  months met  areas  latest visit in 2025        trained in 2025
 * K1    10          8      GOOD 31/12 (FAIR 1/6)       chair, 10/3
 * K3    9           7      GOOD 1/1                    (treasurer 31/12/2024 only)
 * K4    -           -      GOOD (suspended)            chair, 1/2
 * K5    -           -      FAIR 15/11 (GOOD 1/10)      (cancelled session)
 * K6    -           -      WEAK 1/11                   (a member, not the board)
 * </pre>
 *
 * Trainings and visits are rows of the oversight module's tables (its services are not on this branch yet);
 * resources are recorded through the funding module's service.
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

    @Autowired
    ResourceService resources;

    @Autowired
    UserDetailsService accounts;

    PlanFixture f;
    Plan plan;
    long k1;
    long k3;
    long k5;
    long k6;
    long k4;

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
        k4 = f.club("K4", "Xã C", LocalDate.of(2022, 2, 2));
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

        // Meetings and areas in 2025 (fully active): K1 met in 10 months (two meetings in October are one
        // monthly meeting; November's was reversed), K3 in 9 (its October meeting was reversed, its meeting of
        // 31/12/2024 is in another year).
        for (int m = 1; m <= 10; m++) f.meeting(k1, LocalDate.of(2025, m, 5), false);
        f.meeting(k1, LocalDate.of(2025, 10, 20), false);
        f.meeting(k1, LocalDate.of(2025, 11, 5), true);
        for (int m = 1; m <= 9; m++) f.meeting(k3, LocalDate.of(2025, m, 5), false);
        f.meeting(k3, LocalDate.of(2025, 10, 5), true);
        f.meeting(k3, LocalDate.of(2024, 12, 31), false);
        // K1: activities in 5 areas, a health check (HEALTH), a legal-advice case (RIGHTS) and an emergency
        // support case on 31/12 (SELF_HELP): 8 areas by 31/12, 7 on 30/11.
        for (String area : new String[] {"INCOME", "COMMUNICATION", "CULTURE_SPORTS", "RESOURCES", "HOME_CARE"})
            f.activity(k1, area, LocalDate.of(2025, 1, 1), false);
        f.healthCheck(k1, LocalDate.of(2025, 4, 1));
        f.helpCase(k1, "LEGAL_ADVICE", LocalDate.of(2025, 5, 1));
        f.helpCase(k1, "EMERGENCY_SUPPORT", LocalDate.of(2025, 12, 31));
        // K3: 7 areas (its activity in RESOURCES was cancelled).
        for (String area :
                new String[] {"INCOME", "HEALTH", "HOME_CARE", "SELF_HELP", "RIGHTS", "COMMUNICATION", "CULTURE_SPORTS"
                }) f.activity(k3, area, LocalDate.of(2025, 3, 3), false);
        f.activity(k3, "RESOURCES", LocalDate.of(2025, 3, 3), true);

        // Monitoring visits and trainings (see the table above).
        f.visit(k1, plan.id(), LocalDate.of(2025, 6, 1), "FAIR", false);
        f.visit(k1, plan.id(), LocalDate.of(2025, 12, 31), "GOOD", false);
        f.visit(k1, plan.id(), LocalDate.of(2025, 12, 31), "WEAK", true);
        f.visit(k3, plan.id(), LocalDate.of(2024, 6, 1), "FAIR", false);
        f.visit(k3, plan.id(), LocalDate.of(2025, 1, 1), "GOOD", false);
        f.visit(k4, plan.id(), LocalDate.of(2025, 2, 1), "GOOD", false);
        f.visit(k5, plan.id(), LocalDate.of(2025, 10, 1), "GOOD", false);
        f.visit(k5, plan.id(), LocalDate.of(2025, 11, 15), "FAIR", false);
        f.visit(k6, plan.id(), LocalDate.of(2025, 11, 1), "WEAK", false);
        f.training(k1, "CHAIR", LocalDate.of(2025, 3, 10), false);
        f.training(k3, "TREASURER", LocalDate.of(2024, 12, 31), false);
        f.training(k4, "CHAIR", LocalDate.of(2025, 2, 1), false);
        f.training(k5, "CHAIR", LocalDate.of(2025, 9, 1), true);
        f.training(k6, "CLUB_MEMBER", LocalDate.of(2025, 10, 10), false);

        // Resources: see resourcesMobilised.
        as("admin", () -> {
            resource(
                    "STATE_BUDGET",
                    ResourceKind.MONEY,
                    LocalDate.of(2020, 12, 31),
                    1_000_000,
                    RecipientLevel.WARD,
                    f.unit("Xã A").id(),
                    null);
            resource(
                    "STATE_BUDGET",
                    ResourceKind.BUDGET_LINE,
                    LocalDate.of(2021, 1, 1),
                    10_000_000,
                    RecipientLevel.WARD,
                    f.unit("Xã A").id(),
                    null);
            resource(
                    "SOCIALISATION",
                    ResourceKind.MONEY,
                    LocalDate.of(2023, 5, 1),
                    3_000_000,
                    RecipientLevel.CLUB,
                    null,
                    k3);
            resource(
                    "STATE_BUDGET",
                    ResourceKind.MONEY,
                    LocalDate.of(2025, 3, 1),
                    7_000_000,
                    RecipientLevel.CITY,
                    f.unit("Tỉnh KH").id(),
                    null);
            resource(
                    "INTERNATIONAL_AID",
                    ResourceKind.IN_KIND,
                    LocalDate.of(2025, 8, 10),
                    5_000_000,
                    RecipientLevel.CLUB,
                    null,
                    k5);
            long withdrawn = resource(
                    "OTHER",
                    ResourceKind.MONEY,
                    LocalDate.of(2024, 2, 1),
                    2_000_000,
                    RecipientLevel.WARD,
                    f.unit("Xã C").id(),
                    null);
            resources.cancel(new CancelResource(withdrawn, "ghi nhầm"));
            resource(
                    "SOCIALISATION",
                    ResourceKind.MONEY,
                    LocalDate.of(2026, 1, 5),
                    4_000_000,
                    RecipientLevel.WARD,
                    f.unit("Xã E").id(),
                    null);
        });
        f.capital(k1, "STATE_BUDGET", LocalDate.of(2022, 3, 1));
    }

    long resource(
            String source, ResourceKind kind, LocalDate on, long amount, RecipientLevel level, Long unit, Long club) {
        return resources
                .record(new RecordResource(
                        source,
                        kind,
                        "Nhà tài trợ",
                        on,
                        kind == ResourceKind.BUDGET_LINE ? on.getYear() : null,
                        Vnd.of(amount),
                        kind == ResourceKind.IN_KIND ? "Xe lăn" : null,
                        "Hỗ trợ CLB",
                        level,
                        unit,
                        club,
                        false,
                        null,
                        null))
                .id();
    }

    void as(String username, Runnable work) {
        var user = accounts.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
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
    void fullyActiveAndWellManaged() {
        // Active on 31/12/2025: K1, K3, K5, K6. K1 met in 10 months, had records in the 8 areas, its latest
        // visit of 2025 (31/12, the cancelled WEAK one of the same day left out) was GOOD, regulations and
        // both funds since 2018: counted. K3: 9 months, 7 areas, no activity fund. K5: its latest visit
        // (15/11) FAIR after a GOOD one, no meetings. K6: WEAK. 1 of 4 = 25 %, target 70 %: behind.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED);
        assertThat(r.total()).isEqualTo(fig(1, 4));
        assertThat(r.actual()).isEqualTo(25.0);
        assertThat(r.status()).isEqualTo(IndicatorStatus.BEHIND);
        // By plan units: A (K1, K3) 1 of 2, C (K6) 0 of 1, "formed from A, B" (K5) 0 of 1.
        assertThat(r.byRow().get(key("Xã A"))).isEqualTo(fig(1, 2));
        assertThat(r.byRow().get(key("Xã C"))).isEqualTo(fig(0, 1));
        assertThat(r.byRow().get(key("Xã A") + "+" + key("Xã B"))).isEqualTo(fig(0, 1));
        // By the units of 2025: D (K1, K3, K5) 1 of 3, E (K6) 0 of 1; the same total.
        var current = dashboard(END_2025, Era.CURRENT).result(Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED);
        assertThat(current.total()).isEqualTo(fig(1, 4));
        assertThat(current.byRow().get(key("Xã D"))).isEqualTo(fig(1, 3));
        assertThat(current.byRow().get(key("Xã E"))).isEqualTo(fig(0, 1));
        // On 30/11/2025 K1's latest visit of the year was the FAIR one of 1/6 and its 31/12 case was still to
        // come (7 areas): none counts.
        assertThat(dashboard(LocalDate.of(2025, 11, 30), Era.CURRENT)
                        .result(Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED)
                        .total())
                .isEqualTo(fig(0, 4));
        // The list behind it: the four clubs, K1 the only one counted, last.
        var clubs = engine.clubs(
                new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN),
                Scope.everything(false),
                Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED,
                null,
                null);
        assertThat(clubs).extracting(IndicatorEngine.ClubLine::clubId).containsExactlyInAnyOrder(k1, k3, k5, k6);
        assertThat(clubs.get(3).clubId()).isEqualTo(k1);
        assertThat(clubs.get(3).counted()).isTrue();
    }

    @Test
    void trainedAndMonitored() {
        // 2025, active K1, K3, K5, K6: K1 trained (its chair, 10/3) and visited; K3 visited, trained only on
        // 31/12/2024; K5's session was cancelled; K6's participant was a member, not the board. K4 was
        // trained and visited but is suspended. 1 of 4, target 100 %.
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.CLUBS_TRAINED_MONITORED);
        assertThat(r.total()).isEqualTo(fig(1, 4));
        assertThat(r.status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(r.byRow().get(key("Xã A"))).isEqualTo(fig(1, 2));
        assertThat(dashboard(END_2025, Era.CURRENT)
                        .result(Indicator.CLUBS_TRAINED_MONITORED)
                        .byRow()
                        .get(key("Xã D")))
                .isEqualTo(fig(1, 3));
        // 2024, active K1, K3: K3 trained on 31/12/2024 and visited on 1/6/2024; K1 neither. 1 of 2.
        assertThat(dashboard(LocalDate.of(2024, 12, 31), Era.PLAN)
                        .result(Indicator.CLUBS_TRAINED_MONITORED)
                        .total())
                .isEqualTo(fig(1, 2));
        // The yearly trend: 0 % in 2021–2023 (nobody trained), 50 % in 2024, 25 % in 2025.
        var trend = engine.trend(new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN), Scope.everything(false));
        assertThat(trend.get(Indicator.CLUBS_TRAINED_MONITORED))
                .containsExactly(
                        Map.entry(2021, 0.0),
                        Map.entry(2022, 0.0),
                        Map.entry(2023, 0.0),
                        Map.entry(2024, 50.0),
                        Map.entry(2025, 25.0));
        // …and new clubs per year are the year's own: K3 2021, K4 2022, K5 and K6 2025.
        assertThat(trend.get(Indicator.NEW_CLUBS_YEAR))
                .containsExactly(
                        Map.entry(2021, 1L),
                        Map.entry(2022, 1L),
                        Map.entry(2023, 0L),
                        Map.entry(2024, 0L),
                        Map.entry(2025, 2L));
    }

    @Test
    void resourcesMobilised() {
        // Within 2021–2025: the budget line of A (10 M, 1/1/2021), K3's donation (3 M, 2023), K1's loan-fund
        // capital from the state budget (1 M, 2022, counted once through the fund), the province's own entry
        // (7 M, 2025) and the wheelchairs given to K5 (5 M in kind, 2025) = 26 M. Not counted: A's entry of
        // 31/12/2020 (before the plan), C's cancelled entry, E's entry of 2026 (after the plan).
        var r = dashboard(END_2025, Era.PLAN).result(Indicator.RESOURCES_MOBILISED);
        assertThat(r.total().numerator()).isEqualTo(26_000_000);
        assertThat(r.actual()).isEqualTo(26_000_000L);
        assertThat(r.bySource())
                .containsExactly(
                        Map.entry("STATE_BUDGET", 18_000_000L),
                        Map.entry("INTERNATIONAL_AID", 5_000_000L),
                        Map.entry("SOCIALISATION", 3_000_000L));
        // Rows by plan units: A 14 M, "formed from A, B" (K5) 5 M; the province's 7 M is in no ward's row.
        assertThat(r.byRow().get(key("Xã A")).numerator()).isEqualTo(14_000_000);
        assertThat(r.byRow().get(key("Xã B")).numerator()).isZero();
        assertThat(r.byRow().get(key("Xã A") + "+" + key("Xã B")).numerator()).isEqualTo(5_000_000);
        // By the units of 2025: D 19 M, E nothing; the same total.
        var current = dashboard(END_2025, Era.CURRENT).result(Indicator.RESOURCES_MOBILISED);
        assertThat(current.total().numerator()).isEqualTo(26_000_000);
        assertThat(current.byRow().get(key("Xã D")).numerator()).isEqualTo(19_000_000);
        assertThat(current.byRow().get(key("Xã E")).numerator()).isZero();
        // On 31/12/2023: 10 + 3 + 1 = 14 M. On 31/1/2026 the plan is over: still 26 M (E's 2026 entry is after it).
        assertThat(dashboard(END_2023, Era.PLAN)
                        .result(Indicator.RESOURCES_MOBILISED)
                        .total()
                        .numerator())
                .isEqualTo(14_000_000);
        assertThat(dashboard(LocalDate.of(2026, 1, 31), Era.CURRENT)
                        .result(Indicator.RESOURCES_MOBILISED)
                        .total()
                        .numerator())
                .isEqualTo(26_000_000);
        // Xã D's own view (plan units A, B and the row formed from both): 19 M, without the province's entry.
        assertThat(engine.compute(new View(plan, f.unit("Xã D"), END_2025, Era.PLAN), Scope.everything(false))
                        .result(Indicator.RESOURCES_MOBILISED)
                        .total()
                        .numerator())
                .isEqualTo(19_000_000);
        // The entries behind the figure, oldest first.
        var entries =
                engine.entries(new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN), Scope.everything(false), null);
        assertThat(entries)
                .extracting(IndicatorEngine.EntryLine::amount)
                .containsExactly(10_000_000L, 1_000_000L, 3_000_000L, 7_000_000L, 5_000_000L);
        assertThat(entries.get(1).origin()).isEqualTo("FUND_CAPITAL");
        assertThat(entries.get(1).clubId()).isEqualTo(k1);
        // A club's board sees its club's only: K3's 3 M.
        assertThat(engine.compute(new View(plan, f.unit("Tỉnh KH"), END_2025, Era.PLAN), Scope.club(k3, false))
                        .result(Indicator.RESOURCES_MOBILISED)
                        .total()
                        .numerator())
                .isEqualTo(3_000_000);
    }

    @Test
    void everyIndicatorIsComputed() {
        Dashboard d = dashboard(END_2025, Era.PLAN);
        for (Indicator i : Indicator.values()) {
            assertThat(i.computed()).as(i.name()).isTrue();
            assertThat(d.result(i).status()).as(i.name()).isNotEqualTo(IndicatorStatus.NO_DATA);
            assertThat(d.result(i).actual()).as(i.name()).isNotNull();
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

    @Test
    void aCommunesCountTargetsAreItsShareOrNotSetNeverTheWholePlans() {
        long a = f.unit("Xã A").id();
        Plan shared = new Plan(
                plan.id(),
                plan.name(),
                plan.legalReference(),
                plan.start(),
                plan.end(),
                plan.unitsDate(),
                plan.rules(),
                plan.locked(),
                plan.lockedOn(),
                plan.lockedBy(),
                plan.version(),
                plan.units(),
                plan.targets(),
                List.of(new Plan.RoadmapEntry(a, 2021, 1), new Plan.RoadmapEntry(a, 2023, 2)),
                List.of(new Plan.UnitTarget(a, Indicator.NEW_CLUB_MEMBERS, 8)));
        Scope all = Scope.everything(false);
        // Xã A: its roadmap's 3 new clubs (0 in 2025, a year without an entry), its 8 members, no older share.
        Dashboard dA = engine.compute(new View(shared, f.unit("Xã A"), END_2025, Era.PLAN), all);
        assertThat(dA.result(Indicator.NEW_CLUBS).target()).isEqualTo(3);
        assertThat(dA.result(Indicator.NEW_CLUBS).targetBasis()).isEqualTo(IndicatorEngine.TargetBasis.UNIT_SHARE);
        assertThat(dA.result(Indicator.NEW_CLUBS_YEAR).target()).isZero();
        assertThat(dA.result(Indicator.NEW_CLUB_MEMBERS).target()).isEqualTo(8);
        assertThat(dA.result(Indicator.NEW_CLUB_MEMBERS).status()).isEqualTo(IndicatorStatus.BEHIND);
        // The fixture's plan has no target of older members at all: none, not "not set".
        assertThat(dA.result(Indicator.NEW_CLUB_OLDER_MEMBERS).target()).isNull();
        assertThat(dA.result(Indicator.NEW_CLUB_OLDER_MEMBERS).targetBasis())
                .isEqualTo(IndicatorEngine.TargetBasis.NONE);
        assertThat(dA.result(Indicator.NEW_CLUB_OLDER_MEMBERS).status()).isEqualTo(IndicatorStatus.NO_TARGET);
        // A standard in percent holds for every unit: the plan's own.
        assertThat(dA.result(Indicator.OLD_CLUBS_MAINTAINED).target()).isEqualTo(100);
        assertThat(dA.result(Indicator.OLD_CLUBS_MAINTAINED).targetBasis()).isEqualTo(IndicatorEngine.TargetBasis.PLAN);
        // In 2023, the year's share is 2.
        Dashboard dA2023 = engine.compute(new View(shared, f.unit("Xã A"), END_2023, Era.PLAN), all);
        assertThat(dA2023.result(Indicator.NEW_CLUBS_YEAR).target()).isEqualTo(2);
        // Xã B has no cell in the roadmap: it plans 0 new clubs; it has no members' share: not set, never 10.
        Dashboard dB = engine.compute(new View(shared, f.unit("Xã B"), END_2025, Era.PLAN), all);
        assertThat(dB.result(Indicator.NEW_CLUBS).target()).isZero();
        assertThat(dB.result(Indicator.NEW_CLUB_MEMBERS).target()).isNull();
        assertThat(dB.result(Indicator.NEW_CLUB_MEMBERS).targetNotSet()).isTrue();
        // The 2025 Xã D, formed from A and B: 3 + 0 new clubs; B has no members' share, so neither has D.
        Dashboard dD = engine.compute(new View(shared, f.unit("Xã D"), END_2025, Era.CURRENT), all);
        assertThat(dD.result(Indicator.NEW_CLUBS).target()).isEqualTo(3);
        assertThat(dD.result(Indicator.NEW_CLUB_MEMBERS).targetNotSet()).isTrue();
        // A plan without a roadmap gives no commune a share of new clubs: not set, never the plan's 3 or 1.
        Dashboard noRoadmap = engine.compute(new View(plan, f.unit("Xã A"), END_2025, Era.PLAN), all);
        for (Indicator i : List.of(Indicator.NEW_CLUBS, Indicator.NEW_CLUBS_YEAR, Indicator.NEW_CLUB_MEMBERS)) {
            assertThat(noRoadmap.result(i).target()).as(i.name()).isNull();
            assertThat(noRoadmap.result(i).targetNotSet()).as(i.name()).isTrue();
        }
        // The province holds every unit of the plan: the plan's own targets.
        Dashboard whole = engine.compute(new View(shared, f.unit("Tỉnh KH"), END_2025, Era.PLAN), all);
        assertThat(whole.result(Indicator.NEW_CLUBS).target()).isEqualTo(3);
        assertThat(whole.result(Indicator.NEW_CLUBS).targetBasis()).isEqualTo(IndicatorEngine.TargetBasis.PLAN);
        assertThat(whole.result(Indicator.NEW_CLUB_MEMBERS).target()).isEqualTo(10);
        // A club has no share of a count target.
        Dashboard club = engine.compute(new View(shared, f.unit("Xã A"), END_2025, Era.PLAN), Scope.club(k3, false));
        assertThat(club.result(Indicator.NEW_CLUBS).targetNotSet()).isTrue();
    }
}
