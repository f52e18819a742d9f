package vn.ishc.oversight.task;

/** What a task's evidence may link to (labels {@code task.evidence.<NAME>}). */
public enum EvidenceKind {
    TRAINING,
    VISIT,
    RESOURCE
}
