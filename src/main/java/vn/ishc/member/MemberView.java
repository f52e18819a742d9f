package vn.ishc.member;

import java.time.LocalDate;

/**
 * A person with one of their memberships, as lists and pages show them; {@code erased}: the person's personal
 * data were erased on request (the name is an anonymous label).
 */
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
        boolean disadvantaged,
        boolean erased) {

    public boolean active() {
        return leftOn == null;
    }
}
