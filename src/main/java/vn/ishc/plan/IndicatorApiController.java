package vn.ishc.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorEngine.Figure;
import vn.ishc.plan.IndicatorEngine.Result;
import vn.ishc.shared.Heavy;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators and plans", description = "Plans with their targets, and the indicators computed live")
class IndicatorApiController {
    private final IndicatorViews views;
    private final IndicatorEngine engine;
    private final PlanService plans;
    private final MessageSource messages;
    private final UnitDirectory unitDirectory;

    IndicatorApiController(
            IndicatorViews views,
            IndicatorEngine engine,
            PlanService plans,
            MessageSource messages,
            UnitDirectory unitDirectory) {
        this.unitDirectory = unitDirectory;
        this.views = views;
        this.engine = engine;
        this.plans = plans;
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** {@code plan} or {@code current} (any case); anything else is refused with a clear message. */
    static Era era(String units) {
        if (units == null || units.isBlank()) return null;
        return switch (units.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "plan" -> Era.PLAN;
            case "current" -> Era.CURRENT;
            default -> throw new PlanRefused("units", "plan.error.units");
        };
    }

    record RowDto(String key, String name, List<Long> unitIds, boolean formedFromSeveral) {}

    record IndicatorDto(
            String code,
            String label,
            String measure,
            Number actual,
            Integer target,
            String targetBasis,
            Long numerator,
            Long denominator,
            IndicatorStatus status,
            String noDataReason,
            Integer year,
            Map<Integer, Long> perYear,
            Map<String, Figure> byUnit,
            Map<String, Long> bySource,
            Map<Integer, Number> trend) {}

    record IndicatorsDto(
            long planId,
            String planName,
            long unitId,
            String unitName,
            LocalDate asOf,
            String units,
            LocalDate unitsOf,
            List<RowDto> rows,
            List<IndicatorDto> indicators) {}

    @Heavy
    @GetMapping("/indicators")
    @Operation(
            summary = "Every indicator of the plan, computed live for a unit's territory as of a date",
            description = "Shares come with numerator and denominator, counts and money with the numerator only"
                    + " (money: whole đồng, with bySource); trend (only with trend=true): the figure at the end of"
                    + " each plan year up to asOf (asOf itself for its year); an"
                    + " indicator whose records no module keeps yet has status NO_DATA, no figure and a"
                    + " noDataReason. A unit outside the caller's scope is 404; a malformed parameter 400.")
    IndicatorsDto indicators(
            @Parameter(description = "plan id; default: the plan in force on asOf for the unit")
                    @RequestParam(required = false)
                    Long plan,
            @Parameter(description = "unit id (any era); default: the root of the caller's scope")
                    @RequestParam(required = false)
                    Long unit,
            @Parameter(description = "ISO date; default: today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(
                            description =
                                    "`plan`: the plan's units through unit lineage; `current` (default): the units of asOf."
                                            + " Each indicator's targetBasis says what its target is: PLAN (the whole"
                                            + " plan's, or a percent standard), UNIT_SHARE (the share of the plan's"
                                            + " units in the view), NOT_SET (a count target the view's units have no"
                                            + " share of: target null, never the whole plan's), NONE (no target)")
                    @RequestParam(required = false)
                    String units,
            @Parameter(
                            description = "`true`: add each indicator's trend (the figure at the end of every plan"
                                    + " year; it computes the indicators once per year, so ask for it only when"
                                    + " shown); default `false`: trend is null")
                    @RequestParam(defaultValue = "false")
                    boolean trend) {
        var view = views.resolve(plan, unit, asOf, era(units));
        Dashboard d = engine.compute(view, views.scope());
        Map<Indicator, Map<Integer, Number>> trends = trend ? engine.trend(view, views.scope()) : Map.of();
        List<RowDto> rows = d.rows().stream()
                .map(r -> new RowDto(
                        r.key(),
                        IndicatorEngine.rowName(r),
                        r.units().stream().map(UnitView::id).toList(),
                        !r.single()))
                .toList();
        List<IndicatorDto> indicators =
                d.results().stream().map(r -> dto(r, trends.get(r.indicator()))).toList();
        return new IndicatorsDto(
                d.plan().id(),
                d.plan().name(),
                d.unit().id(),
                d.unit().name(),
                d.asOf(),
                d.era().name().toLowerCase(java.util.Locale.ROOT),
                d.eraDate(),
                rows,
                indicators);
    }

    private IndicatorDto dto(Result r, Map<Integer, Number> trend) {
        Indicator i = r.indicator();
        boolean share = i.measure().isShare();
        return new IndicatorDto(
                i.code(),
                text(i.labelKey()),
                i.measure().name(),
                r.actual(),
                r.target(),
                r.targetBasis().name(),
                r.computed() ? r.total().numerator() : null,
                r.computed() && share ? r.total().denominator() : null,
                r.status(),
                i.computed() ? null : text(i.noDataReason()),
                r.year(),
                i.measure() == Indicator.Measure.COUNT_PER_YEAR ? r.perYear() : null,
                r.computed() ? r.byRow() : null,
                i.measure() == Indicator.Measure.MONEY ? r.bySource() : null,
                r.computed() ? trend : null);
    }

    record TargetDto(String code, String label, int target) {}

    record RoadmapDto(long unitId, String unitName, int year, int newClubs) {}

    record UnitTargetDto(long unitId, String unitName, String code, int target) {}

    record PlanDto(
            long id,
            int version,
            String name,
            String legalReference,
            LocalDate start,
            LocalDate end,
            LocalDate unitsDate,
            boolean locked,
            Set<Long> unitIds,
            PlanRules rules,
            List<TargetDto> targets,
            List<RoadmapDto> roadmap,
            List<UnitTargetDto> unitTargets) {}

    @GetMapping("/plans")
    @Operation(
            summary = "Every plan with its scope, rules, targets, ward roadmap and units' shares of the count"
                    + " targets (unitTargets: members and older members of new clubs; new clubs are the roadmap's)")
    List<PlanDto> plans() {
        return plans.all().stream().map(this::dto).toList();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan, as in the list; its version is the one a change of its units' shares names")
    PlanDto plan(@org.springframework.web.bind.annotation.PathVariable long id) {
        return dto(plans.get(id));
    }

    private PlanDto dto(Plan p) {
        Map<Indicator, Integer> ordered = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) if (p.target(i) != null) ordered.put(i, p.target(i));
        return new PlanDto(
                p.id(),
                p.version(),
                p.name(),
                p.legalReference(),
                p.start(),
                p.end(),
                p.unitsDate(),
                p.locked(),
                new TreeSet<>(p.units()),
                p.rules(),
                ordered.entrySet().stream()
                        .map(e ->
                                new TargetDto(e.getKey().code(), text(e.getKey().labelKey()), e.getValue()))
                        .toList(),
                p.roadmap().stream()
                        .map(r -> new RoadmapDto(
                                r.unitId(),
                                unitDirectory
                                        .find(r.unitId())
                                        .map(UnitView::name)
                                        .orElse(null),
                                r.year(),
                                r.newClubs()))
                        .toList(),
                p.unitTargets().stream()
                        .map(t -> new UnitTargetDto(
                                t.unitId(),
                                unitDirectory
                                        .find(t.unitId())
                                        .map(UnitView::name)
                                        .orElse(null),
                                t.indicator().code(),
                                t.target()))
                        .toList());
    }

    /** The units' shares of a plan's count targets, all at once (those left out have none). */
    record UnitTargetsRequest(
            @jakarta.validation.constraints.NotNull Integer version,
            String reason,
            @jakarta.validation.constraints.NotNull List<@jakarta.validation.Valid UnitTargetEntry> targets) {}

    record UnitTargetEntry(
            @jakarta.validation.constraints.NotNull Long unitId,
            @jakarta.validation.constraints.NotBlank String code,
            @jakarta.validation.constraints.NotNull Integer target) {}

    record ChangedDto(int changed) {}

    @org.springframework.web.bind.annotation.PutMapping("/plans/{id}/unit-targets")
    @Operation(
            summary = "Replace the units' shares of the plan's count targets",
            description = "codes NEW_CLUB_MEMBERS and NEW_CLUB_OLDER_MEMBERS, for units of the plan's scope, 0 to"
                    + " 100000; version is the plan's (409 if it moved); a locked plan needs a reason (400)."
                    + " Audited like every plan change.")
    ChangedDto setUnitTargets(
            @org.springframework.web.bind.annotation.PathVariable long id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody UnitTargetsRequest body) {
        List<Plan.UnitTarget> targets = new java.util.ArrayList<>();
        for (UnitTargetEntry e : body.targets()) {
            Indicator i;
            try {
                i = Indicator.valueOf(e.code().strip());
            } catch (IllegalArgumentException ex) {
                throw new PlanRefused("unitTargets", "plan.error.unitTargetIndicator");
            }
            targets.add(new Plan.UnitTarget(e.unitId(), i, e.target()));
        }
        return new ChangedDto(
                plans.setUnitTargets(new PlanCommands.SetUnitTargets(id, body.version(), targets, body.reason())));
    }
}
