package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.shared.Vnd;

/** The rules of an activity at their boundaries, without Spring. */
class ActivityTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate FOUNDED = LocalDate.of(2025, 8, 1);
    static final Instant AT = Instant.parse("2026-11-29T03:00:00Z");
    static final Map<String, Area> AREAS = Map.of(
            "HEALTH", new Area("HEALTH", "Chăm sóc sức khỏe", "Health care", 20),
            "COMMUNICATION", new Area("COMMUNICATION", "Truyền thông", "Communication", 60));
    static final Map<String, Kind> KINDS = Map.of(
            "ORDINARY", new Kind("ORDINARY", "Hoạt động thường xuyên", "Ordinary activity", null, 10),
            "NEWS", new Kind("NEWS", "Truyền thông: tin, bài", "Communication: news", "COMMUNICATION", 20));
    static final Activity.Context CTX = new Activity.Context(TODAY, FOUNDED, true, Set.of(1L, 2L, 3L), AREAS, KINDS);

    static RecordActivity command(
            String area,
            String kind,
            LocalDate on,
            String title,
            List<Long> participants,
            Integer others,
            List<Long> beneficiaryMembers,
            Integer beneficiaries,
            Vnd cost,
            PaidBy paidBy,
            FundingSource source) {
        return new RecordActivity(
                7L,
                area,
                kind,
                on,
                title,
                "Mô tả",
                participants,
                others,
                beneficiaryMembers,
                beneficiaries,
                cost,
                paidBy,
                source,
                "Công ty A");
    }

    static RecordActivity ok() {
        return command("HEALTH", "ORDINARY", TODAY, "Khám sức khỏe", List.of(1L), 3, List.of(), null, null, null, null);
    }

    static Activity record(RecordActivity c) {
        return Activity.record(c, CTX, "demo-club", AT);
    }

    static void refused(RecordActivity c, String field, String key) {
        assertThatThrownBy(() -> record(c))
                .isInstanceOf(ActivityRefused.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void anOrdinaryActivityIsRecordedWithItsCounts() {
        Activity a = record(ok());
        assertThat(a.area()).isEqualTo("HEALTH");
        assertThat(a.participantCount()).isEqualTo(4);
        assertThat(a.beneficiaries()).isZero();
        assertThat(a.cost()).isEqualTo(Vnd.ZERO);
        assertThat(a.paidBy()).isNull();
        assertThat(a.standing()).isTrue();
        assertThat(a.spentFromFund()).isFalse();
    }

    @Test
    void theDayIsTodayAtTheLatestAndTheFoundingDayAtTheEarliest() {
        assertThat(record(command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null))
                        .heldOn())
                .isEqualTo(TODAY);
        refused(
                command("HEALTH", "ORDINARY", TODAY.plusDays(1), "t", List.of(), 0, List.of(), 0, null, null, null),
                "heldOn",
                "activity.error.future");
        assertThat(record(command("HEALTH", "ORDINARY", FOUNDED, "t", List.of(), 0, List.of(), 0, null, null, null))
                        .heldOn())
                .isEqualTo(FOUNDED);
        refused(
                command("HEALTH", "ORDINARY", FOUNDED.minusDays(1), "t", List.of(), 0, List.of(), 0, null, null, null),
                "heldOn",
                "activity.error.beforeFounding");
        refused(
                command("HEALTH", "ORDINARY", null, "t", List.of(), 0, List.of(), 0, null, null, null),
                "heldOn",
                "validation.required");
    }

    @Test
    void aClubNotActiveThatDayHasNoActivity() {
        var inactive = new Activity.Context(TODAY, FOUNDED, false, Set.of(1L), AREAS, KINDS);
        assertThatThrownBy(() -> Activity.record(ok(), inactive, "x", AT))
                .hasFieldOrPropertyWithValue("messageKey", "activity.error.clubNotActive");
    }

    @Test
    void theAreaAndKindAreReferenceData() {
        refused(
                command("SPACE", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null),
                "area",
                "activity.error.noSuchArea");
        refused(
                command("HEALTH", "PICNIC", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null),
                "kind",
                "activity.error.noSuchKind");
        refused(
                command(null, "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null),
                "area",
                "validation.required");
        refused(
                command("HEALTH", " ", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null),
                "kind",
                "validation.required");
        // A communication event is held in communication: the area may be left out, another is refused.
        assertThat(record(command(null, "news", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null))
                        .area())
                .isEqualTo("COMMUNICATION");
        refused(
                command("HEALTH", "NEWS", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null),
                "kind",
                "activity.error.kindOfAnotherArea");
    }

    @Test
    void aTitleIsRequiredAndTextsHaveLimits() {
        refused(
                command("HEALTH", "ORDINARY", TODAY, "  ", List.of(), 0, List.of(), 0, null, null, null),
                "title",
                "validation.required");
        String max = "a".repeat(Activity.TITLE_MAX);
        assertThat(record(command("HEALTH", "ORDINARY", TODAY, max, List.of(), 0, List.of(), 0, null, null, null))
                        .title())
                .hasSize(Activity.TITLE_MAX);
        refused(
                command("HEALTH", "ORDINARY", TODAY, max + "b", List.of(), 0, List.of(), 0, null, null, null),
                "title",
                "validation.tooLong");
    }

    @Test
    void participantsAreMembersOfTheClubThatDayOnceEach() {
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(1L, 9L), 0, List.of(), 0, null, null, null),
                "participants[1]",
                "activity.error.notAMember");
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(1L, 1L), 0, List.of(), 0, null, null, null),
                "participants[1]",
                "activity.error.twice");
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(4L), 1, null, null, null),
                "beneficiaryMembers[0]",
                "activity.error.notAMember");
    }

    @Test
    void countsAreNotNegativeNorAbsurd() {
        assertThat(record(command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, null, null, null))
                        .participantCount())
                .isZero();
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), -1, List.of(), 0, null, null, null),
                "others",
                "activity.error.negative");
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), -1, null, null, null),
                "beneficiaries",
                "activity.error.negative");
        assertThat(record(command(
                                "HEALTH",
                                "ORDINARY",
                                TODAY,
                                "t",
                                List.of(),
                                Activity.COUNT_MAX,
                                List.of(),
                                0,
                                null,
                                null,
                                null))
                        .others())
                .isEqualTo(Activity.COUNT_MAX);
        refused(
                command(
                        "HEALTH",
                        "ORDINARY",
                        TODAY,
                        "t",
                        List.of(),
                        Activity.COUNT_MAX + 1,
                        List.of(),
                        0,
                        null,
                        null,
                        null),
                "others",
                "activity.error.tooMany");
    }

    @Test
    void beneficiariesAreAtLeastTheMembersListedAmongThem() {
        assertThat(record(command(
                                "HEALTH",
                                "ORDINARY",
                                TODAY,
                                "t",
                                List.of(),
                                0,
                                List.of(1L, 2L),
                                null,
                                null,
                                null,
                                null))
                        .beneficiaries())
                .isEqualTo(2);
        assertThat(record(command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(1L, 2L), 2, null, null, null))
                        .beneficiaries())
                .isEqualTo(2);
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(1L, 2L), 1, null, null, null),
                "beneficiaries",
                "activity.error.fewerThanListed");
    }

    @Test
    void aCostNeedsWhoPaidAndTheSourceOfOutsideMoney() {
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, Vnd.of(-1), null, null),
                "cost",
                "activity.error.negative");
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, Vnd.of(1), null, null),
                "paidBy",
                "activity.error.payer");
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, Vnd.of(1), PaidBy.WARD, null),
                "source",
                "activity.error.source");
        refused(
                command("HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, Vnd.of(1), PaidBy.DONOR, null),
                "source",
                "activity.error.source");
        Activity donor = record(command(
                "HEALTH",
                "ORDINARY",
                TODAY,
                "t",
                List.of(),
                0,
                List.of(),
                0,
                Vnd.of(1),
                PaidBy.DONOR,
                FundingSource.SOCIALISATION));
        assertThat(donor.donor()).isEqualTo("Công ty A");
        assertThat(donor.source()).isEqualTo(FundingSource.SOCIALISATION);
        // The club's own fund has no outside source; with no cost, nobody paid.
        Activity fund = record(command(
                "HEALTH",
                "ORDINARY",
                TODAY,
                "t",
                List.of(),
                0,
                List.of(),
                0,
                Vnd.of(150_000),
                PaidBy.CLUB_FUND,
                FundingSource.STATE_BUDGET));
        assertThat(fund.source()).isNull();
        assertThat(fund.donor()).isNull();
        Activity free = record(command(
                "HEALTH",
                "ORDINARY",
                TODAY,
                "t",
                List.of(),
                0,
                List.of(),
                0,
                Vnd.ZERO,
                PaidBy.WARD,
                FundingSource.STATE_BUDGET));
        assertThat(free.paidBy()).isNull();
        assertThat(free.source()).isNull();
    }

    @Test
    void onlyTheClubsFundIsPaidFrom() {
        Activity ward = record(command(
                "HEALTH",
                "ORDINARY",
                TODAY,
                "t",
                List.of(),
                0,
                List.of(),
                0,
                Vnd.of(1),
                PaidBy.WARD,
                FundingSource.STATE_BUDGET));
        assertThatThrownBy(() -> ward.paidFromFund(5, null)).isInstanceOf(IllegalStateException.class);
        Activity fund = record(command(
                "HEALTH", "ORDINARY", TODAY, "t", List.of(), 0, List.of(), 0, Vnd.of(1), PaidBy.CLUB_FUND, null));
        fund.paidFromFund(0, 12L);
        assertThat(fund.spentFromFund()).isTrue();
    }

    @Test
    void editedAndCancelledWithAReasonOnce() {
        Activity a = record(ok());
        a.edit(" Khám mắt ", null);
        assertThat(a.title()).isEqualTo("Khám mắt");
        assertThat(a.description()).isNull();
        assertThatThrownBy(() -> a.edit("", "x")).hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> a.cancel(TODAY, " ", "x", AT))
                .hasFieldOrPropertyWithValue("messageKey", "activity.error.reason");
        a.cancel(TODAY, "Trùng", "demo-club", AT);
        assertThat(a.standing()).isFalse();
        assertThat(a.cancellation().reason()).isEqualTo("Trùng");
        assertThatThrownBy(() -> a.cancel(TODAY, "again", "x", AT))
                .hasFieldOrPropertyWithValue("messageKey", "activity.error.cancelled");
        assertThatThrownBy(() -> a.edit("t", null))
                .hasFieldOrPropertyWithValue("messageKey", "activity.error.cancelled");
    }
}
