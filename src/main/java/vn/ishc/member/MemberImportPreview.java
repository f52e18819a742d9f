package vn.ishc.member;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A pending import as the preview shows it: every stored row checked, and the club's composition today
 * and after the valid rows joined. {@code outOfBand} are the rules the import would move out of band (a
 * warning, not a refusal).
 */
record MemberImportPreview(
        long importId,
        long clubId,
        String clubName,
        String fileName,
        String createdBy,
        LocalDateTime createdAt,
        Status status,
        List<MemberImportLine> lines,
        Composition now,
        Composition after,
        List<Composition.Check> outOfBand) {

    enum Status {
        PREVIEW,
        COMMITTED,
        DISCARDED
    }

    public int rows() {
        return lines.size();
    }

    public long rowsWithErrors() {
        return lines.stream().filter(l -> !l.valid()).count();
    }

    public long rowsWithWarnings() {
        return lines.stream().filter(l -> !l.warnings().isEmpty()).count();
    }

    /** The rows that would be saved. */
    public long validRows() {
        return rows() - rowsWithErrors();
    }

    /** Whether "save all" may be pressed: pending, at least one row, and no row in error. */
    public boolean committable() {
        return open() && !lines.isEmpty() && rowsWithErrors() == 0;
    }

    public boolean open() {
        return status == Status.PREVIEW;
    }

    public MemberImportLine line(int rowNumber) {
        return lines.stream().filter(l -> l.number() == rowNumber).findFirst().orElse(null);
    }
}
