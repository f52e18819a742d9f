package vn.ishc.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * The member module's past-tense events, published in the transaction of the change, each with what it
 * changed (old → new) for the audit trail. A person's national ID and phone number enter the trail only
 * as their last four digits ({@link #auditFields}), as in exports: the trail outlives an erasure.
 */
public final class MemberEvents {
    private MemberEvents() {}

    /** A new person was recorded (with these details) as they joined a club. */
    public record PersonRecorded(long personId, long clubId, long unitId, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("person", personId, "PersonRecorded", unitId, clubId, changes);
        }
    }

    /** A person's details were corrected. */
    public record PersonChanged(long personId, long clubId, long unitId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("person", personId, "PersonChanged", unitId, clubId, changes);
        }
    }

    /** A person joined a club. */
    public record MemberJoined(
            long membershipId, long personId, long clubId, long unitId, LocalDate joinedOn, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "membership",
                            membershipId,
                            "MemberJoined",
                            unitId,
                            clubId,
                            List.of(
                                    new FieldChange("personId", null, String.valueOf(personId)),
                                    new FieldChange("clubId", null, String.valueOf(clubId)),
                                    new FieldChange("joinedOn", null, String.valueOf(joinedOn))))
                    .because(reason);
        }
    }

    /** A member left their club. */
    public record MemberLeft(
            long membershipId, long personId, long clubId, long unitId, LocalDate leftOn, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "membership",
                            membershipId,
                            "MemberLeft",
                            unitId,
                            clubId,
                            List.of(new FieldChange("leftOn", null, String.valueOf(leftOn))))
                    .because(reason);
        }
    }

    /** A member moved: left one club on {@code on} and joined another the next day. */
    public record MemberMoved(
            long personId,
            long fromMembershipId,
            long toMembershipId,
            long fromClubId,
            long toClubId,
            long toUnitId,
            LocalDate on,
            String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "person",
                            personId,
                            "MemberMoved",
                            toUnitId,
                            toClubId,
                            List.of(
                                    new FieldChange("clubId", String.valueOf(fromClubId), String.valueOf(toClubId)),
                                    new FieldChange(
                                            "membershipId",
                                            String.valueOf(fromMembershipId),
                                            String.valueOf(toMembershipId)),
                                    new FieldChange("leftOn", null, String.valueOf(on))))
                    .because(reason);
        }
    }

    /** Two records of one person became one: the kept record's details before and after. */
    public record PeopleMerged(
            long keptPersonId, long duplicatePersonId, long clubId, long unitId, List<FieldChange> changes)
            implements Audited {
        @Override
        public AuditRecord audit() {
            List<FieldChange> all = new java.util.ArrayList<>(changes);
            all.add(0, new FieldChange("absorbed", null, String.valueOf(duplicatePersonId)));
            return AuditRecord.of("person", keptPersonId, "PeopleMerged", unitId, clubId, all);
        }
    }

    /** Members were added to a club in one go: an Excel import ({@code importId}), or the demo data (null). */
    public record MembersImported(Long importId, long clubId, long unitId, int count) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "member-import",
                    importId == null ? "demo-" + clubId : importId,
                    "MembersImported",
                    unitId,
                    clubId,
                    List.of(
                            new FieldChange("clubId", null, String.valueOf(clubId)),
                            new FieldChange("members", null, String.valueOf(count))));
        }
    }

    /** A person's personal data were erased on request, for a reason (Decree 13/2023/NĐ-CP). */
    public record PersonErased(long personId, long clubId, long unitId, List<FieldChange> changes, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("person", personId, "PersonErased", unitId, clubId, changes)
                    .because(reason);
        }
    }

    /** A person's details as the audit trail records them: national ID and phone masked. */
    static Map<String, Object> auditFields(PersonDetails d) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (d == null) return m;
        m.put("fullName", d.fullName());
        m.put("sex", d.sex());
        m.put("birthDate", d.birthDate());
        m.put("birthYear", d.effectiveBirthYear());
        m.put("ethnicity", d.ethnicity());
        m.put("householdStatus", d.householdStatus());
        m.put("householdStatusYear", d.householdStatusYear());
        m.put("disability", d.disability());
        m.put("livesAlone", d.livesAlone());
        m.put("otherHardship", d.otherHardship());
        m.put("nationalId", MemberRegistry.masked(d.nationalId()));
        m.put("phone", MemberRegistry.masked(d.phone()));
        m.put("residentialGroup", d.residentialGroup());
        return m;
    }

    static List<FieldChange> changes(PersonDetails before, PersonDetails after) {
        return FieldChange.between(auditFields(before), auditFields(after));
    }
}
