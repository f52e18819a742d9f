package vn.ishc.activity.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A traditional exercise group of a club (R7: dưỡng sinh, thái cực quyền, khí công…): its name, its kind,
 * since when it meets, and the members who take part.
 */
public final class ExerciseGroup {
    static final int NAME_MAX = 200;
    static final int KIND_MAX = 100;

    private final Long id;
    private final long clubId;
    private final String name;
    private final String kind;
    private final LocalDate since;
    private final List<Long> personIds;
    private final int version;

    ExerciseGroup(Long id, long clubId, String name, String kind, LocalDate since, List<Long> personIds, int version) {
        this.id = id;
        this.clubId = clubId;
        this.name = name;
        this.kind = kind;
        this.since = since;
        this.personIds = new ArrayList<>(personIds);
        this.version = version;
    }

    /**
     * A new group: named, of a kind, meeting since a day not in the future nor before the club's founding;
     * its first participants members of the club today, each once.
     */
    public static ExerciseGroup start(
            long clubId,
            String name,
            String kind,
            LocalDate since,
            List<Long> personIds,
            LocalDate today,
            LocalDate foundedOn,
            Set<Long> members) {
        String n = HealthCheck.required(name, NAME_MAX, "name");
        String k = HealthCheck.required(kind, KIND_MAX, "kind");
        if (since == null) throw new HealthRefused("since", "validation.required");
        if (since.isAfter(today)) throw new HealthRefused("since", "health.error.future");
        if (foundedOn != null && since.isBefore(foundedOn))
            throw new HealthRefused(
                    "since",
                    "health.error.beforeFounding",
                    foundedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        ExerciseGroup g = new ExerciseGroup(null, clubId, n, k, since, List.of(), 0);
        for (long p : personIds) g.join(p, members);
        return g;
    }

    /** A member of the club today takes part; not twice. */
    public void join(long personId, Set<Long> members) {
        if (!members.contains(personId)) throw new HealthRefused("personId", "health.error.notAMember");
        if (personIds.contains(personId)) throw new HealthRefused("personId", "health.error.alreadyInGroup");
        personIds.add(personId);
    }

    ExerciseGroup withId(long newId) {
        return new ExerciseGroup(newId, clubId, name, kind, since, personIds, version);
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public LocalDate since() {
        return since;
    }

    public List<Long> personIds() {
        return List.copyOf(personIds);
    }

    public int version() {
        return version;
    }
}
