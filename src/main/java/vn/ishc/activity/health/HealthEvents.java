package vn.ishc.activity.health;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * What happened to a club's health records, published in the transaction of the change and audited under the
 * club and its unit. The audit trail is read by city officers, who may not read health data: a check's entry
 * holds the day, station, examiner and how many were examined, never a reading.
 */
public final class HealthEvents {
    private HealthEvents() {}

    /** A health check recorded with its screenings. */
    public record HealthCheckRecorded(
            long checkId, long clubId, long unitId, LocalDate checkedOn, String station, String examiner, int examined)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "health-check",
                    checkId,
                    "HealthCheckRecorded",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "checkId", "clubId", "unitId"));
        }
    }

    /** An exercise group started, or a member joined it. */
    public record ExerciseGroupChanged(long groupId, long clubId, long unitId, String action, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("exercise-group", groupId, action, unitId, clubId, changes);
        }
    }
}
