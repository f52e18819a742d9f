package vn.ishc.club;

/** Roles on a club's management board (R2). Labels: {@code club.board.role.<NAME>}. */
public enum BoardRole {
    CHAIR,
    VICE_CHAIR,
    TREASURER,
    SECRETARY,
    TEAM_LEADER,
    MEMBER
}
