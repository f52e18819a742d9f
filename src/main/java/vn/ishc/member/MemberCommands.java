package vn.ishc.member;

import java.time.LocalDate;

/** The typed commands the member registry accepts. */
public final class MemberCommands {
    private MemberCommands() {}

    /**
     * A new person joins a club. {@code notADuplicate} confirms that the user has seen the possible
     * duplicates (same name, birth year and ward) and this is someone else.
     */
    public record RegisterMember(
            long clubId, PersonDetails person, LocalDate joinedOn, String joinReason, boolean notADuplicate) {}

    /** Someone already on record (who is in no club on that date) joins a club. */
    public record JoinClub(long personId, long clubId, LocalDate joinedOn, String joinReason) {}

    /** Corrects a person's details; {@code version} is the one the user saw. */
    public record UpdatePerson(long personId, int version, PersonDetails person, boolean notADuplicate) {}

    /** A member leaves their club. */
    public record LeaveClub(long membershipId, LocalDate leftOn, String reason) {}

    /** A member moves to another club: leaves on {@code on} and joins the other the next day. */
    public record MoveMember(long membershipId, long toClubId, LocalDate on, String reason) {}

    /** Two records of one person become one: {@code keep} absorbs {@code duplicate} with its history. */
    public record MergePeople(long keepPersonId, long duplicatePersonId) {}

    /** A person's personal data are erased on their request, for the reason given (administrators only). */
    public record ErasePerson(long personId, String reason) {}
}
