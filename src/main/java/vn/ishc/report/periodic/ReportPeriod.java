package vn.ishc.report.periodic;

import java.time.LocalDate;

/** The days a periodic report covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /**
     * The date the report's figures are taken on: the period's last day, or today while the period runs
     * (a report of the current year shows the year so far).
     */
    public LocalDate asOf(LocalDate today) {
        return to.isAfter(today) ? (today.isBefore(from) ? from : today) : to;
    }
}
