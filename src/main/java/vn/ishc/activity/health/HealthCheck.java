package vn.ishc.activity.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.ScreeningLine;

/**
 * A health check of a club's members with the ward health station (R7): the day, the station, who examined,
 * and every member examined with their screening. Recorded whole; readings are never edited afterwards.
 */
public final class HealthCheck {
    static final int NAME_MAX = 200;
    static final int NOTES_MAX = 500;

    /**
     * What a check is judged against, read by the service: today, the club's founding day and its members on
     * the day of the check (person id → name).
     */
    public record Context(LocalDate today, LocalDate foundedOn, Map<Long, String> members) {}

    private final Long id;
    private final long clubId;
    private final LocalDate checkedOn;
    private final String station;
    private final String examiner;
    private final List<Screening> screenings;
    private final String recordedBy;
    private final Instant recordedAt;

    HealthCheck(
            Long id,
            long clubId,
            LocalDate checkedOn,
            String station,
            String examiner,
            List<Screening> screenings,
            String recordedBy,
            Instant recordedAt) {
        this.id = id;
        this.clubId = clubId;
        this.checkedOn = checkedOn;
        this.station = station;
        this.examiner = examiner;
        this.screenings = List.copyOf(screenings);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * A check as recorded, every rule checked: a day not in the future nor before the club's founding; the
     * station and the examiner named; at least one member examined, each a member of the club on the day and
     * examined once; every reading within {@link HealthBounds}.
     */
    public static HealthCheck record(RecordHealthCheck c, Context ctx, String by, Instant at) {
        if (c.checkedOn() == null) throw new HealthRefused("checkedOn", "validation.required");
        if (c.checkedOn().isAfter(ctx.today())) throw new HealthRefused("checkedOn", "health.error.future");
        if (ctx.foundedOn() != null && c.checkedOn().isBefore(ctx.foundedOn()))
            throw new HealthRefused(
                    "checkedOn",
                    "health.error.beforeFounding",
                    ctx.foundedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String station = required(c.station(), NAME_MAX, "station");
        String examiner = required(c.examiner(), NAME_MAX, "examiner");
        if (c.lines().isEmpty()) throw new HealthRefused("lines", "health.error.nobodyExamined");
        List<Screening> screenings = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < c.lines().size(); i++) {
            ScreeningLine l = c.lines().get(i);
            String prefix = "lines[" + i + "].";
            if (!ctx.members().containsKey(l.personId()))
                throw new HealthRefused(prefix + "personId", "health.error.notAMember");
            if (!seen.add(l.personId())) throw new HealthRefused(prefix + "personId", "health.error.twice");
            HealthBounds.check(l.systolic(), l.diastolic(), l.bloodSugar(), prefix);
            String notes = optional(l.notes(), NOTES_MAX, prefix + "notes");
            screenings.add(new Screening(
                    l.personId(),
                    l.systolic(),
                    l.diastolic(),
                    l.bloodSugar() == null ? null : HealthBounds.sugar(l.bloodSugar(), prefix + "bloodSugar"),
                    notes));
        }
        return new HealthCheck(null, c.clubId(), c.checkedOn(), station, examiner, screenings, by, at);
    }

    static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw new HealthRefused(field, "validation.required");
        if (v.length() > max) throw new HealthRefused(field, "validation.tooLong");
        return v;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) throw new HealthRefused(field, "validation.tooLong");
        return v;
    }

    HealthCheck withId(long newId) {
        return new HealthCheck(newId, clubId, checkedOn, station, examiner, screenings, recordedBy, recordedAt);
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String station() {
        return station;
    }

    public String examiner() {
        return examiner;
    }

    public List<Screening> screenings() {
        return screenings;
    }

    public int examined() {
        return screenings.size();
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
