package vn.ishc.club;

import java.time.LocalDate;

/** A club as other modules and the screens see it. */
public record ClubView(long id, String name, long unitId, LocalDate foundedOn, int version) {}
