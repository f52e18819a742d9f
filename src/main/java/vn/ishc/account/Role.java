package vn.ishc.account;

/** Roles of requirements section 1; labels are the message keys {@code role.<NAME>}. */
public enum Role {
    ADMIN,
    CITY_OFFICER,
    WARD_OFFICER,
    CLUB_BOARD,
    VIEWER;

    public boolean needsUnit() {
        return this == CITY_OFFICER || this == WARD_OFFICER || this == VIEWER;
    }

    public boolean needsClub() {
        return this == CLUB_BOARD;
    }

    public boolean writes() {
        return this != VIEWER;
    }
}
