package vn.ishc.activity;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Vnd;

/**
 * What happened to a club's activities, published in the transaction of the change; each is {@link
 * Audited} under the club and its unit (record type {@code activity}).
 */
public final class ActivityEvents {
    private ActivityEvents() {}

    /** An activity recorded: what, when, how many took part and benefited, what it cost and who paid. */
    public record ActivityRecorded(
            long activityId,
            long clubId,
            long unitId,
            String area,
            String kind,
            LocalDate heldOn,
            String title,
            int participants,
            int others,
            int beneficiaries,
            Vnd cost,
            PaidBy paidBy,
            FundingSource source,
            long fundPosting,
            Long fundRequest)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "activity",
                    activityId,
                    "ActivityRecorded",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "activityId", "clubId", "unitId"));
        }
    }

    /** The title or description corrected: the values before and after. */
    public record ActivityEdited(long activityId, long clubId, long unitId, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("activity", activityId, "ActivityEdited", unitId, clubId, changes);
        }
    }

    /** An activity cancelled with its reason, and the fund's reversal of its expense (0: none). */
    public record ActivityCancelled(
            long activityId,
            long clubId,
            long unitId,
            LocalDate heldOn,
            LocalDate on,
            String reason,
            long fundReversal,
            boolean requestWithdrawn)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "activity",
                            activityId,
                            "ActivityCancelled",
                            unitId,
                            clubId,
                            FieldChange.between(null, this, "activityId", "clubId", "unitId", "reason"))
                    .because(reason);
        }
    }

    /** The demo's activities of a club, written in one batch. */
    public record DemoActivitiesRecorded(long clubId, long unitId, int activities) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "activity",
                    "club-" + clubId,
                    "DemoActivitiesRecorded",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "clubId", "unitId"));
        }
    }
}
