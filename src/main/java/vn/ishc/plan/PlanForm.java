package vn.ishc.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that edits a plan's details, rules and targets (bound field by field). */
class PlanForm {
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    public String name;

    @Size(max = 500, message = "{validation.tooLong}")
    public String legalReference;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate start;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate end;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{plan.error.range}")
    @Max(value = 1000, message = "{plan.error.range}")
    public Integer membersMin;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{plan.error.range}")
    @Max(value = 1000, message = "{plan.error.range}")
    public Integer membersMax;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer womenMinPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer womenMaxPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer olderMinPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer olderMaxPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer youngerMinPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer youngerMaxPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 40, message = "{plan.error.olderAge}")
    @Max(value = 100, message = "{plan.error.olderAge}")
    public Integer olderAge;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.percent}")
    @Max(value = 100, message = "{plan.error.percent}")
    public Integer borrowersMinPercent;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.areas}")
    @Max(value = 8, message = "{plan.error.areas}")
    public Integer fullyActiveAreas;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.error.meetings}")
    @Max(value = 12, message = "{plan.error.meetings}")
    public Integer fullyActiveMeetings;

    /** Targets by indicator code; an empty field means no target. */
    public Map<
                    String,
                    @Min(value = 0, message = "{plan.error.target}")
                    @Max(value = 1000000, message = "{plan.error.target}") Integer>
            targets = new LinkedHashMap<>();

    @Size(max = 1000, message = "{validation.tooLong}")
    public String reason;

    public Integer version;

    static PlanForm of(Plan p) {
        PlanForm f = new PlanForm();
        f.name = p.name();
        f.legalReference = p.legalReference();
        f.start = p.start();
        f.end = p.end();
        PlanRules r = p.rules();
        f.membersMin = r.membersMin();
        f.membersMax = r.membersMax();
        f.womenMinPercent = r.womenMinPercent();
        f.womenMaxPercent = r.womenMaxPercent();
        f.olderMinPercent = r.olderMinPercent();
        f.olderMaxPercent = r.olderMaxPercent();
        f.youngerMinPercent = r.youngerMinPercent();
        f.youngerMaxPercent = r.youngerMaxPercent();
        f.olderAge = r.olderAge();
        f.borrowersMinPercent = r.borrowersMinPercent();
        f.fullyActiveAreas = r.fullyActiveAreas();
        f.fullyActiveMeetings = r.fullyActiveMeetings();
        for (Indicator i : Indicator.values()) f.targets.put(i.name(), p.target(i));
        f.version = p.version();
        return f;
    }

    PlanRules rules() {
        return new PlanRules(
                membersMin,
                membersMax,
                womenMinPercent,
                womenMaxPercent,
                olderMinPercent,
                olderMaxPercent,
                youngerMinPercent,
                youngerMaxPercent,
                olderAge,
                borrowersMinPercent,
                fullyActiveAreas,
                fullyActiveMeetings);
    }

    Map<Indicator, Integer> targetMap() {
        Map<Indicator, Integer> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            Integer v = targets.get(i.name());
            if (v != null) m.put(i, v);
        }
        return m;
    }
}
