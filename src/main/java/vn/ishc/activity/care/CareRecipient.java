package vn.ishc.activity.care;

import java.time.LocalDate;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;

/**
 * A person the club cares for at home (R8), often not a member: frail, living alone, disabled (at least one of
 * them, or there would be no reason for care), since, until.
 */
public record CareRecipient(
        Long id,
        long clubId,
        Long personId,
        String fullName,
        boolean frail,
        boolean alone,
        boolean disabled,
        LocalDate since,
        LocalDate until) {

    public static CareRecipient take(TakeIntoCare c, String memberName, LocalDate today) {
        if (c.personId() != null && memberName == null) throw new CareRefused("personId", "care.error.notAMember");
        String name =
                c.personId() != null ? memberName : CareRules.required(c.fullName(), Volunteer.NAME_MAX, "fullName");
        if (!c.frail() && !c.alone() && !c.disabled()) throw new CareRefused("frail", "care.error.noReason");
        CareRules.since(c.since(), today, "since");
        return new CareRecipient(
                null, c.clubId(), c.personId(), name, c.frail(), c.alone(), c.disabled(), c.since(), null);
    }

    public boolean activeOn(LocalDate day) {
        return CareRules.activeOn(since, until, day);
    }

    public CareRecipient end(LocalDate on, LocalDate today) {
        if (until != null) throw new CareRefused("until", "care.error.alreadyEnded");
        CareRules.until(on, since, today);
        return new CareRecipient(id, clubId, personId, fullName, frail, alone, disabled, since, on);
    }

    public boolean member() {
        return personId != null;
    }
}
