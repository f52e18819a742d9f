package vn.ishc.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.shared.Heavy;
import vn.ishc.shared.Scope;
import vn.ishc.shared.TableDownload;

/**
 * The dashboard ("Bảng điều khiển") and the lists behind its figures. The view (plan, unit, as-of date,
 * unit era) is carried in the URL by a GET form, so a view can be bookmarked and shared, and every list
 * link carries the same parameters.
 */
@Controller
@Heavy
class DashboardController {
    private final IndicatorViews views;
    private final IndicatorEngine engine;
    private final PlanService plans;
    private final UnitDirectory units;
    private final MessageSource messages;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final vn.ishc.funding.Resources resources;

    DashboardController(
            IndicatorViews views,
            IndicatorEngine engine,
            PlanService plans,
            UnitDirectory units,
            MessageSource messages,
            org.springframework.context.ApplicationEventPublisher events,
            vn.ishc.funding.Resources resources) {
        this.resources = resources;
        this.messages = messages;
        this.views = views;
        this.engine = engine;
        this.plans = plans;
        this.units = units;
        this.events = events;
    }

    /** The column of the wards table: an indicator whose per-row figure is shown. */
    static final List<Indicator> WARD_COLUMNS = List.of(
            Indicator.UNITS_WITH_CLUB,
            Indicator.NEW_CLUBS,
            Indicator.NEW_CLUB_MEMBERS,
            Indicator.NEW_CLUB_OLDER_MEMBERS,
            Indicator.OLD_CLUBS_MAINTAINED,
            Indicator.CLUBS_COMPOSITION_OK,
            Indicator.DISADVANTAGED_MEMBERS);

    private View view(Long plan, Long unit, LocalDate asOf, String era, Model model) {
        View v = views.resolve(plan, unit, asOf, IndicatorApiController.era(era));
        model.addAttribute("view", v);
        model.addAttribute("plans", plans.all());
        model.addAttribute("planChosen", plan != null);
        model.addAttribute("era", v.era().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("unitChoices", unitChoices(v, views.scope()));
        return v;
    }

    /** The units the view can be switched to: those valid on the date inside the scope, and the current one. */
    private List<UnitView> unitChoices(View v, Scope scope) {
        List<UnitView> choices = new ArrayList<>();
        for (UnitView u : units.allAsOf(v.asOf())) {
            if (scope.includesUnit(u.id())) choices.add(u);
        }
        if (choices.stream().noneMatch(u -> u.id() == v.unit().id())) choices.add(0, v.unit());
        return choices;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String units,
            Model model) {
        View v = view(plan, unit, asOf, units, model);
        Dashboard d = engine.compute(v, views.scope());
        model.addAttribute("d", d);
        model.addAttribute("sourceLabels", sourceLabels(LocaleContextHolder.getLocale()));
        model.addAttribute("wardColumns", WARD_COLUMNS);
        model.addAttribute("rowNames", rowNames(d.rows()));
        model.addAttribute("years", d.result(Indicator.NEW_CLUBS_YEAR).perYear());
        model.addAttribute("yearTargets", yearTargets(v, d));
        model.addAttribute("planned", plannedPerYear(v, d));
        model.addAttribute("plannedByRow", plannedByRow(v, d));
        return "plans/dashboard";
    }

    /**
     * The year-by-year figures of every indicator, loaded by the dashboard page after it is shown (htmx): the
     * trend computes the dashboard once per plan year, so the page itself does not wait for it.
     */
    @GetMapping("/dashboard/trend")
    String trend(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String units,
            Model model) {
        View v = views.resolve(plan, unit, asOf, IndicatorApiController.era(units));
        Map<Indicator, Map<Integer, Number>> trend = engine.trend(v, views.scope());
        model.addAttribute("trend", trend);
        model.addAttribute(
                "trendYears",
                java.util.stream.IntStream.rangeClosed(
                                v.plan().start().getYear(), v.upTo().getYear())
                        .boxed()
                        .toList());
        return "plans/dashboard :: trend";
    }

    /**
     * The view's target of new clubs in each year of the chart: the whole plan's, or the view's units'
     * share of it for that year (null where they have none).
     */
    private Map<Integer, Integer> yearTargets(View v, Dashboard d) {
        Map<Integer, Integer> targets = new LinkedHashMap<>();
        for (Integer y : d.result(Indicator.NEW_CLUBS_YEAR).perYear().keySet()) {
            View yearView = new View(v.plan(), v.unit(), LocalDate.of(y, 12, 31), v.era());
            targets.put(
                    y,
                    engine.target(Indicator.NEW_CLUBS_YEAR, yearView, views.scope())
                            .value());
        }
        return targets;
    }

    /** The roadmap's new clubs per year, summed over the plan units in the view (plan units only). */
    private Map<Integer, Integer> plannedPerYear(View v, Dashboard d) {
        Map<Integer, Integer> planned = new LinkedHashMap<>();
        if (v.era() != Era.PLAN) return planned;
        for (EraMap.Row r : d.rows()) {
            if (!r.single()) continue;
            for (Plan.RoadmapEntry e : v.plan().roadmap()) {
                if (e.unitId() == r.unit().id()) planned.merge(e.year(), e.newClubs(), Integer::sum);
            }
        }
        return planned;
    }

    /** The roadmap's new clubs over the whole period, per plan unit of the view (plan units only). */
    private Map<String, Integer> plannedByRow(View v, Dashboard d) {
        Map<String, Integer> planned = new LinkedHashMap<>();
        if (v.era() != Era.PLAN || v.plan().roadmap().isEmpty()) return planned;
        for (EraMap.Row r : d.rows()) {
            if (!r.single()) continue;
            int sum = v.plan().roadmap().stream()
                    .filter(e -> e.unitId() == r.unit().id())
                    .mapToInt(Plan.RoadmapEntry::newClubs)
                    .sum();
            planned.put(r.key(), sum);
        }
        return planned;
    }

    static Map<String, String> rowNames(List<EraMap.Row> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (EraMap.Row r : rows) names.put(r.key(), IndicatorEngine.rowName(r));
        return names;
    }

    @GetMapping("/dashboard/list")
    String list(
            @RequestParam String indicator,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String units,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String row,
            Model model) {
        Indicator i = indicator(indicator);
        if (i.drill() == Indicator.Drill.NONE || !i.computed()) {
            throw new PlanRefused("indicator", "plan.error.noList");
        }
        View v = view(plan, unit, asOf, units, model);
        EraMap map = engine.eraMap(v);
        if (row != null && map.row(row) == null) throw new PlanRefused("row", "plan.error.row");
        model.addAttribute("indicator", i);
        model.addAttribute("rowKey", row);
        model.addAttribute("rowName", row == null ? null : IndicatorEngine.rowName(map.row(row)));
        model.addAttribute("year", year);
        model.addAttribute("rowNames", rowNames(map.rows()));
        model.addAttribute("limit", IndicatorEngine.LIST_LIMIT);
        Scope scope = views.scope();
        switch (i.drill()) {
            case UNITS -> model.addAttribute("unitLines", engine.units(v, scope));
            case CLUBS -> {
                Integer y = i == Indicator.NEW_CLUBS_YEAR ? (year != null ? year : v.year()) : null;
                model.addAttribute("year", y);
                model.addAttribute("clubLines", engine.clubs(v, scope, i, y, row));
            }
            case MEMBERS -> model.addAttribute("memberLines", viewed(engine.members(v, scope, i, row), v, i, row));
            case ENTRIES -> {
                model.addAttribute("entryLines", engine.entries(v, scope, row));
                model.addAttribute("sourceLabels", sourceLabels(LocaleContextHolder.getLocale()));
            }
            default -> throw new PlanRefused("indicator", "plan.error.noList");
        }
        return "plans/list";
    }

    /**
     * The list behind a figure as .xlsx or .csv: the same rows as the page (same view, row and year), with
     * headers and texts in the reader's language.
     */
    @GetMapping("/dashboard/list/export.{format}")
    void export(
            @PathVariable String format,
            @RequestParam String indicator,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String units,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String row,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Indicator i = indicator(indicator);
        if (i.drill() == Indicator.Drill.NONE || !i.computed()) {
            throw new PlanRefused("indicator", "plan.error.noList");
        }
        View v = views.resolve(plan, unit, asOf, IndicatorApiController.era(units));
        EraMap map = engine.eraMap(v);
        if (row != null && map.row(row) == null) throw new PlanRefused("row", "plan.error.row");
        Scope scope = views.scope();
        String yes = text("dashboard.list.yes", locale);
        String no = text("dashboard.list.no", locale);
        List<String> headers;
        List<List<?>> rows = new ArrayList<>();
        switch (i.drill()) {
            case UNITS -> {
                headers = List.of(
                        text("dashboard.unitColumn", locale),
                        text("dashboard.column.UNITS_WITH_CLUB", locale),
                        text("dashboard.list.counted", locale));
                for (IndicatorEngine.UnitLine l : engine.units(v, scope)) {
                    String name = IndicatorEngine.rowName(l.row());
                    rows.add(List.of(
                            l.row().single()
                                    ? name
                                    : messages.getMessage("dashboard.formedFrom", new Object[] {name}, locale),
                            l.activeClubs(),
                            !l.row().single()
                                    ? text("dashboard.list.notAUnit", locale)
                                    : l.activeClubs() > 0 ? yes : text("dashboard.list.noClub", locale)));
                }
            }
            case CLUBS -> {
                headers = List.of(
                        text("club.name", locale),
                        text("dashboard.list.recordedUnder", locale),
                        text("dashboard.list.foundedOn", locale),
                        text("dashboard.list.status", locale),
                        text("dashboard.list.members", locale),
                        text("dashboard.list.counted", locale),
                        text("dashboard.list.failing", locale));
                Integer y = i == Indicator.NEW_CLUBS_YEAR ? (year != null ? year : v.year()) : null;
                int olderAge = v.plan().rules().olderAge();
                for (IndicatorEngine.ClubLine l : engine.clubs(v, scope, i, y, row)) {
                    List<String> failing = new ArrayList<>();
                    for (var check : l.composition().checks()) {
                        if (check.band() != vn.ishc.member.Composition.Band.IN_BAND) {
                            failing.add(messages.getMessage(
                                    "composition.rule." + check.rule().name() + "."
                                            + check.band().name(),
                                    new Object[] {check.min(), check.max(), olderAge},
                                    locale));
                        }
                    }
                    rows.add(java.util.Arrays.asList(
                            l.name(),
                            l.recordedUnit() == null ? null : l.recordedUnit().name(),
                            l.foundedOn(),
                            l.status() == null ? null : text("club.status." + l.status(), locale),
                            (long) l.composition().members(),
                            l.counted() ? yes : no,
                            i == Indicator.CLUBS_COMPOSITION_OK ? String.join("; ", failing) : null));
                }
            }
            case ENTRIES -> {
                headers = List.of(
                        text("dashboard.list.receivedOn", locale),
                        text("dashboard.list.source", locale),
                        text("dashboard.list.kind", locale),
                        text("dashboard.list.recipient", locale),
                        text("club.name", locale),
                        text("dashboard.list.amount", locale));
                for (IndicatorEngine.EntryLine l : engine.entries(v, scope, row)) {
                    rows.add(java.util.Arrays.asList(
                            l.receivedOn(),
                            sourceLabels(locale).getOrDefault(l.source(), l.source()),
                            text("dashboard.list.kind." + l.kind(), locale),
                            l.unit() == null ? null : l.unit().name(),
                            l.clubName(),
                            vn.ishc.shared.Vnd.of(l.amount())));
                }
            }
            default -> {
                headers = List.of(
                        text("dashboard.list.member", locale),
                        text("dashboard.list.sex", locale),
                        text("dashboard.list.birthYear", locale),
                        text("club.name", locale),
                        text("dashboard.list.joinedOn", locale));
                for (IndicatorEngine.MemberLine l : viewed(engine.members(v, scope, i, row), v, i, row)) {
                    rows.add(java.util.Arrays.asList(
                            l.fullName(),
                            text("member.sex." + l.sex(), locale),
                            (long) l.birthYear(),
                            l.clubName(),
                            l.joinedOn()));
                }
            }
        }
        TableDownload.send(
                format,
                "chi-tieu-" + i.code().toLowerCase(Locale.ROOT) + "-" + v.asOf(),
                text(i.labelKey(), locale),
                headers,
                rows,
                response);
    }

    /** The funding sources' labels in the reader's language (the funding module's list). */
    private Map<String, String> sourceLabels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (vn.ishc.funding.Source src : resources.sources()) labels.put(src.code(), src.label(locale));
        return labels;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static Indicator indicator(String code) {
        try {
            return Indicator.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new PlanRefused("indicator", "plan.error.indicator");
        }
    }

    /** The members behind a figure are personal data: their listing goes to the access log (R19). */
    private List<IndicatorEngine.MemberLine> viewed(
            List<IndicatorEngine.MemberLine> lines, View v, Indicator i, String row) {
        if (!lines.isEmpty()) {
            events.publishEvent(new vn.ishc.shared.PersonalDataViewed(
                    "dashboard-members",
                    i.name() + " plan " + v.plan().id() + " unit " + v.unit().id() + " asOf " + v.asOf()
                            + (row == null ? "" : " row " + row),
                    v.unit().id(),
                    null,
                    lines.stream()
                            .map(IndicatorEngine.MemberLine::personId)
                            .distinct()
                            .toList()));
        }
        return lines;
    }
}
