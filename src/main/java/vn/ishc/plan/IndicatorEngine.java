package vn.ishc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.member.AgeRule;
import vn.ishc.member.Composition;
import vn.ishc.shared.Scope;

/**
 * Computes every {@link Indicator} live, as of a date, for the territory of a unit, by the units of a
 * date or by the plan's units ({@link EraMap}), for what the caller's {@link Scope} may see. The rows of
 * the view and the recording units behind each are worked out in Java from the unit graph (units are
 * few); the records are counted in SQL, in one pass over the clubs of the view for every club indicator and
 * one over their memberships for every member indicator ({@link IndicatorSql#figures}), grouped by
 * recording unit, whatever the number of clubs and members. A dashboard is therefore two statements
 * ({@code IndicatorEngineQueryCountTest}).
 */
@Service
public class IndicatorEngine {

    /** The most rows a list behind a figure shows. */
    static final int LIST_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    IndicatorEngine(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** A numerator and, for shares, a denominator (0 for plain counts). */
    public record Figure(long numerator, long denominator) {
        static final Figure ZERO = new Figure(0, 0);

        Figure plus(Figure o) {
            return new Figure(numerator + o.numerator, denominator + o.denominator);
        }

        /** The share in percent, one decimal; null without a denominator. */
        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }
    }

    /**
     * One indicator in one view.
     *
     * @param total the whole view's figure (for {@link Indicator.Measure#COUNT_PER_YEAR}: the year's)
     * @param byRow each row's figure; for {@link Indicator#UNITS_WITH_CLUB} the row's number of active clubs
     * @param perYear new clubs per year of the plan so far (only {@link Indicator#NEW_CLUBS_YEAR})
     * @param byRowYear new clubs per row and year (only {@link Indicator#NEW_CLUBS_YEAR})
     * @param year the year of {@code total} for per-year indicators
     * @param bySource for money: the amount per funding source (its code), largest first
     */
    public record Result(
            Indicator indicator,
            Figure total,
            Integer target,
            IndicatorStatus status,
            Map<String, Figure> byRow,
            Map<Integer, Long> perYear,
            Map<String, Map<Integer, Long>> byRowYear,
            Integer year,
            Map<String, Long> bySource,
            TargetBasis targetBasis) {

        Result(
                Indicator indicator,
                Figure total,
                Integer target,
                IndicatorStatus status,
                Map<String, Figure> byRow,
                Map<Integer, Long> perYear,
                Map<String, Map<Integer, Long>> byRowYear,
                Integer year,
                TargetBasis targetBasis) {
            this(indicator, total, target, status, byRow, perYear, byRowYear, year, Map.of(), targetBasis);
        }

        /** Whether the plan has this target but the view's units have no share of it (shown as "not set"). */
        public boolean targetNotSet() {
            return targetBasis == TargetBasis.NOT_SET;
        }

        public boolean computed() {
            return indicator.computed();
        }

        /** The figure as shown: a percent for shares, else the count; null when not computed. */
        public Number actual() {
            if (!computed()) return null;
            return indicator.measure().isShare() ? total.percent() : (Number) total.numerator();
        }

        /** For money: the total in đồng. */
        public vn.ishc.shared.Vnd money() {
            return vn.ishc.shared.Vnd.of(total.numerator());
        }

        /** For money: each source's amount in đồng, largest first. */
        public Map<String, vn.ishc.shared.Vnd> moneyBySource() {
            Map<String, vn.ishc.shared.Vnd> out = new LinkedHashMap<>();
            bySource.forEach((k, v) -> out.put(k, vn.ishc.shared.Vnd.of(v)));
            return out;
        }

        /** How far the figure is towards its target, 0–100, for the progress bar; null without target. */
        public Integer progress() {
            if (target == null || !computed()) return null;
            if (target == 0) return 100;
            double value =
                    indicator.measure().isShare() ? (total.percent() == null ? 0 : total.percent()) : total.numerator();
            return (int) Math.max(0, Math.min(100, Math.floor(value * 100 / target)));
        }
    }

    /**
     * What a view's target is. {@code PLAN}: the whole plan's (a view over every unit of the plan, or a
     * standard in percent that holds for each unit); {@code UNIT_SHARE}: the sum of the shares of the plan's
     * units inside the view ({@link Plan#share}); {@code NOT_SET}: a count target of which the view's units
     * (or a club) have no share, so none is shown rather than the whole plan's; {@code NONE}: the plan has no
     * such target.
     */
    public enum TargetBasis {
        PLAN,
        UNIT_SHARE,
        NOT_SET,
        NONE
    }

    /** A view's target of an indicator and where it comes from. */
    public record Target(Integer value, TargetBasis basis) {}

    /**
     * The target a view is judged against ({@link TargetBasis}): the whole plan's when the view holds every
     * unit of the plan, or for a standard in percent; else, for a count, the share of the plan's units inside
     * the view's territory (none for a club board's view: a club has no share of the plan).
     */
    Target target(Indicator i, View v, Scope scope) {
        Integer whole = v.plan().target(i);
        if (whole == null) return new Target(null, TargetBasis.NONE);
        if (!Plan.sharedByUnits(i)) return new Target(whole, TargetBasis.PLAN);
        if (scope.clubId() != null) return new Target(null, TargetBasis.NOT_SET);
        Set<Long> territory = units.territory(v.unit().id());
        Set<Long> inView =
                v.plan().units().stream().filter(territory::contains).collect(Collectors.toCollection(TreeSet::new));
        if (inView.size() == v.plan().units().size()) return new Target(whole, TargetBasis.PLAN);
        Integer share = v.plan().share(i, inView, v.year());
        return share == null ? new Target(null, TargetBasis.NOT_SET) : new Target(share, TargetBasis.UNIT_SHARE);
    }

    /** Everything a dashboard shows. */
    public record Dashboard(
            Plan plan,
            UnitView unit,
            LocalDate asOf,
            Era era,
            LocalDate eraDate,
            List<EraMap.Row> rows,
            List<Result> results) {

        public Result result(Indicator i) {
            return results.stream().filter(r -> r.indicator() == i).findFirst().orElseThrow();
        }
    }

    /** The view: which plan, which unit's territory, which date, which era. */
    public record View(Plan plan, UnitView unit, LocalDate asOf, Era era) {
        LocalDate eraDate() {
            return era == Era.PLAN ? plan.unitsDate() : asOf;
        }

        /** The last day counted in the plan period: the earlier of the plan's end and the as-of date. */
        LocalDate upTo() {
            return plan.end().isBefore(asOf) ? plan.end() : asOf;
        }

        /** The year the per-year card shows. */
        int year() {
            int y = upTo().getYear();
            return Math.max(y, plan.start().getYear());
        }
    }

    EraMap eraMap(View v) {
        return EraMap.of(
                units,
                v.unit().id(),
                v.eraDate(),
                v.era() == Era.PLAN ? v.plan().units() : null);
    }

    public Dashboard compute(View v, Scope scope) {
        EraMap map = eraMap(v);
        Map<String, Object> params = params(v);
        Map<Indicator, Result> computed = new EnumMap<>(Indicator.class);
        Map<String, List<Indicator>> byFrom = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            if (i.computed() && !i.from().equals(Indicator.From.RESOURCES))
                byFrom.computeIfAbsent(i.from(), f -> new ArrayList<>()).add(i);
        }
        Map<Indicator, Target> targets = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) targets.put(i, target(i, v, scope));
        for (List<Indicator> sameRows : byFrom.values())
            computed.putAll(compute(sameRows, v, map, scope, params, targets));
        computed.put(Indicator.RESOURCES_MOBILISED, resources(v, map, scope, params));
        List<Result> results = new ArrayList<>();
        for (Indicator i : Indicator.values())
            results.add(i.computed() ? computed.get(i) : notComputed(i, v, targets.get(i)));
        List<EraMap.Row> rows = map.rows().stream()
                .filter(r -> r.single() || results.stream().anyMatch(res -> counts(res, r)))
                .toList();
        return new Dashboard(v.plan(), v.unit(), v.asOf(), v.era(), v.eraDate(), rows, List.copyOf(results));
    }

    /**
     * Whether a row has anything in a result. A "formed from" row is shown only when it has records: the
     * units formed after the date of a view have nothing then, and an empty row would only puzzle.
     */
    private static boolean counts(Result res, EraMap.Row r) {
        Figure f = res.byRow().get(r.key());
        return f != null && (f.numerator() > 0 || f.denominator() > 0);
    }

    private Result notComputed(Indicator i, View v, Target target) {
        return new Result(
                i,
                Figure.ZERO,
                target.value(),
                IndicatorStatus.NO_DATA,
                Map.of(),
                Map.of(),
                Map.of(),
                null,
                target.basis());
    }

    /** One indicator's figures as the rows of the statement come in. */
    private static final class Sums {
        final Map<String, Figure> byRow = new LinkedHashMap<>();
        final Map<Integer, Long> perYear = new TreeMap<>();
        final Map<String, Map<Integer, Long>> byRowYear = new LinkedHashMap<>();
    }

    /**
     * The figures of indicators that look at the same rows, from one statement ({@link IndicatorSql#figures}):
     * club rows come per recording unit and founding year, member rows per recording unit.
     */
    private Map<Indicator, Result> compute(
            List<Indicator> indicators,
            View v,
            EraMap map,
            Scope scope,
            Map<String, Object> params,
            Map<Indicator, Target> targets) {
        Map<Indicator, Sums> sums = new EnumMap<>(Indicator.class);
        for (Indicator i : indicators) {
            Sums s = new Sums();
            for (EraMap.Row r : map.rows()) s.byRow.put(r.key(), Figure.ZERO);
            if (i.measure() == Indicator.Measure.COUNT_PER_YEAR) {
                for (int y = v.plan().start().getYear(); y <= v.upTo().getYear(); y++) s.perYear.put(y, 0L);
            }
            sums.put(i, s);
        }
        boolean byYear = indicators.get(0).from().equals(Indicator.From.CLUBS);
        jdbc.sql(IndicatorSql.figures(
                        indicators,
                        filter(map.recordingUnits(), scope),
                        v.plan().rules().composition()))
                .params(params)
                .query(rs -> {
                    EraMap.Row row = map.rowOf(rs.getLong("unit_id"));
                    if (row == null) return;
                    int y = byYear ? rs.getInt("yr") : 0;
                    for (int k = 0; k < indicators.size(); k++) {
                        Indicator i = indicators.get(k);
                        Sums s = sums.get(i);
                        Figure f = new Figure(rs.getLong("num" + k), rs.getLong("den" + k));
                        if (f.numerator() == 0 && f.denominator() == 0) continue;
                        if (i.measure() == Indicator.Measure.COUNT_PER_YEAR) {
                            if (!s.perYear.containsKey(y)) continue;
                            s.perYear.merge(y, f.numerator(), Long::sum);
                            s.byRowYear
                                    .computeIfAbsent(row.key(), key -> new TreeMap<>())
                                    .merge(y, f.numerator(), Long::sum);
                            if (y != v.year()) continue;
                        }
                        s.byRow.merge(row.key(), f, Figure::plus);
                    }
                });
        Map<Indicator, Result> results = new EnumMap<>(Indicator.class);
        for (Indicator i : indicators) results.put(i, result(i, v, map, sums.get(i), targets.get(i)));
        return results;
    }

    /**
     * {@link Indicator#RESOURCES_MOBILISED} in one statement ({@link IndicatorSql#resources}): the amounts per
     * unit the resources went to and source; a recording unit's under its row, a higher unit's inside the
     * view (the city) in the total only.
     */
    private Result resources(View v, EraMap map, Scope scope, Map<String, Object> params) {
        Indicator i = Indicator.RESOURCES_MOBILISED;
        Sums s = new Sums();
        for (EraMap.Row r : map.rows()) s.byRow.put(r.key(), Figure.ZERO);
        Map<String, Long> bySource = new HashMap<>();
        long[] own = {0};
        jdbc.sql(IndicatorSql.resources(resourceFilter(v, map.recordingUnits(), scope)))
                .params(params)
                .query(rs -> {
                    long amount = rs.getLong("amount");
                    EraMap.Row row = map.rowOf(rs.getLong("unit_id"));
                    if (row == null) own[0] += amount;
                    else s.byRow.merge(row.key(), new Figure(amount, 0), Figure::plus);
                    bySource.merge(rs.getString("source"), amount, Long::sum);
                });
        Figure total = s.byRow.values().stream().reduce(new Figure(own[0], 0), Figure::plus);
        Map<String, Long> sorted = new LinkedHashMap<>();
        bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        Integer target = v.plan().target(i);
        IndicatorStatus status = IndicatorStatus.of(
                i,
                total.numerator(),
                0,
                target,
                v.asOf(),
                v.plan().start(),
                v.plan().end());
        return new Result(
                i,
                total,
                target,
                status,
                s.byRow,
                Map.of(),
                Map.of(),
                null,
                sorted,
                target == null ? TargetBasis.NONE : TargetBasis.PLAN);
    }

    /**
     * The resources of a view: those given to a club or unit among its recording units, or to a higher unit
     * (not a ward or commune) inside its territory, that the caller's scope holds.
     */
    private String resourceFilter(View v, Set<Long> recordingUnits, Scope scope) {
        Set<Long> ids = new TreeSet<>(recordingUnits);
        for (Long id : units.territory(v.unit().id())) {
            units.find(id).filter(u -> !u.type().isGrassroots()).ifPresent(u -> ids.add(u.id()));
        }
        String list = ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "r.unit_id in (" + list + ") and " + scope.unitPredicate("r.unit_id", "r.club_id");
    }

    /** A resource behind {@link Indicator#RESOURCES_MOBILISED}. */
    public record EntryLine(
            String origin,
            long entryId,
            String source,
            String kind,
            LocalDate receivedOn,
            long amount,
            String recipientLevel,
            UnitView unit,
            String row,
            Long clubId,
            String clubName) {}

    /** The resources behind the money figure, in the view (or one row of it), oldest first. */
    public List<EntryLine> entries(View v, Scope scope, String rowKey) {
        EraMap map = eraMap(v);
        String filter = rowKey == null
                ? resourceFilter(v, map.recordingUnits(), scope)
                : "r.unit_id in ("
                        + map.recordingUnitsOf(rowKey).stream()
                                .map(String::valueOf)
                                .collect(Collectors.collectingAndThen(
                                        Collectors.joining(","), x -> x.isEmpty() ? "-1" : x))
                        + ") and " + scope.unitPredicate("r.unit_id", "r.club_id");
        return jdbc.sql(IndicatorSql.resourceEntries(filter))
                .params(params(v))
                .query((rs, n) -> {
                    long unit = rs.getLong("unit_id");
                    EraMap.Row row = map.rowOf(unit);
                    Object club = rs.getObject("club_id");
                    return new EntryLine(
                            rs.getString("origin"),
                            rs.getLong("entry_id"),
                            rs.getString("source"),
                            rs.getString("kind"),
                            rs.getObject("received_on", LocalDate.class),
                            rs.getLong("amount"),
                            rs.getString("recipient_level"),
                            units.find(unit).orElse(null),
                            row == null ? null : row.key(),
                            club == null ? null : rs.getLong("club_id"),
                            rs.getString("club_name"));
                })
                .list();
    }

    /**
     * Every indicator's figure at the end of each plan year up to the view's date (for the year of the last
     * day counted, the view's date itself): year → the figure as shown ({@link Result#actual()}; for {@link
     * Indicator#NEW_CLUBS_YEAR} that year's new clubs). One dashboard per year, each a fixed number of
     * statements.
     */
    public Map<Indicator, Map<Integer, Number>> trend(View v, Scope scope) {
        Map<Indicator, Map<Integer, Number>> out = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) out.put(i, new TreeMap<>());
        int last = v.upTo().getYear();
        for (int y = v.plan().start().getYear(); y <= last; y++) {
            LocalDate day = y == last ? v.asOf() : LocalDate.of(y, 12, 31);
            View yearEnd = new View(v.plan(), v.unit(), day, v.era());
            Dashboard d = y == last ? null : compute(yearEnd, scope);
            if (d == null) d = compute(v, scope);
            for (Result r : d.results()) {
                if (r.computed()) out.get(r.indicator()).put(y, r.actual());
            }
        }
        return out;
    }

    private static Result result(Indicator i, View v, EraMap map, Sums s, Target t) {
        Figure total;
        if (i.measure() == Indicator.Measure.SHARE_OF_UNITS) {
            long single = map.rows().stream().filter(EraMap.Row::single).count();
            long withClub = map.rows().stream()
                    .filter(EraMap.Row::single)
                    .filter(r -> s.byRow.get(r.key()).numerator() > 0)
                    .count();
            total = new Figure(withClub, single);
        } else {
            total = s.byRow.values().stream().reduce(Figure.ZERO, Figure::plus);
        }
        boolean perYearMeasure = i.measure() == Indicator.Measure.COUNT_PER_YEAR;
        Integer target = t.value();
        LocalDate from = v.plan().start();
        LocalDate to = v.plan().end();
        if (perYearMeasure) {
            from = LocalDate.of(v.year(), 1, 1);
            to = LocalDate.of(v.year(), 12, 31);
        }
        IndicatorStatus status =
                IndicatorStatus.of(i, total.numerator(), total.denominator(), target, v.asOf(), from, to);
        return new Result(
                i, total, target, status, s.byRow, s.perYear, s.byRowYear, perYearMeasure ? v.year() : null, t.basis());
    }

    /**
     * The rows of a view: clubs recorded under its units, in the caller's scope. The unit ids are written
     * inline (numbers from the unit graph, as {@link Scope#unitPredicate} does): a whole country is about
     * 15,000 of them, which both databases then look up in a hashed set, where as many bind parameters
     * would be compared one by one for every club.
     */
    private static String filter(Set<Long> recordingUnits, Scope scope) {
        String units = recordingUnits.isEmpty()
                ? "-1"
                : new TreeSet<>(recordingUnits).stream().map(String::valueOf).collect(Collectors.joining(","));
        return "c.unit_id in (" + units + ") and " + scope.unitPredicate("c.unit_id", "c.id");
    }

    private static Map<String, Object> params(View v) {
        Plan p = v.plan();
        PlanRules r = p.rules();
        Map<String, Object> m = new HashMap<>();
        m.put("asOf", v.asOf());
        m.put("start", p.start());
        m.put("upTo", v.upTo());
        m.put("beforeStart", p.start().minusDays(1));
        AgeRule age = r.composition().ageRule();
        m.put("olderDate", age.latestOlderBirthDate(v.asOf()));
        m.put("olderYear", age.latestOlderBirthYear(v.asOf()));
        m.put("limit", LIST_LIMIT);
        RuleYear year = RuleYear.of(v.upTo());
        m.put("yearStart", year.start());
        m.put("yearEnd", year.end());
        m.put("fullyActiveMeetings", r.fullyActiveMeetings());
        m.put("fullyActiveAreas", r.fullyActiveAreas());
        return m;
    }

    /** A club in the list behind a figure: whether it counts, its status and composition on the date. */
    public record ClubLine(
            long clubId,
            String name,
            UnitView recordedUnit,
            String row,
            LocalDate foundedOn,
            String status,
            boolean counted,
            Composition composition) {}

    /** A member in the list behind a figure. */
    public record MemberLine(
            long personId,
            String fullName,
            String sex,
            int birthYear,
            long clubId,
            String clubName,
            String row,
            LocalDate joinedOn) {}

    /** A row of the view (a unit, or the units a recording unit was formed from) with its active clubs. */
    public record UnitLine(EraMap.Row row, long activeClubs) {}

    /**
     * The clubs behind a club figure, in the view (or in one row of it), those not counted first.
     *
     * @param year for {@link Indicator#NEW_CLUBS_YEAR}: only the clubs founded in that year
     */
    public List<ClubLine> clubs(View v, Scope scope, Indicator i, Integer year, String rowKey) {
        EraMap map = eraMap(v);
        Set<Long> recording = rowKey == null ? map.recordingUnits() : map.recordingUnitsOf(rowKey);
        Map<String, Object> params = params(v);
        if (year != null) params.put("year", year);
        var standard = v.plan().rules().composition();
        return jdbc.sql(IndicatorSql.clubs(i, filter(recording, scope), year != null, standard))
                .params(params)
                .query((rs, n) -> {
                    Object members = rs.getObject("members");
                    Composition composition = Composition.of(
                            members == null ? 0 : rs.getInt("members"),
                            rs.getInt("women"),
                            rs.getInt("older"),
                            rs.getInt("disadvantaged"),
                            standard);
                    long unit = rs.getLong("unit_id");
                    EraMap.Row row = map.rowOf(unit);
                    return new ClubLine(
                            rs.getLong("club_id"),
                            rs.getString("club_name"),
                            units.find(unit).orElse(null),
                            row == null ? null : row.key(),
                            rs.getObject("founded_on", LocalDate.class),
                            rs.getString("status"),
                            rs.getInt("counted") == 1,
                            composition);
                })
                .list();
    }

    /** The members counted in a member figure, in the view (or in one row of it). */
    public List<MemberLine> members(View v, Scope scope, Indicator i, String rowKey) {
        EraMap map = eraMap(v);
        Set<Long> recording = rowKey == null ? map.recordingUnits() : map.recordingUnitsOf(rowKey);
        return jdbc.sql(IndicatorSql.members(
                        i, filter(recording, scope), v.plan().rules().composition()))
                .params(params(v))
                .query((rs, n) -> {
                    EraMap.Row row = map.rowOf(rs.getLong("unit_id"));
                    return new MemberLine(
                            rs.getLong("person_id"),
                            rs.getString("full_name"),
                            rs.getString("sex"),
                            rs.getInt("birth_year"),
                            rs.getLong("club_id"),
                            rs.getString("club_name"),
                            row == null ? null : row.key(),
                            rs.getObject("joined_on", LocalDate.class));
                })
                .list();
    }

    /**
     * The rows of the view with their number of active clubs, those without any first: the list behind
     * {@link Indicator#UNITS_WITH_CLUB} (one statement, the indicator's own).
     */
    public List<UnitLine> units(View v, Scope scope) {
        EraMap map = eraMap(v);
        Result r = compute(
                        List.of(Indicator.UNITS_WITH_CLUB),
                        v,
                        map,
                        scope,
                        params(v),
                        Map.of(Indicator.UNITS_WITH_CLUB, target(Indicator.UNITS_WITH_CLUB, v, scope)))
                .get(Indicator.UNITS_WITH_CLUB);
        List<UnitLine> lines = new ArrayList<>();
        for (EraMap.Row row : map.rows()) {
            long active = r.byRow().get(row.key()).numerator();
            if (row.single() || active > 0) lines.add(new UnitLine(row, active));
        }
        lines.sort(java.util.Comparator.comparing((UnitLine l) -> l.activeClubs() > 0)
                .thenComparing(l -> !l.row().single()));
        return lines;
    }

    /**
     * The row of the view each recording unit's clubs count under, by row key (the dashboard's rows): for
     * a report that groups other records of the same clubs (their funds) exactly as the dashboard groups
     * its figures.
     */
    public Map<Long, EraMap.Row> rowOfRecordingUnit(View v) {
        EraMap map = eraMap(v);
        Map<Long, EraMap.Row> rows = new HashMap<>();
        for (Long unit : map.recordingUnits()) rows.put(unit, map.rowOf(unit));
        return rows;
    }

    /** Names of the units a row stands for, as the dashboard labels it. */
    public static String rowLabel(EraMap.Row row) {
        return rowName(row);
    }

    /** Names of the units a row stands for (for labels). */
    static String rowName(EraMap.Row row) {
        return String.join(", ", row.units().stream().map(UnitView::name).toList());
    }
}
