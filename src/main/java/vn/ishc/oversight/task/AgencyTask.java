package vn.ishc.oversight.task;

import java.time.Instant;
import java.time.LocalDate;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;

/**
 * A task of an agency in a year (R16): one of its duties in the plan's section V (or a free task), for the ward
 * committees in one ward or commune, with its status and evidence. The rules: a task DONE has the day it was
 * done (not after today, not before its year began) and some evidence (a note, a document reference or a link
 * to a record that exists); the date done is kept only for a task DONE; a link names both its kind and its id.
 */
public final class AgencyTask {
    static final int TITLE_MAX = 500;
    static final int NOTE_MAX = 2000;
    static final int DOCUMENT_MAX = 200;

    private final Long id;
    private final String agencyCode;
    private final Long unitId;
    private final String dutyCode;
    private final int year;
    private final String title;
    private TaskStatus status;
    private LocalDate dueOn;
    private LocalDate doneOn;
    private String evidenceNote;
    private String evidenceDocument;
    private EvidenceKind evidenceKind;
    private Long evidenceId;
    private final String recordedBy;
    private final Instant recordedAt;
    private String changedBy;
    private Instant changedAt;
    private final int version;

    AgencyTask(
            Long id,
            String agencyCode,
            Long unitId,
            String dutyCode,
            int year,
            String title,
            TaskStatus status,
            LocalDate dueOn,
            LocalDate doneOn,
            String evidenceNote,
            String evidenceDocument,
            EvidenceKind evidenceKind,
            Long evidenceId,
            String recordedBy,
            Instant recordedAt,
            String changedBy,
            Instant changedAt,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.unitId = unitId;
        this.dutyCode = dutyCode;
        this.year = year;
        this.title = title;
        this.status = status;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
        this.evidenceNote = evidenceNote;
        this.evidenceDocument = evidenceDocument;
        this.evidenceKind = evidenceKind;
        this.evidenceId = evidenceId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** A duty of the plan as a task of the year, planned, due at the year's end. */
    public static AgencyTask planned(Duty duty, Long unitId, int year, String title, String by, Instant at) {
        String t = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        return new AgencyTask(
                null,
                duty.agencyCode(),
                unitId,
                duty.code(),
                year,
                t,
                TaskStatus.PLANNED,
                LocalDate.of(year, 12, 31),
                null,
                null,
                null,
                null,
                null,
                by,
                at,
                null,
                null,
                0);
    }

    /**
     * Changes the status, due date and evidence. {@code linkExists}: whether the linked record (if any) exists in
     * the user's scope, as the service found it.
     */
    public void update(UpdateTask c, LocalDate today, boolean linkExists, String by, Instant at) {
        if (c.status() == null) throw new TaskRefused("status", "validation.required");
        if ((c.evidenceKind() == null) != (c.evidenceId() == null)) {
            throw new TaskRefused(c.evidenceKind() == null ? "evidenceKind" : "evidenceId", "task.error.evidenceLink");
        }
        if (c.evidenceKind() != null && !linkExists) {
            throw new TaskRefused("evidenceId", "task.error.evidenceNotFound");
        }
        String note = text(c.evidenceNote());
        if (note != null && note.length() > NOTE_MAX)
            throw new TaskRefused("evidenceNote", "task.error.tooLong", NOTE_MAX);
        String doc = text(c.evidenceDocument());
        if (doc != null && doc.length() > DOCUMENT_MAX) {
            throw new TaskRefused("evidenceDocument", "task.error.tooLong", DOCUMENT_MAX);
        }
        if (c.dueOn() != null && (c.dueOn().getYear() < year || c.dueOn().getYear() > year + 1)) {
            throw new TaskRefused("dueOn", "task.error.dueOn", year);
        }
        LocalDate done = null;
        if (c.status() == TaskStatus.DONE) {
            done = c.doneOn();
            if (done == null) throw new TaskRefused("doneOn", "task.error.doneOnRequired");
            if (done.isAfter(today)) throw new TaskRefused("doneOn", "task.error.doneFuture");
            if (done.getYear() < year) throw new TaskRefused("doneOn", "task.error.doneBeforeYear", year);
            if (note == null && doc == null && c.evidenceKind() == null) {
                throw new TaskRefused("evidenceNote", "task.error.evidenceRequired");
            }
        }
        this.status = c.status();
        this.dueOn = c.dueOn();
        this.doneOn = done;
        this.evidenceNote = note;
        this.evidenceDocument = doc;
        this.evidenceKind = c.evidenceKind();
        this.evidenceId = c.evidenceId();
        this.changedBy = by;
        this.changedAt = at;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean done() {
        return status == TaskStatus.DONE;
    }

    public Long id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Long unitId() {
        return unitId;
    }

    public String dutyCode() {
        return dutyCode;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public TaskStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String evidenceNote() {
        return evidenceNote;
    }

    public String evidenceDocument() {
        return evidenceDocument;
    }

    public EvidenceKind evidenceKind() {
        return evidenceKind;
    }

    public Long evidenceId() {
        return evidenceId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public int version() {
        return version;
    }
}
