package vn.ishc.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.Contribute;
import vn.ishc.fund.FundFixture;
import vn.ishc.funding.ResourceCommands.CancelResource;
import vn.ishc.funding.ResourceCommands.EditResource;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.Vnd;

/**
 * Resources through the service and the query API, on H2 and PostgreSQL: totals by source, year and unit worked
 * by hand across the 2025 reorganisation (old Tân Lập 10 and Tân Hòa 11 became part of the new Tân Lập 42;
 * Phường Buôn Ma Thuột 40 is another ward), a club's loan-fund capital recorded in its fund counted once beside
 * the entries, scopes (a ward officer records and reads only in its territory), corrections and cancelling,
 * audited.
 */
@IntegrationTest
class ResourceServiceTest {
    static final LocalDate IN_2023 = LocalDate.of(2023, 5, 10);
    static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    static final LocalDate IN_2026 = LocalDate.of(2026, 2, 1);

    @Autowired
    ResourceService service;

    @Autowired
    Resources resources;

    @Autowired
    ClubFunds funds;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    FundFixture f;
    ClubView club;

    @BeforeEach
    void setUp() {
        f = new FundFixture(accounts, clubs, members);
        club = f.club();
    }

    static RecordResource toWard(String source, long unitId, LocalDate on, long amount) {
        return new RecordResource(
                source,
                ResourceKind.MONEY,
                "Nhà tài trợ thử",
                on,
                null,
                Vnd.of(amount),
                null,
                "Hỗ trợ hoạt động CLB",
                RecipientLevel.WARD,
                unitId,
                null,
                false,
                null,
                null);
    }

    static RecordResource toClub(
            long clubId, String source, ResourceKind kind, LocalDate on, long amount, boolean capital) {
        return new RecordResource(
                source,
                kind,
                "Doanh nghiệp thử",
                on,
                null,
                Vnd.of(amount),
                kind == ResourceKind.IN_KIND ? "10 bộ dụng cụ tập dưỡng sinh" : null,
                "Cho câu lạc bộ",
                RecipientLevel.CLUB,
                null,
                clubId,
                capital,
                null,
                null);
    }

    Map<String, Long> bySource(String user, Long unit, Integer year) {
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        return f.as(user, () -> resources.totalsBySource(unit, from, to)).stream()
                .collect(Collectors.toMap(
                        Resources.SourceTotal::source, t -> t.amount().dong()));
    }

    static long delta(Map<String, Long> after, Map<String, Long> before, String source) {
        return after.getOrDefault(source, 0L) - before.getOrDefault(source, 0L);
    }

    @Test
    void totalsBySourceYearAndUnitFollowTheTerritoryThroughTheReorganisation() {
        Map<String, Long> unit42 = bySource("demo-city", 42L, null);
        Map<String, Long> unit10 = bySource("demo-city", 10L, null);
        Map<String, Long> unit11 = bySource("demo-city", 11L, null);
        Map<String, Long> unit40 = bySource("demo-city", 40L, null);
        Map<String, Long> unit42in2026 = bySource("demo-city", 42L, 2026);
        Map<String, Long> unit42in2023 = bySource("demo-city", 42L, 2023);
        Map<String, Long> city = bySource("demo-city", null, null);

        f.as("demo-city", () -> {
            service.record(toWard("FARMERS_FUND", 10, IN_2023, 7_000_001)); // old Tân Lập, before
            service.record(toWard("FARMERS_FUND", 11, IN_2024, 3_000_000)); // Tân Hòa, merged into 42
            service.record(toWard("FARMERS_FUND", 42, IN_2026, 2_000_000)); // the new Tân Lập
            service.record(toWard("FARMERS_FUND", 40, IN_2026, 900_000)); // another ward
            service.record(toClub(club.id(), "SOCIALISATION", ResourceKind.IN_KIND, IN_2026, 500_000, false));
        });
        // The wrong ward of the day: the old Tân Lập ended on 30/06/2025.
        f.as(
                "demo-city",
                () -> assertThatThrownBy(() -> service.record(toWard("FARMERS_FUND", 10, IN_2026, 1)))
                        .isInstanceOf(ResourceRefused.class)
                        .hasMessage("funding.error.unitNotOnDate"));

        // 7,000,001 + 3,000,000 + 2,000,000: the new ward's territory holds the two it was formed from.
        assertThat(delta(bySource("demo-city", 42L, null), unit42, "FARMERS_FUND"))
                .isEqualTo(12_000_001);
        // The old ward alone: only what it received itself.
        assertThat(delta(bySource("demo-city", 10L, null), unit10, "FARMERS_FUND"))
                .isEqualTo(7_000_001);
        assertThat(delta(bySource("demo-city", 11L, null), unit11, "FARMERS_FUND"))
                .isEqualTo(3_000_000);
        assertThat(delta(bySource("demo-city", 40L, null), unit40, "FARMERS_FUND"))
                .isEqualTo(900_000);
        // By year: 2026 in the new ward is 2,000,000 of the farmers' fund and the club's 500,000 in kind.
        Map<String, Long> after2026 = bySource("demo-city", 42L, 2026);
        assertThat(delta(after2026, unit42in2026, "FARMERS_FUND")).isEqualTo(2_000_000);
        assertThat(delta(after2026, unit42in2026, "SOCIALISATION")).isEqualTo(500_000);
        assertThat(delta(bySource("demo-city", 42L, 2023), unit42in2023, "FARMERS_FUND"))
                .isEqualTo(7_000_001);
        // The city's scope: everything, once.
        Map<String, Long> cityAfter = bySource("demo-city", null, null);
        assertThat(delta(cityAfter, city, "FARMERS_FUND")).isEqualTo(12_900_001);
        assertThat(delta(cityAfter, city, "SOCIALISATION")).isEqualTo(500_000);

        // The table by source × year agrees with the totals by source.
        Resources.Totals table = f.as("demo-city", () -> resources.totals(new Resources.Filter(null, 42L, null)));
        long farmers = table.years().stream()
                .mapToLong(y -> table.cell("FARMERS_FUND", y).dong())
                .sum();
        assertThat(farmers).isEqualTo(bySource("demo-city", 42L, null).get("FARMERS_FUND"));
        assertThat(table.total().dong())
                .isEqualTo(bySource("demo-city", 42L, null).values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
    }

    @Test
    void loanFundCapitalRecordedInTheClubsFundCountsOnceBesideTheEntries() {
        Map<String, Long> before = bySource("demo-city", 42L, 2026);
        // Capital for the loan fund is refused here, nothing recorded ...
        f.as(
                "demo-ward",
                () -> assertThatThrownBy(() -> service.record(
                                toClub(club.id(), "MEMBERS_COMMUNITY", ResourceKind.MONEY, IN_2026, 1_200_000, true)))
                        .isInstanceOf(ResourceRefused.class)
                        .hasMessage("funding.error.loanFundCapital"));
        assertThat(jdbc.sql("select count(*) from funding_entry where club_id = :c")
                        .param("c", club.id())
                        .query(Long.class)
                        .single())
                .isZero();
        // ... and recorded as capital in the club's fund, plus a resource entry of the same source in money.
        f.as("demo-ward", () -> {
            funds.contribute(new Contribute(club.id(), IN_2026, Vnd.of(1_200_000), "Thành viên", "PT-01", null));
            service.record(toClub(club.id(), "MEMBERS_COMMUNITY", ResourceKind.MONEY, IN_2026, 300_000, false));
        });
        List<Map<String, Object>> rows = jdbc.sql(
                        "select origin, amount from funding_resource_v where club_id = :c order by origin")
                .param("c", club.id())
                .query()
                .listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(((Number) rows.get(0).get("amount")).longValue()).isEqualTo(300_000);
        assertThat(rows.get(0).get("origin")).isEqualTo("ENTRY");
        assertThat(((Number) rows.get(1).get("amount")).longValue()).isEqualTo(1_200_000);
        assertThat(rows.get(1).get("origin")).isEqualTo("FUND_CAPITAL");
        // Each once in the totals: 1,200,000 + 300,000.
        assertThat(delta(bySource("demo-city", 42L, 2026), before, "MEMBERS_COMMUNITY"))
                .isEqualTo(1_500_000);
        assertThat(f.as("demo-city", () -> resources.fundCapital(new Resources.Filter(2026, 42L, null))))
                .filteredOn(r -> club.id() == (r.clubId() == null ? -1 : r.clubId()))
                .extracting(r -> r.amount().dong())
                .containsExactly(1_200_000L);
    }

    @Test
    void aWardOfficerRecordsAndReadsOnlyInItsTerritory() {
        Resource theirs = f.as("demo-city", () -> service.record(toWard("STATE_BUDGET", 40, IN_2026, 10_000_000)));
        Resource ours = f.as("demo-ward", () -> service.record(toWard("STATE_BUDGET", 42, IN_2026, 4_000_000)));
        f.as("demo-ward", () -> {
            assertThatThrownBy(() -> service.record(toWard("STATE_BUDGET", 40, IN_2026, 1_000)))
                    .isInstanceOf(ResourceRefused.class)
                    .hasMessage("funding.error.outsideScope");
            RecordResource toCity = new RecordResource(
                    "STATE_BUDGET",
                    ResourceKind.MONEY,
                    "Ngân sách",
                    IN_2026,
                    null,
                    Vnd.of(1_000),
                    null,
                    "x",
                    RecipientLevel.CITY,
                    3L,
                    null,
                    false,
                    null,
                    null);
            assertThatThrownBy(() -> service.record(toCity))
                    .isInstanceOf(ResourceRefused.class)
                    .hasMessage("funding.error.outsideScope");
            assertThatThrownBy(() -> service.get(theirs.id())).isInstanceOf(ResourceNotFound.class);
            assertThatThrownBy(() -> service.cancel(new CancelResource(theirs.id(), "x")))
                    .isInstanceOf(ResourceNotFound.class);
            assertThat(resources.allEntries(Resources.Filter.all()))
                    .extracting(Resource::id)
                    .contains(ours.id())
                    .doesNotContain(theirs.id());
            // another ward's totals are not found, as a unit that does not exist (issue 17)
            assertThatThrownBy(() -> resources.totalsBySource(40L, null, null))
                    .isInstanceOf(vn.ishc.shared.NotFoundException.class);
            // moving its own entry to another ward is refused too
            assertThatThrownBy(() -> service.edit(new EditResource(
                            ours.id(), ours.version(), toWard("STATE_BUDGET", 40, IN_2026, 4_000_000))))
                    .isInstanceOf(ResourceRefused.class)
                    .hasMessage("funding.error.outsideScope");
        });
        // A club's board reads its club's only and records nothing; a viewer records nothing.
        f.as("demo-club", () -> {
            assertThatThrownBy(() -> service.get(ours.id())).isInstanceOf(ResourceNotFound.class);
            assertThat(resources.allEntries(Resources.Filter.all()))
                    .allSatisfy(r -> assertThat(r.clubId()).isNotNull());
            assertThatThrownBy(() -> service.record(toWard("STATE_BUDGET", 42, IN_2026, 1)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        f.as("demo-viewer", () -> {
            assertThat(service.get(ours.id()).id()).isEqualTo(ours.id());
            assertThatThrownBy(() -> service.record(toWard("STATE_BUDGET", 42, IN_2026, 1)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        // A club outside the ward: not found.
        ClubView elsewhere = f.as("demo-city", () -> vn.ishc.TestClubs.found(clubs, "CLB nơi khác", 40, IN_2026));
        f.as(
                "demo-ward",
                () -> assertThatThrownBy(() -> service.record(
                                toClub(elsewhere.id(), "SOCIALISATION", ResourceKind.MONEY, IN_2026, 1_000, false)))
                        .isInstanceOf(vn.ishc.shared.NotFoundException.class));
    }

    @Test
    void correctedWithItsVersionAndCancelledOutOfTheTotalsAudited() {
        Map<String, Long> before = bySource("demo-ward", 42L, null);
        Resource r = f.as("demo-ward", () -> service.record(toWard("INTERNATIONAL_AID", 42, IN_2026, 8_000_000)));
        assertThat(AuditedChanges.latest(jdbc, "resource", r.id(), "ResourceRecorded")
                        .changes())
                .containsKey("amount");
        Resource edited = f.as(
                "demo-ward",
                () -> service.edit(
                        new EditResource(r.id(), r.version(), toWard("INTERNATIONAL_AID", 42, IN_2026, 9_000_000))));
        assertThat(edited.amount()).isEqualTo(Vnd.of(9_000_000));
        assertThat(edited.version()).isEqualTo(r.version() + 1);
        assertThat(AuditedChanges.latest(jdbc, "resource", r.id(), "ResourceEdited")
                        .changes())
                .containsOnlyKeys("amount");
        f.as(
                "demo-ward",
                () -> assertThatThrownBy(() -> service.edit(
                                new EditResource(r.id(), r.version(), toWard("INTERNATIONAL_AID", 42, IN_2026, 1))))
                        .isInstanceOf(ResourceEditedConcurrently.class));
        assertThat(delta(bySource("demo-ward", 42L, null), before, "INTERNATIONAL_AID"))
                .isEqualTo(9_000_000);
        Resource cancelled = f.as("demo-ward", () -> service.cancel(new CancelResource(r.id(), "Ghi trùng")));
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(AuditedChanges.latest(jdbc, "resource", r.id(), "ResourceCancelled")
                        .reason())
                .isEqualTo("Ghi trùng");
        assertThat(delta(bySource("demo-ward", 42L, null), before, "INTERNATIONAL_AID"))
                .isZero();
    }
}
