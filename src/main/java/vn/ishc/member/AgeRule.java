package vn.ishc.member;

import java.time.LocalDate;

/**
 * Older person = at least {@code olderFrom} years old on the reference date (60 by the Law on the
 * Elderly 2009; some clubs count from 55). With a birth date that is the exact age; with only a birth
 * year a person counts as that age for the whole calendar year in which they reach it, as ward lists do.
 */
public record AgeRule(int olderFrom) {

    public boolean isOlder(LocalDate birthDate, int birthYear, LocalDate on) {
        return birthDate != null ? !birthDate.plusYears(olderFrom).isAfter(on) : on.getYear() - birthYear >= olderFrom;
    }

    /**
     * People born on or before this date are older on {@code on} (when their birth date is known): the
     * bound the SQL phrase {@link MemberFacts#olderOn} compares with, so it agrees with {@link #isOlder}.
     */
    public LocalDate latestOlderBirthDate(LocalDate on) {
        LocalDate latest = on.minusYears(olderFrom);
        // Born on 29 February, a person reaches the age on 28 February of a common year (as isOlder counts),
        // one day earlier than on.minusYears says: 28 February 2019 is 55 years after 29 February 1964.
        LocalDate next = latest.plusDays(1);
        return isOlder(next, next.getYear(), on) ? next : latest;
    }

    /** People with only a birth year are older on {@code on} when born in or before this year. */
    public int latestOlderBirthYear(LocalDate on) {
        return on.getYear() - olderFrom;
    }
}
