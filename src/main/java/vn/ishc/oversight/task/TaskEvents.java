package vn.ishc.oversight.task;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** What happened to the agencies' tasks; each is {@link Audited} (record type {@code agency-task}). */
public final class TaskEvents {
    private TaskEvents() {}

    /** The tasks of a year created from the plan's duties: how many were added (0: they were all there). */
    public record YearTasksCreated(int year, int created) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "agency-task", "year-" + year, "YearTasksCreated", null, null, FieldChange.between(null, this));
        }
    }

    /** A task's status or evidence changed: the values before and after (under its ward, if any). */
    public record TaskUpdated(long taskId, String agencyCode, Long unitId, int year, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("agency-task", taskId, "TaskUpdated", unitId, null, changes);
        }
    }
}
