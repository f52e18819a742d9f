package vn.ishc.oversight.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ishc.oversight.OversightRefused;
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;
import vn.ishc.shared.SearchText;

/**
 * A training session (R14): topic, dates, place, trainers, organiser, the unit that held it (it decides who
 * sees and changes it), materials and who attended. Recorded and edited with every rule checked ({@link
 * #record}, {@link #edit}); cancelled with a reason ({@link #cancel}): a cancelled session trains nobody.
 */
public final class TrainingSession {
    static final int TOPIC_MAX = 300;
    static final int PLACE_MAX = 300;
    static final int TRAINERS_MAX = 500;
    static final int ORGANISER_NAME_MAX = 300;
    static final int MATERIALS_MAX = 2000;
    static final int NAME_MAX = 200;
    static final int REASON_MAX = 500;

    /** One person at the session, in the order listed. */
    public record Participant(Long personId, String fullName, Long clubId, ParticipantRole role) {}

    /**
     * What a session is checked against, read by the service: today, the clubs in the holding unit's territory
     * that the user may see, and the members of the clubs named (club → person → name) on the first day.
     */
    public record Context(LocalDate today, Set<Long> clubsInUnit, Map<Long, Map<Long, String>> members) {}

    private final Long id;
    private String topic;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;
    private String trainers;
    private Organiser organiser;
    private String organiserName;
    private long unitId;
    private String materials;
    private List<Participant> participants;
    private LocalDate cancelledOn;
    private String cancelReason;
    private final String recordedBy;
    private final Instant recordedAt;
    private final int version;

    TrainingSession(
            Long id,
            String topic,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            String trainers,
            Organiser organiser,
            String organiserName,
            long unitId,
            String materials,
            List<Participant> participants,
            LocalDate cancelledOn,
            String cancelReason,
            String recordedBy,
            Instant recordedAt,
            int version) {
        this.id = id;
        this.topic = topic;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.place = place;
        this.trainers = trainers;
        this.organiser = organiser;
        this.organiserName = organiserName;
        this.unitId = unitId;
        this.materials = materials;
        this.participants = List.copyOf(participants);
        this.cancelledOn = cancelledOn;
        this.cancelReason = cancelReason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /**
     * A session as recorded, every rule checked: a topic, trainers, an organiser (named when "other"), the
     * holding unit; a first day not in the future and a last day not before it nor in the future; at least one
     * participant, each with a name (or a member of their club on the first day), a role, a club when the role
     * is a club's (board, member, volunteer) and then a club in the holding unit's territory; a person once.
     */
    public static TrainingSession record(SessionDetails d, Context ctx, String by, Instant at) {
        TrainingSession s = new TrainingSession(
                null, null, null, null, null, null, null, null, 0, null, List.of(), null, null, by, at, 0);
        s.apply(d, ctx);
        return s;
    }

    /** Replaces the details and participants of a standing session, with the same rules. */
    public void edit(SessionDetails d, Context ctx) {
        if (cancelled()) throw new OversightRefused(null, "oversight.training.error.cancelled");
        apply(d, ctx);
    }

    private void apply(SessionDetails d, Context ctx) {
        String topic = text(d.topic(), TOPIC_MAX, "topic");
        if (topic == null) throw new OversightRefused("topic", "validation.required");
        if (d.startsOn() == null) throw new OversightRefused("startsOn", "validation.required");
        if (d.endsOn() == null) throw new OversightRefused("endsOn", "validation.required");
        if (d.startsOn().isAfter(ctx.today())) throw new OversightRefused("startsOn", "oversight.error.future");
        if (d.endsOn().isBefore(d.startsOn()))
            throw new OversightRefused("endsOn", "oversight.training.error.endsBeforeStart");
        if (d.endsOn().isAfter(ctx.today())) throw new OversightRefused("endsOn", "oversight.error.future");
        String trainers = text(d.trainers(), TRAINERS_MAX, "trainers");
        if (trainers == null) throw new OversightRefused("trainers", "validation.required");
        if (d.organiser() == null) throw new OversightRefused("organiser", "validation.required");
        String organiserName = text(d.organiserName(), ORGANISER_NAME_MAX, "organiserName");
        if (d.organiser() == Organiser.OTHER && organiserName == null)
            throw new OversightRefused("organiserName", "oversight.training.error.organiserName");
        if (d.unitId() == null) throw new OversightRefused("unitId", "validation.required");
        String place = text(d.place(), PLACE_MAX, "place");
        String materials = text(d.materials(), MATERIALS_MAX, "materials");

        List<Participant> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.participants().size(); i++) {
            ParticipantEntry e = d.participants().get(i);
            String field = "participants[" + i + "]";
            if (e == null) throw new OversightRefused(field + ".fullName", "validation.required");
            if (e.role() == null) throw new OversightRefused(field + ".role", "validation.required");
            if (e.clubId() == null && (e.role().needsClub() || e.personId() != null))
                throw new OversightRefused(field + ".clubId", "oversight.training.error.clubNeeded");
            if (e.clubId() != null && !ctx.clubsInUnit().contains(e.clubId()))
                throw new OversightRefused(field + ".clubId", "oversight.training.error.clubOutsideUnit");
            String name;
            if (e.personId() != null) {
                name = ctx.members().getOrDefault(e.clubId(), Map.of()).get(e.personId());
                if (name == null)
                    throw new OversightRefused(field + ".personId", "oversight.training.error.notAMember");
            } else {
                name = text(e.fullName(), NAME_MAX, field + ".fullName");
                if (name == null) throw new OversightRefused(field + ".fullName", "validation.required");
            }
            String key = e.personId() != null ? "p" + e.personId() : "n" + SearchText.key(name) + "/" + e.clubId();
            if (!seen.add(key)) throw new OversightRefused(field + ".fullName", "oversight.training.error.twice");
            list.add(new Participant(e.personId(), name, e.clubId(), e.role()));
        }
        if (list.isEmpty()) throw new OversightRefused("participants", "oversight.training.error.noParticipant");

        this.topic = topic;
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.place = place;
        this.trainers = trainers;
        this.organiser = d.organiser();
        this.organiserName = organiserName;
        this.unitId = d.unitId();
        this.materials = materials;
        this.participants = List.copyOf(list);
    }

    /** Cancels a standing session with a reason, on today. */
    public void cancel(LocalDate today, String reason) {
        if (cancelled()) throw new OversightRefused("reason", "oversight.training.error.cancelled");
        String r = text(reason, REASON_MAX, "reason");
        if (r == null) throw new OversightRefused("reason", "validation.required");
        this.cancelledOn = today;
        this.cancelReason = r;
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) throw new OversightRefused(field, "validation.tooLong", max);
        return v;
    }

    TrainingSession withId(long newId) {
        return new TrainingSession(
                newId,
                topic,
                startsOn,
                endsOn,
                place,
                trainers,
                organiser,
                organiserName,
                unitId,
                materials,
                participants,
                cancelledOn,
                cancelReason,
                recordedBy,
                recordedAt,
                version);
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }

    /** Whether someone came for this club in a board role, so the session trains it (if not cancelled). */
    public boolean trains(long clubId) {
        return !cancelled()
                && participants.stream()
                        .anyMatch(p -> p.clubId() != null
                                && p.clubId() == clubId
                                && p.role().onTheBoard());
    }

    public Long id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String place() {
        return place;
    }

    public String trainers() {
        return trainers;
    }

    public Organiser organiser() {
        return organiser;
    }

    public String organiserName() {
        return organiserName;
    }

    public long unitId() {
        return unitId;
    }

    public String materials() {
        return materials;
    }

    public List<Participant> participants() {
        return participants;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int version() {
        return version;
    }
}
