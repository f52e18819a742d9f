package vn.ishc.report.periodic;

import java.time.LocalDate;

/**
 * The kinds of periodic report the association sends the People's Committee: a quarter, the half-year
 * review ("sơ kết 6 tháng", January to June), the year, and the final review ("tổng kết") of a plan's whole
 * period. A quarter is numbered 1–4; the other kinds have number 0.
 */
public enum PeriodKind {
    QUARTER,
    HALF_YEAR,
    YEAR,
    FINAL;

    /** The period covered, or a refusal naming what is wrong. */
    public ReportPeriod period(int year, int number, LocalDate planStart, LocalDate planEnd) {
        if (this != FINAL && (year < 2000 || year > 2100))
            throw new PeriodicReportRefused("year", "periodic.error.year");
        return switch (this) {
            case QUARTER -> {
                if (number < 1 || number > 4) throw new PeriodicReportRefused("number", "periodic.error.quarter");
                LocalDate from = LocalDate.of(year, 3 * (number - 1) + 1, 1);
                yield new ReportPeriod(from, from.plusMonths(3).minusDays(1));
            }
            case HALF_YEAR -> new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            case YEAR -> new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case FINAL -> new ReportPeriod(planStart, planEnd);
        };
    }

    /**
     * The number stored for the kind: the quarter, else 0. A number given must be a quarter (1–4) whatever
     * the kind, so that a wrong one is never silently dropped.
     */
    public int number(Integer given) {
        if (given != null && (given < 1 || given > 4))
            throw new PeriodicReportRefused("number", "periodic.error.quarter");
        return this == QUARTER ? (given == null ? 0 : given) : 0;
    }
}
