package vn.ishc.member;

import java.time.LocalDate;

/**
 * What is recorded about a person (R3). Either {@code birthDate} or {@code birthYear} is given; with
 * a birth date the year follows from it. {@code nationalId} is optional and sensitive.
 */
public record PersonDetails(
        String fullName,
        Sex sex,
        LocalDate birthDate,
        Integer birthYear,
        String ethnicity,
        HouseholdStatus householdStatus,
        Integer householdStatusYear,
        boolean disability,
        boolean livesAlone,
        String otherHardship,
        String nationalId,
        String phone,
        String residentialGroup) {

    public int effectiveBirthYear() {
        return birthDate != null ? birthDate.getYear() : birthYear;
    }
}
