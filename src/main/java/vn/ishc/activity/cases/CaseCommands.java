package vn.ishc.activity.cases;

import java.time.LocalDate;

/** One typed command per use of self-help and rights cases. */
public final class CaseCommands {
    private CaseCommands() {}

    /** A case opened for a member of the club (personId) or a neighbour by name. */
    public record OpenCase(
            long clubId, Long personId, String neighbourName, CaseKind kind, LocalDate openedOn, String summary) {}

    /** A step taken on a case, with its day. */
    public record AddStep(long caseId, int version, LocalDate takenOn, String what) {}

    /** A case closed with its outcome. */
    public record CloseCase(long caseId, int version, LocalDate closedOn, String outcome) {}
}
