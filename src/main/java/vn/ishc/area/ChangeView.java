package vn.ishc.area;

import java.time.LocalDate;
import java.util.List;

/** A recorded unit change with the units it touched and its lineage (predecessor → successor ids). */
public record ChangeView(
        long id,
        ChangeKind kind,
        LocalDate effectiveDate,
        String legalReference,
        boolean dateConfirmed,
        String note,
        List<Long> ended,
        List<Long> created,
        List<Long> continued,
        List<Link> lineage,
        int version) {

    public record Link(long predecessorId, long successorId) {}
}
