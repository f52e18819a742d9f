package vn.ishc.activity.cases;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** What happened to a club's self-help and rights cases, audited under the club and its unit. */
public final class CaseEvents {
    private CaseEvents() {}

    /** A case opened ({@code CaseOpened}), a step added ({@code CaseStepAdded}) or a case closed ({@code CaseClosed}). */
    public record CaseChanged(long caseId, long clubId, long unitId, String action, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("help-case", caseId, action, unitId, clubId, changes);
        }
    }
}
