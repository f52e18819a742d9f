package vn.ishc.club;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.shared.Vnd;

/** The form that founds or edits a club (bound field by field). */
class ClubForm {
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    public String name;

    @NotNull(message = "{validation.required}")
    public Long unitId;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate foundedOn;

    @Size(max = 50, message = "{validation.tooLong}")
    public String decisionNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate decisionDate;

    @Size(max = 200, message = "{validation.tooLong}")
    public String decisionIssuer;

    public ClubPhase phaseOverride;

    @Size(max = 500, message = "{validation.tooLong}")
    public String phaseOverrideReason;

    @Min(value = 1, message = "{club.error.meetingDay}")
    @Max(value = 31, message = "{club.error.meetingDay}")
    public Integer meetingDay;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate regulationsAdoptedOn;

    @PositiveOrZero(message = "{club.error.negativeMoney}")
    public Long initialFundCapital;

    @Size(max = 1000, message = "{validation.tooLong}")
    public String initialEquipment;

    public Integer version;

    static ClubForm of(ClubView c) {
        ClubForm f = new ClubForm();
        f.name = c.name();
        f.unitId = c.unitId();
        f.foundedOn = c.foundedOn();
        f.decisionNumber = c.decisionNumber();
        f.decisionDate = c.decisionDate();
        f.decisionIssuer = c.decisionIssuer();
        f.phaseOverride = c.phaseOverridden() ? c.phase() : null;
        f.phaseOverrideReason = c.phaseOverrideReason();
        f.meetingDay = c.meetingDay();
        f.regulationsAdoptedOn = c.regulationsAdoptedOn();
        f.initialFundCapital =
                c.initialFundCapital() == null ? null : c.initialFundCapital().dong();
        f.initialEquipment = c.initialEquipment();
        f.version = c.version();
        return f;
    }

    ClubDetails details() {
        return new ClubDetails(
                name,
                unitId,
                foundedOn,
                decisionNumber,
                decisionDate,
                decisionIssuer,
                phaseOverride,
                phaseOverrideReason,
                meetingDay,
                regulationsAdoptedOn,
                initialFundCapital == null ? null : Vnd.of(initialFundCapital),
                initialEquipment);
    }
}
