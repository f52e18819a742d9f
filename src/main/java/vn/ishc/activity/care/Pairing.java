package vn.ishc.activity.care;

import java.time.LocalDate;
import java.util.List;

/** A volunteer paired with a care recipient for regular visits, since, until. */
public record Pairing(Long id, long clubId, long volunteerId, long recipientId, LocalDate since, LocalDate until) {

    /**
     * A new pairing of a volunteer and a recipient of the same club, both active on its first day (not in
     * the future), the same person never with themselves, and not while the two are already paired.
     */
    public static Pairing pair(Volunteer v, CareRecipient r, LocalDate since, LocalDate today, List<Pairing> existing) {
        CareRules.since(since, today, "since");
        if (v.clubId() != r.clubId()) throw new CareRefused("recipientId", "care.error.otherClub");
        if (!v.activeOn(since)) throw new CareRefused("volunteerId", "care.error.volunteerNotActive");
        if (!r.activeOn(since)) throw new CareRefused("recipientId", "care.error.recipientNotActive");
        if (v.personId() != null && v.personId().equals(r.personId()))
            throw new CareRefused("recipientId", "care.error.samePerson");
        for (Pairing p : existing)
            if (p.volunteerId() == v.id()
                    && p.recipientId() == r.id()
                    && (p.until() == null || !p.until().isBefore(since)))
                throw new CareRefused("recipientId", "care.error.alreadyPaired");
        return new Pairing(null, v.clubId(), v.id(), r.id(), since, null);
    }

    public boolean activeOn(LocalDate day) {
        return CareRules.activeOn(since, until, day);
    }

    public Pairing end(LocalDate on, LocalDate today) {
        if (until != null) throw new CareRefused("until", "care.error.alreadyEnded");
        CareRules.until(on, since, today);
        return new Pairing(id, clubId, volunteerId, recipientId, since, on);
    }
}
