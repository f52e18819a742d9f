package vn.ishc.activity.care;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The rules of home care that are not one record's own (R8 and the field norms of requirements §6). */
public final class CareRules {
    /** The field norm: at least 5 home-care volunteers per club. */
    public static final int VOLUNTEER_NORM = 5;

    /** A recipient not visited for this many days is flagged. */
    public static final int NOT_VISITED_DAYS = 30;

    private CareRules() {}

    /** Whether a period since–until (inclusive, until open when null) holds the day. */
    public static boolean activeOn(LocalDate since, LocalDate until, LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    /** Whether a club's volunteers on a day are fewer than the field norm. */
    public static boolean belowNorm(long volunteers) {
        return volunteers < VOLUNTEER_NORM;
    }

    /**
     * Whether a recipient is flagged as not visited for 30 days today: their last visit (or, never visited,
     * the day they were taken into care) is 30 days or more before today.
     */
    public static boolean notVisited(LocalDate since, LocalDate lastVisit, LocalDate today) {
        LocalDate reference = lastVisit == null || lastVisit.isBefore(since) ? since : lastVisit;
        return !reference.plusDays(NOT_VISITED_DAYS).isAfter(today);
    }

    static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw new CareRefused(field, "validation.required");
        if (v.length() > max) throw new CareRefused(field, "validation.tooLong");
        return v;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) throw new CareRefused(field, "validation.tooLong");
        return v;
    }

    /** A start day: given, not in the future. */
    static void since(LocalDate since, LocalDate today, String field) {
        if (since == null) throw new CareRefused(field, "validation.required");
        if (since.isAfter(today)) throw new CareRefused(field, "care.error.future");
    }

    /** An end day: given, not in the future, not before the start. */
    static void until(LocalDate until, LocalDate since, LocalDate today) {
        if (until == null) throw new CareRefused("until", "validation.required");
        if (until.isAfter(today)) throw new CareRefused("until", "care.error.future");
        if (until.isBefore(since)) throw new CareRefused("until", "care.error.untilBeforeSince", since.format(DATE));
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
