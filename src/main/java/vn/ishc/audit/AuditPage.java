package vn.ishc.audit;

import java.util.List;

/** One page of audit or access-log entries. */
public record AuditPage<T>(List<T> entries, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
