package vn.ishc.report.periodic;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** What happened to the periodic reports, each {@link Audited} under the report's unit. */
public final class PeriodicEvents {
    private PeriodicEvents() {}

    /** A periodic report started for a unit and period. */
    public record PeriodicReportCreated(
            long reportId, long unitId, PeriodKind kind, int year, int number, String era, long planId)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "periodic-report",
                    reportId,
                    "PeriodicReportCreated",
                    unitId,
                    null,
                    FieldChange.between(null, this, "reportId"));
        }
    }

    /** Sections of a report's narrative saved: which sections, at which version of the report. */
    public record PeriodicNarrativeSaved(
            long reportId, long unitId, List<NarrativeSection> sections, String documentNo, int version)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "periodic-report",
                    reportId,
                    "PeriodicNarrativeSaved",
                    unitId,
                    null,
                    FieldChange.between(null, this, "reportId", "unitId"));
        }
    }
}
