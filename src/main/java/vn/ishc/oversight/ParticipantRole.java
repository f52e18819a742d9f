package vn.ishc.oversight;

import vn.ishc.club.BoardRole;

/**
 * The role a person came to a training session in (labels {@code oversight.role.<NAME>}): one of the club
 * board's roles ({@link BoardRole}: the first six, same names), or an ordinary club member, a volunteer, a ward
 * or city officer, or someone else.
 */
public enum ParticipantRole {
    CHAIR,
    VICE_CHAIR,
    TREASURER,
    SECRETARY,
    TEAM_LEADER,
    MEMBER,
    CLUB_MEMBER,
    VOLUNTEER,
    OFFICER,
    OTHER;

    /** Whether the role is a seat on the club's board (the roles of {@link BoardRole}). */
    public boolean onTheBoard() {
        for (BoardRole b : BoardRole.values()) if (b.name().equals(name())) return true;
        return false;
    }

    /** Whether a person in this role comes for a club (everyone but officers and others may be without one). */
    public boolean needsClub() {
        return onTheBoard() || this == CLUB_MEMBER || this == VOLUNTEER;
    }
}
