package vn.ishc.plan;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * The plan module's past-tense events, published in the transaction of the change with the same field
 * changes the plan's own change log keeps. {@code unitId} is one of the plan's units (the lowest id), so
 * that the officers whose scope holds the plan find the entries in the audit trail.
 */
public final class PlanEvents {
    private PlanEvents() {}

    public record PlanCreated(long planId, Long unitId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("plan", planId, "PlanCreated", unitId, null, changes);
        }
    }

    /** Details, rules, targets or the roadmap changed; a locked plan's change carries its reason. */
    public record PlanChanged(long planId, Long unitId, List<FieldChange> changes, String reason) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("plan", planId, "PlanChanged", unitId, null, changes)
                    .because(reason);
        }
    }

    public record PlanLocked(long planId, Long unitId) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "plan", planId, "PlanLocked", unitId, null, List.of(new FieldChange("locked", "false", "true")));
        }
    }

    /** An administrator reopened a locked plan, for a reason. */
    public record PlanUnlocked(long planId, Long unitId, String reason) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "plan",
                            planId,
                            "PlanUnlocked",
                            unitId,
                            null,
                            List.of(new FieldChange("locked", "true", "false")))
                    .because(reason);
        }
    }
}
