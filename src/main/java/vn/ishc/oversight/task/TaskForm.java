package vn.ishc.oversight.task;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form updating a task: status, dates and evidence. */
class TaskForm {
    TaskStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate dueOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate doneOn;

    String evidenceNote;
    String evidenceDocument;
    EvidenceKind evidenceKind;
    Long evidenceId;
    Integer version;

    static TaskForm of(AgencyTask t) {
        TaskForm f = new TaskForm();
        f.status = t.status();
        f.dueOn = t.dueOn();
        f.doneOn = t.doneOn();
        f.evidenceNote = t.evidenceNote();
        f.evidenceDocument = t.evidenceDocument();
        f.evidenceKind = t.evidenceKind();
        f.evidenceId = t.evidenceId();
        f.version = t.version();
        return f;
    }
}
