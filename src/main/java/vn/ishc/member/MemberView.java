package vn.ishc.member;

import java.time.LocalDate;

/** A person with one of their memberships, as lists and pages show them. */
public record MemberView(
        long personId,
        int personVersion,
        long membershipId,
        long clubId,
        String clubName,
        PersonDetails person,
        LocalDate joinedOn,
        String joinReason,
        LocalDate leftOn,
        String leaveReason,
        boolean older,
        boolean disadvantaged) {

    public boolean active() {
        return leftOn == null;
    }
}
