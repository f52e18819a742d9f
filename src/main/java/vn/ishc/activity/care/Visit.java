package vn.ishc.activity.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.ishc.activity.care.CareCommands.RecordVisit;

/** A home-care visit (R8): the day, the volunteer, the recipient, the services given, notes. */
public record Visit(
        Long id,
        long clubId,
        LocalDate visitedOn,
        long volunteerId,
        long recipientId,
        List<VisitService> services,
        String notes,
        String recordedBy,
        Instant recordedAt) {
    static final int NOTES_MAX = 1000;

    public Visit {
        services = List.copyOf(services);
    }

    /**
     * A visit as recorded: a day not in the future nor before the club's founding, by a volunteer of the club
     * active that day, to a recipient of the club in care that day, with at least one service, each once.
     */
    public static Visit record(
            RecordVisit c, Volunteer v, CareRecipient r, LocalDate today, LocalDate foundedOn, String by, Instant at) {
        if (c.visitedOn() == null) throw new CareRefused("visitedOn", "validation.required");
        if (c.visitedOn().isAfter(today)) throw new CareRefused("visitedOn", "care.error.future");
        if (foundedOn != null && c.visitedOn().isBefore(foundedOn))
            throw new CareRefused("visitedOn", "care.error.beforeFounding", foundedOn.format(CareRules.DATE));
        if (v.clubId() != c.clubId()) throw new CareRefused("volunteerId", "care.error.otherClub");
        if (r.clubId() != c.clubId()) throw new CareRefused("recipientId", "care.error.otherClub");
        if (!v.activeOn(c.visitedOn())) throw new CareRefused("volunteerId", "care.error.volunteerNotActive");
        if (!r.activeOn(c.visitedOn())) throw new CareRefused("recipientId", "care.error.recipientNotActive");
        if (c.services().isEmpty() || c.services().contains(null))
            throw new CareRefused("services", "care.error.noService");
        EnumSet<VisitService> once = EnumSet.noneOf(VisitService.class);
        for (VisitService s : c.services())
            if (!once.add(s)) throw new CareRefused("services", "care.error.serviceTwice");
        String notes = CareRules.optional(c.notes(), NOTES_MAX, "notes");
        return new Visit(null, c.clubId(), c.visitedOn(), v.id(), r.id(), List.copyOf(once), notes, by, at);
    }
}
