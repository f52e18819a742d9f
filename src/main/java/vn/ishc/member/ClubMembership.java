package vn.ishc.member;

import java.time.LocalDate;

/** A membership of a club as other modules need it: who, when they joined and when they left (or null). */
public record ClubMembership(long personId, LocalDate joinedOn, LocalDate leftOn) {}
