package vn.ishc.club;

import java.time.LocalDate;

/**
 * Filters of the club list: clubs on the territory of {@code unitId} (a unit valid on {@code asOf}),
 * with a status and phase, whose name contains {@code text} (diacritics and case ignored); one page.
 */
public record ClubQuery(
        Long unitId, LocalDate asOf, ClubStatus status, ClubPhase phase, String text, int page, int size) {

    public static final int DEFAULT_SIZE = 25;

    public ClubQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 100_000);
    }

    /** The same filters without paging, e.g. for an export. */
    public ClubQuery everything() {
        return new ClubQuery(unitId, asOf, status, phase, text, 0, 100_000);
    }
}
