package vn.ishc.report.periodic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The periods of the report kinds and the narrative's revisions and version, without Spring. */
class PeriodicReportTest {
    static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);
    static final LocalDate PLAN_END = LocalDate.of(2025, 12, 31);
    static final Instant AT = Instant.parse("2026-01-05T03:00:00Z");

    @Test
    void eachKindCoversItsDays() {
        assertThat(PeriodKind.QUARTER.period(2025, 1, PLAN_START, PLAN_END))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThat(PeriodKind.QUARTER.period(2024, 4, PLAN_START, PLAN_END))
                .isEqualTo(new ReportPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
        assertThat(PeriodKind.HALF_YEAR.period(2025, 0, PLAN_START, PLAN_END))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(PeriodKind.YEAR.period(2024, 0, PLAN_START, PLAN_END))
                .isEqualTo(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(PeriodKind.FINAL.period(2025, 0, PLAN_START, PLAN_END))
                .isEqualTo(new ReportPeriod(PLAN_START, PLAN_END));
    }

    @Test
    void aQuarterNeedsItsNumberAndAYearItsRange() {
        assertThatThrownBy(() -> PeriodKind.QUARTER.period(2025, 0, PLAN_START, PLAN_END))
                .isInstanceOf(PeriodicReportRefused.class)
                .hasMessage("periodic.error.quarter");
        assertThatThrownBy(() -> PeriodKind.QUARTER.period(2025, 5, PLAN_START, PLAN_END))
                .hasMessage("periodic.error.quarter");
        assertThatThrownBy(() -> PeriodKind.YEAR.period(1999, 0, PLAN_START, PLAN_END))
                .hasMessage("periodic.error.year");
        assertThat(PeriodKind.YEAR.number(3)).isZero();
        assertThat(PeriodKind.YEAR.number(null)).isZero();
        assertThat(PeriodKind.QUARTER.number(3)).isEqualTo(3);
        // A wrong number is refused whatever the kind, never dropped.
        assertThatThrownBy(() -> PeriodKind.YEAR.number(-1)).hasMessage("periodic.error.quarter");
        assertThatThrownBy(() -> PeriodKind.HALF_YEAR.number(5)).hasMessage("periodic.error.quarter");
    }

    @Test
    void aRunningPeriodIsTakenUpToTodayAndAnEndedOneOnItsLastDay() {
        ReportPeriod year = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(year.asOf(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(year.asOf(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year.asOf(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    PeriodicReport report() {
        return new PeriodicReport(
                7L, PeriodKind.YEAR, 2025, 0, 3, "CURRENT", 1, null, "demo-city", AT, 0, java.util.List.of());
    }

    @Test
    void aSaveKeepsEveryRevisionAndRaisesTheVersionOnlyWhenSomethingChanged() {
        PeriodicReport r = report();
        assertThat(r.write(Map.of(NarrativeSection.RESULTS, "  Đạt 9/10 chỉ tiêu.\r\n"), "12", 0, "a", AT))
                .containsExactly(NarrativeSection.RESULTS);
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.text(NarrativeSection.RESULTS)).isEqualTo("Đạt 9/10 chỉ tiêu.");
        assertThat(r.documentNo()).isEqualTo("12");
        // The same texts again: nothing to save, the version stays.
        assertThat(r.write(Map.of(NarrativeSection.RESULTS, "Đạt 9/10 chỉ tiêu."), "12", 1, "a", AT))
                .isEmpty();
        assertThat(r.version()).isEqualTo(1);
        r.write(Map.of(NarrativeSection.RESULTS, "Đạt 10/10 chỉ tiêu."), "12", 1, "b", AT);
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.text(NarrativeSection.RESULTS)).isEqualTo("Đạt 10/10 chỉ tiêu.");
        assertThat(r.revisions())
                .extracting(PeriodicReport.Revision::revision, PeriodicReport.Revision::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Đạt 9/10 chỉ tiêu."),
                        org.assertj.core.groups.Tuple.tuple(2, "Đạt 10/10 chỉ tiêu."));
        assertThat(r.text(NarrativeSection.PROPOSALS)).isEmpty();
    }

    @Test
    void aSaveOnAnOldVersionIsRefusedAndChangesNothing() {
        PeriodicReport r = report();
        r.write(Map.of(NarrativeSection.SITUATION, "Một"), null, 0, "a", AT);
        assertThatThrownBy(() -> r.write(Map.of(NarrativeSection.SITUATION, "Hai"), null, 0, "b", AT))
                .isInstanceOf(PeriodicReportEditedConcurrently.class);
        assertThat(r.text(NarrativeSection.SITUATION)).isEqualTo("Một");
        assertThat(r.version()).isEqualTo(1);
    }

    @Test
    void tooLongATextIsRefusedNamingTheSection() {
        PeriodicReport r = report();
        String tooLong = "x".repeat(NarrativeSection.MAX + 1);
        assertThatThrownBy(() -> r.write(Map.of(NarrativeSection.PROPOSALS, tooLong), null, 0, "a", AT))
                .isInstanceOfSatisfying(
                        PeriodicReportRefused.class, e -> assertThat(e.field()).isEqualTo("narrative.PROPOSALS"));
        assertThat(r.version()).isZero();
    }

    @Test
    void decree30WritesLowDaysAndJanuaryAndFebruaryWithALeadingZero() {
        assertThat(PeriodicContent.day(5)).isEqualTo("05");
        assertThat(PeriodicContent.day(15)).isEqualTo("15");
        assertThat(PeriodicContent.month(2)).isEqualTo("02");
        assertThat(PeriodicContent.month(3)).isEqualTo("3");
        assertThat(PeriodicContent.month(12)).isEqualTo("12");
    }
}
