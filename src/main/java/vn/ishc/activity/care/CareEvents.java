package vn.ishc.activity.care;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** What happened to a club's home care, published in the transaction of the change and audited. */
public final class CareEvents {
    private CareEvents() {}

    /**
     * A volunteer enrolled or left, a person taken into care or out of it, a pairing made or ended, a visit
     * recorded: {@code recordType} is {@code care-volunteer}, {@code care-recipient}, {@code care-pairing} or
     * {@code care-visit}; {@code action} the past-tense name of what happened.
     */
    public record CareChanged(
            String recordType, long id, long clubId, long unitId, String action, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(recordType, id, action, unitId, clubId, changes);
        }
    }
}
