package vn.ishc.activity.care;

import java.time.LocalDate;
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;

/** A home-care volunteer of a club (R8): a member of the club or someone else, with a phone, since, until. */
public record Volunteer(
        Long id, long clubId, Long personId, String fullName, String phone, LocalDate since, LocalDate until) {
    static final int NAME_MAX = 200;
    static final int PHONE_MAX = 30;

    /**
     * A new volunteer: a member of the club today ({@code memberName} is their name, else null) or, without
     * a person, someone named; a phone of digits, spaces, '+', '.', '-'; since a day not in the future.
     */
    public static Volunteer enrol(EnrolVolunteer c, String memberName, LocalDate today) {
        if (c.personId() != null && memberName == null) throw new CareRefused("personId", "care.error.notAMember");
        String name = c.personId() != null ? memberName : CareRules.required(c.fullName(), NAME_MAX, "fullName");
        String phone = CareRules.optional(c.phone(), PHONE_MAX, "phone");
        if (phone != null && !phone.matches("[0-9 +.\\-]{6,30}")) throw new CareRefused("phone", "care.error.phone");
        CareRules.since(c.since(), today, "since");
        return new Volunteer(null, c.clubId(), c.personId(), name, phone, c.since(), null);
    }

    public boolean activeOn(LocalDate day) {
        return CareRules.activeOn(since, until, day);
    }

    /** Stops volunteering on a day (not before since, not in the future); only once. */
    public Volunteer end(LocalDate on, LocalDate today) {
        if (until != null) throw new CareRefused("until", "care.error.alreadyEnded");
        CareRules.until(on, since, today);
        return new Volunteer(id, clubId, personId, fullName, phone, since, on);
    }

    public boolean member() {
        return personId != null;
    }
}
