package vn.ishc.funding;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Vnd;

/**
 * What happened to the resource entries, published in the transaction of the change; each is {@link Audited}
 * under the recipient's unit and club (record type {@code resource}).
 */
public final class ResourceEvents {
    private ResourceEvents() {}

    /** A resource recorded: from which source, what, when, how much, to whom. */
    public record ResourceRecorded(
            long resourceId,
            long unitId,
            Long clubId,
            String source,
            ResourceKind kind,
            String donor,
            LocalDate receivedOn,
            Integer budgetYear,
            Vnd amount,
            String inKindDescription,
            String purpose,
            RecipientLevel level,
            String documentNo)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "resource",
                    resourceId,
                    "ResourceRecorded",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "resourceId", "unitId", "clubId"));
        }
    }

    /** An entry corrected: the values before and after. */
    public record ResourceEdited(long resourceId, long unitId, Long clubId, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("resource", resourceId, "ResourceEdited", unitId, clubId, changes);
        }
    }

    /** An entry cancelled with its reason. */
    public record ResourceCancelled(long resourceId, long unitId, Long clubId, LocalDate on, Vnd amount, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "resource",
                            resourceId,
                            "ResourceCancelled",
                            unitId,
                            clubId,
                            FieldChange.between(null, this, "resourceId", "unitId", "clubId", "reason"))
                    .because(reason);
        }
    }
}
