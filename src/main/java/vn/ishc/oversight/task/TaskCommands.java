package vn.ishc.oversight.task;

import java.time.LocalDate;

/** One typed command per use of the agencies' tasks. */
public final class TaskCommands {
    private TaskCommands() {}

    /** Creates the tasks of a year from the plan's duties (each agency, each ward committee); idempotent. */
    public record CreateYearTasks(int year) {}

    /**
     * Updates a task (if still the version read): its status, due date, the date done and the evidence (a note,
     * a document reference, a link to a training, a visit or a resource entry).
     */
    public record UpdateTask(
            long id,
            int version,
            TaskStatus status,
            LocalDate dueOn,
            LocalDate doneOn,
            String evidenceNote,
            String evidenceDocument,
            EvidenceKind evidenceKind,
            Long evidenceId) {}
}
