package vn.ishc.member;

import java.time.LocalDate;

/**
 * Filters of the member list: members of one club or of the clubs on a unit's territory, active on
 * {@code activeOn} (or everyone who ever was a member when null), by sex, age class and name.
 */
public record MemberQuery(
        Long clubId, Long unitId, LocalDate activeOn, Sex sex, Boolean older, String text, int page, int size) {

    public static final int DEFAULT_SIZE = 50;

    public MemberQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 1_000_000);
    }

    public MemberQuery everything() {
        return new MemberQuery(clubId, unitId, activeOn, sex, older, text, 0, 1_000_000);
    }
}
