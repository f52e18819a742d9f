package vn.ishc.oversight.visit;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.oversight.Rating;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * What happened to monitoring visits, their follow-ups and the plans' checklists; audited under the club and
 * its unit (record types {@code monitoring-visit}, {@code follow-up}, {@code checklist}).
 */
public final class VisitEvents {
    private VisitEvents() {}

    /** A visit recorded: the day, who visited, the total and rating, the scores and follow-ups as text. */
    public record VisitRecorded(
            long visitId,
            long clubId,
            long unitId,
            long planId,
            LocalDate visitedOn,
            String visitors,
            int score,
            int maxScore,
            Rating rating,
            String scores,
            String findings,
            String followUps)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "monitoring-visit",
                    visitId,
                    "VisitRecorded",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "visitId", "clubId", "unitId"));
        }
    }

    /** A visit withdrawn with its reason. */
    public record VisitCancelled(
            long visitId, long clubId, long unitId, LocalDate visitedOn, LocalDate on, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "monitoring-visit",
                            visitId,
                            "VisitCancelled",
                            unitId,
                            clubId,
                            FieldChange.between(null, this, "visitId", "clubId", "unitId", "reason"))
                    .because(reason);
        }
    }

    /** A follow-up action closed: when, with what note. */
    public record FollowUpClosed(
            long followUpId, long visitId, long clubId, long unitId, String action, LocalDate closedOn, String note)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "follow-up",
                    followUpId,
                    "FollowUpClosed",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "followUpId", "clubId", "unitId"));
        }
    }

    /** A plan's checklist or rating thresholds changed: the values before and after. */
    public record ChecklistChanged(long planId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("checklist", planId, "ChecklistChanged", null, null, changes);
        }
    }

    /** The demo's visits of a club, recorded in one batch. */
    public record DemoVisitsRecorded(long clubId, long unitId, int visits) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "monitoring-visit",
                    "club-" + clubId,
                    "DemoVisitsRecorded",
                    unitId,
                    clubId,
                    FieldChange.between(null, this, "clubId", "unitId"));
        }
    }
}
