package vn.ishc.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The member form: a person's details and, when joining, the date and reason (bound field by field). */
class PersonForm {
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    public String fullName;

    @NotNull(message = "{validation.required}")
    public Sex sex;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate birthDate;

    public Integer birthYear;

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    public String ethnicity = "Kinh";

    @NotNull(message = "{validation.required}")
    public HouseholdStatus householdStatus = HouseholdStatus.NONE;

    public Integer householdStatusYear;
    public boolean disability;
    public boolean livesAlone;

    @Size(max = 500, message = "{validation.tooLong}")
    public String otherHardship;

    @Size(max = 20, message = "{validation.tooLong}")
    public String nationalId;

    @Size(max = 30, message = "{validation.tooLong}")
    public String phone;

    @Size(max = 100, message = "{validation.tooLong}")
    public String residentialGroup;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate joinedOn;

    @Size(max = 500, message = "{validation.tooLong}")
    public String joinReason;

    /** The user has seen the possible duplicates and says this is someone else. */
    public boolean notADuplicate;

    public Integer version;

    static PersonForm of(MemberView m) {
        PersonForm f = new PersonForm();
        PersonDetails d = m.person();
        f.fullName = d.fullName();
        f.sex = d.sex();
        f.birthDate = d.birthDate();
        f.birthYear = d.birthDate() == null ? d.birthYear() : null;
        f.ethnicity = d.ethnicity();
        f.householdStatus = d.householdStatus();
        f.householdStatusYear = d.householdStatusYear();
        f.disability = d.disability();
        f.livesAlone = d.livesAlone();
        f.otherHardship = d.otherHardship();
        f.nationalId = d.nationalId();
        f.phone = d.phone();
        f.residentialGroup = d.residentialGroup();
        f.version = m.personVersion();
        return f;
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
}
