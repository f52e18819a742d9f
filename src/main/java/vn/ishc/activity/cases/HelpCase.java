package vn.ishc.activity.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.ishc.activity.cases.CaseCommands.OpenCase;

/**
 * A case in which the club helped a member or a neighbour (R9): a social allowance, a health insurance card,
 * a legal question, emergency support; the steps taken, each with its day, and the outcome with its closing
 * day. Steps are added in order of time; a closed case takes no more steps.
 */
public final class HelpCase {
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 1000;
    static final int STEP_MAX = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A step taken on the case. */
    public record Step(LocalDate takenOn, String what) {}

    private final Long id;
    private final long clubId;
    private final Long personId;
    private final String helpedName;
    private final CaseKind kind;
    private final LocalDate openedOn;
    private final String summary;
    private final List<Step> steps;
    private String outcome;
    private LocalDate closedOn;
    private final String recordedBy;
    private final Instant recordedAt;
    private final int version;

    HelpCase(
            Long id,
            long clubId,
            Long personId,
            String helpedName,
            CaseKind kind,
            LocalDate openedOn,
            String summary,
            List<Step> steps,
            String outcome,
            LocalDate closedOn,
            String recordedBy,
            Instant recordedAt,
            int version) {
        this.id = id;
        this.clubId = clubId;
        this.personId = personId;
        this.helpedName = helpedName;
        this.kind = kind;
        this.openedOn = openedOn;
        this.summary = summary;
        this.steps = new ArrayList<>(steps);
        this.outcome = outcome;
        this.closedOn = closedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /**
     * A new case: for a member of the club ({@code memberName} their name, else null) or a neighbour by name;
     * of a kind; opened on a day not in the future nor before the club's founding.
     */
    public static HelpCase open(
            OpenCase c, String memberName, LocalDate today, LocalDate foundedOn, String by, Instant at) {
        String name;
        if (c.personId() != null) {
            if (memberName == null) throw new CaseRefused("personId", "case.error.notAMember");
            name = memberName;
        } else {
            name = required(c.neighbourName(), NAME_MAX, "neighbourName");
        }
        if (c.kind() == null) throw new CaseRefused("kind", "validation.required");
        if (c.openedOn() == null) throw new CaseRefused("openedOn", "validation.required");
        if (c.openedOn().isAfter(today)) throw new CaseRefused("openedOn", "case.error.future");
        if (foundedOn != null && c.openedOn().isBefore(foundedOn))
            throw new CaseRefused("openedOn", "case.error.beforeFounding", foundedOn.format(DATE));
        String summary = optional(c.summary(), TEXT_MAX, "summary");
        return new HelpCase(
                null,
                c.clubId(),
                c.personId(),
                name,
                c.kind(),
                c.openedOn(),
                summary,
                List.of(),
                null,
                null,
                by,
                at,
                0);
    }

    /** A step: on an open case, dated not before the case's opening nor its last step, not in the future. */
    public Step addStep(LocalDate on, String what, LocalDate today) {
        if (closed()) throw new CaseRefused("takenOn", "case.error.closed");
        String text = required(what, STEP_MAX, "what");
        if (on == null) throw new CaseRefused("takenOn", "validation.required");
        if (on.isAfter(today)) throw new CaseRefused("takenOn", "case.error.future");
        LocalDate after = lastDay();
        if (on.isBefore(after)) throw new CaseRefused("takenOn", "case.error.beforeLast", after.format(DATE));
        Step s = new Step(on, text);
        steps.add(s);
        return s;
    }

    /** Closes the case with its outcome, on a day not before its opening nor its last step, not in the future. */
    public void close(LocalDate on, String result, LocalDate today) {
        if (closed()) throw new CaseRefused("closedOn", "case.error.closed");
        String text = required(result, TEXT_MAX, "outcome");
        if (on == null) throw new CaseRefused("closedOn", "validation.required");
        if (on.isAfter(today)) throw new CaseRefused("closedOn", "case.error.future");
        LocalDate after = lastDay();
        if (on.isBefore(after)) throw new CaseRefused("closedOn", "case.error.beforeLast", after.format(DATE));
        outcome = text;
        closedOn = on;
    }

    /** The day of the last step, or the opening. */
    LocalDate lastDay() {
        return steps.isEmpty() ? openedOn : steps.get(steps.size() - 1).takenOn();
    }

    static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw new CaseRefused(field, "validation.required");
        if (v.length() > max) throw new CaseRefused(field, "validation.tooLong");
        return v;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) throw new CaseRefused(field, "validation.tooLong");
        return v;
    }

    HelpCase withId(long newId) {
        return new HelpCase(
                newId,
                clubId,
                personId,
                helpedName,
                kind,
                openedOn,
                summary,
                steps,
                outcome,
                closedOn,
                recordedBy,
                recordedAt,
                version);
    }

    public boolean closed() {
        return closedOn != null;
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public Long personId() {
        return personId;
    }

    public boolean member() {
        return personId != null;
    }

    public String helpedName() {
        return helpedName;
    }

    public CaseKind kind() {
        return kind;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String summary() {
        return summary;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public String outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
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
