package vn.ishc.club;

import java.util.List;

/** One page of clubs and the number of clubs matching the filters. */
public record ClubPage(List<ClubView> clubs, long total, int page, int size) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
