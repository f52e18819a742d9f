package vn.ishc.report;

import java.time.YearMonth;
import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * What happened to a club's monthly report, published in the transaction of the step; each is {@link
 * Audited} as record type {@code monthly-report} (id: the report's id) under the club and its unit, with the
 * month and the state it moved from and to; a return's comment and an unlock's reason are its reason.
 */
public final class ReportEvents {
    private ReportEvents() {}

    static AuditRecord audit(
            String action,
            long reportId,
            long clubId,
            long unitId,
            YearMonth month,
            ReportState from,
            ReportState to,
            String why) {
        return AuditRecord.of(
                        "monthly-report",
                        reportId,
                        action,
                        unitId,
                        clubId,
                        List.of(
                                new FieldChange("month", null, month.toString()),
                                new FieldChange("state", from.name(), to.name())))
                .because(why);
    }

    public record MonthlyReportSubmitted(
            long reportId, long clubId, long unitId, YearMonth month, ReportState from, ReportState to)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return ReportEvents.audit("MonthlyReportSubmitted", reportId, clubId, unitId, month, from, to, null);
        }
    }

    public record MonthlyReportReturned(
            long reportId, long clubId, long unitId, YearMonth month, ReportState from, ReportState to, String comment)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return ReportEvents.audit("MonthlyReportReturned", reportId, clubId, unitId, month, from, to, comment);
        }
    }

    /** The ward approved a club's month: it is locked from now. */
    public record MonthApproved(
            long reportId, long clubId, long unitId, YearMonth month, ReportState from, ReportState to)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return ReportEvents.audit("MonthApproved", reportId, clubId, unitId, month, from, to, null);
        }
    }

    public record MonthlyReportAccepted(
            long reportId, long clubId, long unitId, YearMonth month, ReportState from, ReportState to)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return ReportEvents.audit("MonthlyReportAccepted", reportId, clubId, unitId, month, from, to, null);
        }
    }

    /** A locked month opened again, with the reason; the report is reopened for the board. */
    public record MonthUnlocked(
            long reportId, long clubId, long unitId, YearMonth month, ReportState from, ReportState to, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return ReportEvents.audit("MonthUnlocked", reportId, clubId, unitId, month, from, to, reason);
        }
    }
}
