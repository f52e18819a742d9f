package vn.ishc.shared;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the current user may see and change. A unit scope holds every unit row, of any era, whose
 * territory lies inside the user's unit (its subtree through time, the units that merged into it and
 * the units formed only from it), so a scope follows the territory through mergers. A club scope
 * holds one club. Every module filters its queries through {@link #unitPredicate} and its single-row
 * reads and writes through {@link #includes} and {@link #permitsWrite}; nothing else decides access.
 */
public record Scope(Kind kind, Set<Long> unitIds, Long clubId, boolean writable) {

    public enum Kind {
        EVERYTHING,
        UNITS,
        CLUB,
        NOTHING
    }

    public Scope {
        unitIds = Set.copyOf(unitIds);
    }

    public static Scope everything(boolean writable) {
        return new Scope(Kind.EVERYTHING, Set.of(), null, writable);
    }

    public static Scope units(Set<Long> unitIds, boolean writable) {
        return new Scope(Kind.UNITS, unitIds, null, writable);
    }

    public static Scope club(long clubId, boolean writable) {
        return new Scope(Kind.CLUB, Set.of(), clubId, writable);
    }

    public static Scope nothing() {
        return new Scope(Kind.NOTHING, Set.of(), null, false);
    }

    /** Whether something recorded under {@code unitId}, belonging to {@code clubId} (or null), is visible. */
    public boolean includes(long unitId, Long clubId) {
        return switch (kind) {
            case EVERYTHING -> true;
            case UNITS -> unitIds.contains(unitId);
            case CLUB -> clubId != null && clubId.equals(this.clubId);
            case NOTHING -> false;
        };
    }

    /** Whether the scope has no limit (an administrator's). */
    public boolean unrestricted() {
        return kind == Kind.EVERYTHING;
    }

    /** Whether a unit as a whole (everything recorded under it) is visible: not to a club's board. */
    public boolean includesUnit(long unitId) {
        return switch (kind) {
            case EVERYTHING -> true;
            case UNITS -> unitIds.contains(unitId);
            case CLUB, NOTHING -> false;
        };
    }

    public boolean permitsWrite(long unitId, Long clubId) {
        return writable && includes(unitId, clubId);
    }

    /**
     * An SQL condition that keeps only rows in scope, given the columns holding a row's unit and club.
     * The ids are numbers from the database, so writing them inline is safe.
     */
    public String unitPredicate(String unitColumn, String clubColumn) {
        return switch (kind) {
            case EVERYTHING -> "1 = 1";
            case UNITS ->
                unitIds.isEmpty()
                        ? "1 = 0"
                        : unitColumn + " in ("
                                + new TreeSet<>(unitIds)
                                        .stream().map(String::valueOf).collect(Collectors.joining(","))
                                + ")";
            case CLUB -> clubColumn + " = " + clubId;
            case NOTHING -> "1 = 0";
        };
    }
}
