package vn.ishc.oversight.task;

/**
 * The records a task's evidence may link to, one implementation per {@link EvidenceKind}: whether a record
 * exists in the current user's scope, and the page that shows it: {@link ResourceEvidence} (through the
 * funding module's API), {@link TrainingEvidence} and {@link VisitEvidence} (this module's trainings and
 * visits). A kind with no implementation is refused as a link.
 */
public interface EvidenceLinks {

    /** The kind of record this answers for. */
    EvidenceKind kind();

    /** Whether the record exists and the current user may read it. */
    boolean exists(long id);

    /** The path of the record's page ({@code /resources/12}). */
    String link(long id);
}
