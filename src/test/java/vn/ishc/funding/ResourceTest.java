package vn.ishc.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.ishc.area.UnitType;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.shared.Vnd;

/** The rules of a resource entry, without Spring. */
class ResourceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Set<String> SOURCES = Set.of("STATE_BUDGET", "SOCIALISATION", "INTERNATIONAL_AID");
    static final Resource.Context WARD = new Resource.Context(TODAY, SOURCES, UnitType.WARD);
    static final Resource.Context CITY = new Resource.Context(TODAY, SOURCES, UnitType.CITY);

    static RecordResource money(LocalDate on) {
        return new RecordResource(
                "SOCIALISATION",
                ResourceKind.MONEY,
                "Công ty A",
                on,
                null,
                Vnd.of(5_000_000),
                "ignored for money",
                "Hỗ trợ hoạt động",
                RecipientLevel.WARD,
                42L,
                null,
                false,
                "12/QĐ",
                null);
    }

    static RecordResource with(
            RecordResource c, ResourceKind kind, Integer year, Vnd amount, String what, RecipientLevel level) {
        return new RecordResource(
                c.source(),
                kind,
                c.donor(),
                c.receivedOn(),
                year,
                amount,
                what,
                c.purpose(),
                level,
                c.unitId(),
                level == RecipientLevel.CLUB ? 7L : null,
                c.loanFundCapital(),
                c.documentNo(),
                c.note());
    }

    static Resource record(RecordResource c, Resource.Context ctx) {
        return Resource.record(c, 42, ctx, "tester", Instant.EPOCH);
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(ResourceRefused.class).satisfies(e -> {
            assertThat(((ResourceRefused) e).field()).isEqualTo(field);
            assertThat(((ResourceRefused) e).messageKey()).isEqualTo(key);
        });
    }

    @Test
    void moneyIsRecordedWithoutInKindTextOrBudgetYear() {
        Resource r = record(money(TODAY), WARD);
        assertThat(r.amount()).isEqualTo(Vnd.of(5_000_000));
        assertThat(r.inKindDescription()).isNull();
        assertThat(r.budgetYear()).isNull();
        assertThat(r.clubId()).isNull();
        assertThat(r.unitId()).isEqualTo(42);
    }

    @Test
    void capitalForAClubsLoanFundIsRefusedAndSentToTheFund() {
        RecordResource c = with(money(TODAY), ResourceKind.MONEY, null, Vnd.of(10_000_000), null, RecipientLevel.CLUB);
        assertThat(record(c, WARD).clubId()).isEqualTo(7L);
        RecordResource capital = new RecordResource(
                c.source(),
                c.kind(),
                c.donor(),
                c.receivedOn(),
                null,
                c.amount(),
                null,
                c.purpose(),
                RecipientLevel.CLUB,
                null,
                7L,
                true,
                null,
                null);
        refused(() -> record(capital, WARD), "loanFundCapital", "funding.error.loanFundCapital");
    }

    @Test
    void inKindNeedsItsDescriptionAndValue() {
        RecordResource noText =
                with(money(TODAY), ResourceKind.IN_KIND, null, Vnd.of(2_000_000), " ", RecipientLevel.WARD);
        refused(() -> record(noText, WARD), "inKindDescription", "funding.error.inKindDescription");
        RecordResource noValue = with(money(TODAY), ResourceKind.IN_KIND, null, null, "20 xe lăn", RecipientLevel.WARD);
        refused(() -> record(noValue, WARD), "amount", "funding.error.amountRequired");
        RecordResource zero =
                with(money(TODAY), ResourceKind.IN_KIND, null, Vnd.ZERO, "20 xe lăn", RecipientLevel.WARD);
        refused(() -> record(zero, WARD), "amount", "funding.error.amountNotPositive");
        Resource ok = record(
                with(money(TODAY), ResourceKind.IN_KIND, null, Vnd.of(1), " 20 xe lăn ", RecipientLevel.WARD), WARD);
        assertThat(ok.inKindDescription()).isEqualTo("20 xe lăn");
        assertThat(ok.amount()).isEqualTo(Vnd.of(1));
    }

    @Test
    void budgetLineNeedsItsYearNearTheDayAndAUnitNotAClub() {
        LocalDate day = LocalDate.of(2024, 1, 15);
        RecordResource noYear =
                with(money(day), ResourceKind.BUDGET_LINE, null, Vnd.of(30_000_000), null, RecipientLevel.WARD);
        refused(() -> record(noYear, WARD), "budgetYear", "funding.error.budgetYearRequired");
        refused(
                () -> record(
                        with(money(day), ResourceKind.BUDGET_LINE, 2022, Vnd.of(1), null, RecipientLevel.WARD), WARD),
                "budgetYear",
                "funding.error.budgetYear");
        refused(
                () -> record(
                        with(money(day), ResourceKind.BUDGET_LINE, 2026, Vnd.of(1), null, RecipientLevel.WARD), WARD),
                "budgetYear",
                "funding.error.budgetYear");
        assertThat(record(with(money(day), ResourceKind.BUDGET_LINE, 2023, Vnd.of(1), null, RecipientLevel.WARD), WARD)
                        .budgetYear())
                .isEqualTo(2023);
        assertThat(record(with(money(day), ResourceKind.BUDGET_LINE, 2025, Vnd.of(1), null, RecipientLevel.WARD), WARD)
                        .budgetYear())
                .isEqualTo(2025);
        refused(
                () -> record(
                        with(money(day), ResourceKind.BUDGET_LINE, 2024, Vnd.of(1), null, RecipientLevel.CLUB), WARD),
                "level",
                "funding.error.budgetLineToClub");
    }

    @Test
    void theDayIsNotAfterTodayNorBeforeThePlansTime() {
        assertThat(record(money(TODAY), WARD).receivedOn()).isEqualTo(TODAY);
        refused(() -> record(money(TODAY.plusDays(1)), WARD), "receivedOn", "funding.error.future");
        refused(() -> record(money(null), WARD), "receivedOn", "validation.required");
        assertThat(record(money(LocalDate.of(2000, 1, 1)), WARD).receivedOn()).isEqualTo(LocalDate.of(2000, 1, 1));
        refused(() -> record(money(LocalDate.of(1999, 12, 31)), WARD), "receivedOn", "funding.error.tooEarly");
    }

    @Test
    void sourceAndRecipientLevelMustFit() {
        RecordResource c = money(TODAY);
        RecordResource unknown = new RecordResource(
                "LOTTERY",
                c.kind(),
                c.donor(),
                c.receivedOn(),
                null,
                c.amount(),
                null,
                c.purpose(),
                c.level(),
                c.unitId(),
                null,
                false,
                null,
                null);
        refused(() -> record(unknown, WARD), "source", "funding.error.source");
        refused(() -> record(c, CITY), "unitId", "funding.error.notWard");
        RecordResource toCity = with(c, ResourceKind.MONEY, null, c.amount(), null, RecipientLevel.CITY);
        refused(() -> record(toCity, WARD), "unitId", "funding.error.notCity");
        assertThat(record(toCity, CITY).level()).isEqualTo(RecipientLevel.CITY);
        RecordResource lower = new RecordResource(
                "international_aid",
                c.kind(),
                c.donor(),
                c.receivedOn(),
                null,
                c.amount(),
                null,
                c.purpose(),
                c.level(),
                c.unitId(),
                null,
                false,
                null,
                null);
        assertThat(record(lower, WARD).source()).isEqualTo("INTERNATIONAL_AID");
    }

    @Test
    void aCancelledEntryNeedsAReasonAndIsNoLongerChanged() {
        Resource r = record(money(TODAY), WARD);
        refused(() -> r.cancel(TODAY, " "), "reason", "validation.required");
        r.cancel(TODAY, "Ghi nhầm");
        assertThat(r.cancelled()).isTrue();
        refused(() -> r.cancel(TODAY, "again"), null, "funding.error.cancelled");
        refused(() -> r.edit(money(TODAY), 42, WARD), null, "funding.error.cancelled");
    }
}
