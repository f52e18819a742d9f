package vn.ishc.club;

import java.time.LocalDate;

/** A club was dissolved on a date, for a reason; its members leave with it (member module). */
public record ClubDissolved(long clubId, LocalDate on, String reason) {}
