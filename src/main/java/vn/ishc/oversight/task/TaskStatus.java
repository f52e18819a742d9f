package vn.ishc.oversight.task;

/** Where an agency's task stands (labels {@code task.status.<NAME>}). */
public enum TaskStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    NOT_DONE
}
