package vn.ishc.club;

/** Labels: {@code club.status.<NAME>}. */
public enum ClubStatus {
    ACTIVE,
    SUSPENDED,
    DISSOLVED
}
