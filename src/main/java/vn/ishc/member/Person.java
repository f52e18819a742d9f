package vn.ishc.member;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.ishc.shared.SearchText;

/** A person, whether or not a member now; a merged duplicate points to the record that absorbed it. */
@Table("person")
class Person {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Id
    private Long id;

    private String fullName;
    private String nameKey;
    private Sex sex;
    private LocalDate birthDate;
    private int birthYear;
    private String ethnicity;
    private HouseholdStatus householdStatus;
    private Integer householdStatusYear;
    private boolean disability;
    private boolean livesAlone;
    private String otherHardship;
    private String nationalId;
    private String phone;
    private String residentialGroup;
    private Long mergedIntoId;
    private LocalDate erasedOn;

    @Version
    private Integer version;

    Person(
            Long id,
            String fullName,
            String nameKey,
            Sex sex,
            LocalDate birthDate,
            int birthYear,
            String ethnicity,
            HouseholdStatus householdStatus,
            Integer householdStatusYear,
            boolean disability,
            boolean livesAlone,
            String otherHardship,
            String nationalId,
            String phone,
            String residentialGroup,
            Long mergedIntoId,
            LocalDate erasedOn,
            Integer version) {
        this.id = id;
        this.fullName = fullName;
        this.nameKey = nameKey;
        this.sex = sex;
        this.birthDate = birthDate;
        this.birthYear = birthYear;
        this.ethnicity = ethnicity;
        this.householdStatus = householdStatus;
        this.householdStatusYear = householdStatusYear;
        this.disability = disability;
        this.livesAlone = livesAlone;
        this.otherHardship = otherHardship;
        this.nationalId = nationalId;
        this.phone = phone;
        this.residentialGroup = residentialGroup;
        this.mergedIntoId = mergedIntoId;
        this.erasedOn = erasedOn;
        this.version = version;
    }

    static Person record(PersonDetails d) {
        Person p = new Person(
                null, null, null, null, null, 0, null, null, null, false, false, null, null, null, null, null, null,
                null);
        p.describe(d);
        return p;
    }

    void describe(PersonDetails d) {
        this.fullName = SPACES.matcher(d.fullName().strip()).replaceAll(" ");
        this.nameKey = SearchText.key(d.fullName());
        this.sex = d.sex();
        this.birthDate = d.birthDate();
        this.birthYear = d.effectiveBirthYear();
        this.ethnicity = d.ethnicity().strip();
        this.householdStatus = d.householdStatus();
        this.householdStatusYear = d.householdStatus() == HouseholdStatus.NONE ? null : d.householdStatusYear();
        this.disability = d.disability();
        this.livesAlone = d.livesAlone();
        this.otherHardship = blankToNull(d.otherHardship());
        this.nationalId = blankToNull(d.nationalId());
        this.phone = blankToNull(d.phone());
        this.residentialGroup = blankToNull(d.residentialGroup());
    }

    /**
     * Absorbs a duplicate record: keeps this record's values and fills what it lacks from the other; the
     * other record then points here and gives up its national ID.
     */
    void absorb(Person other) {
        if (birthDate == null && other.birthDate != null && other.birthDate.getYear() == birthYear) {
            birthDate = other.birthDate;
        }
        if (householdStatus == HouseholdStatus.NONE && other.householdStatus != HouseholdStatus.NONE) {
            householdStatus = other.householdStatus;
            householdStatusYear = other.householdStatusYear;
        }
        disability = disability || other.disability;
        livesAlone = livesAlone || other.livesAlone;
        if (otherHardship == null) otherHardship = other.otherHardship;
        if (nationalId == null) nationalId = other.nationalId;
        if (phone == null) phone = other.phone;
        if (residentialGroup == null) residentialGroup = other.residentialGroup;
        other.nationalId = null;
        other.mergedIntoId = id;
    }

    /**
     * Erases the person's personal data on request (Decree 13/2023/NĐ-CP), for good: the name becomes
     * {@code anonymousName} (its search key too, so no duplicate check ever matches it), and the exact birth
     * date, national ID, phone, residential group and other hardship (free text) are cleared. What the
     * aggregates count stays: sex, birth year (the age class then follows the year, as for people recorded
     * with a year only), ethnicity, household status and its year, disability and living alone.
     */
    void erase(String anonymousName, LocalDate on) {
        if (erasedOn != null) throw new MemberRefused("reason", "personal.error.erased");
        this.fullName = anonymousName;
        this.nameKey = SearchText.key(anonymousName);
        this.birthDate = null;
        this.otherHardship = null;
        this.nationalId = null;
        this.phone = null;
        this.residentialGroup = null;
        this.erasedOn = on;
    }

    /** Whether the personal data were erased (then the record cannot be changed any more). */
    boolean erased() {
        return erasedOn != null;
    }

    PersonDetails details() {
        return new PersonDetails(
                fullName,
                sex,
                birthDate,
                birthYear,
                ethnicity,
                householdStatus,
                householdStatusYear,
                disability,
                livesAlone,
                otherHardship,
                nationalId,
                phone,
                residentialGroup);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }

    String nationalId() {
        return nationalId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
