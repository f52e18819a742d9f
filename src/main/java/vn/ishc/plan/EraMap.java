package vn.ishc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;

/**
 * Which row of a view each recording unit's clubs are counted under. A club keeps the unit row valid on
 * its founding date (its <b>recording unit</b>); a view shows the units of one date (its <b>era
 * date</b>): the as-of date for "current units", the plan's date for "plan units".
 *
 * <p>The rows are the wards and communes valid on the era date inside the territory of the viewed unit
 * (for plan units: those of the plan's scope). A recording unit maps to the units of the era date that
 * cover its territory: itself if valid then; the units it became part of, if it ended before (forward:
 * many old units to one new one, never ambiguous after a merger); the units it was formed from, if it
 * began after (backward). When that is one unit, its clubs count under that row. When it is several (a
 * 2025 ward formed from three plan-era units), the records cannot honestly be given to any one of them:
 * they form a row of their own, "formed from A, B, C", which counts in the view's total but in no single
 * unit's figure, and which is not a unit in the denominator of {@link Indicator#UNITS_WITH_CLUB}. A
 * recording unit whose era units lie partly outside the view is left out of it: its records cannot be
 * attributed to the part inside.
 */
public final class EraMap {

    /** A row of the view: one unit, or the several units a recording unit was formed from. */
    public record Row(String key, List<UnitView> units) {
        public boolean single() {
            return units.size() == 1;
        }

        public UnitView unit() {
            return units.get(0);
        }
    }

    private final List<Row> rows;
    private final Map<Long, Row> rowOfRecordingUnit;

    private EraMap(List<Row> rows, Map<Long, Row> rowOfRecordingUnit) {
        this.rows = rows;
        this.rowOfRecordingUnit = rowOfRecordingUnit;
    }

    /**
     * @param viewUnit the unit whose territory is shown
     * @param eraDate the date whose units are the rows
     * @param only when not null, the only units that may be rows (a plan's scope)
     */
    static EraMap of(UnitDirectory units, long viewUnit, LocalDate eraDate, Set<Long> only) {
        Set<Long> territory = units.territory(viewUnit);
        List<UnitView> inView = territory.stream()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .filter(u -> u.type().isGrassroots())
                .toList();
        Map<Long, UnitView> rowUnits = new HashMap<>();
        for (UnitView u : inView) {
            if (u.validOn(eraDate) && (only == null || only.contains(u.id()))) rowUnits.put(u.id(), u);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        rowUnits.values().stream()
                .sorted(Comparator.comparing(UnitView::name).thenComparing(UnitView::id))
                .forEach(u -> rows.put(String.valueOf(u.id()), new Row(String.valueOf(u.id()), List.of(u))));
        Map<Long, Row> map = new HashMap<>();
        List<Row> combined = new ArrayList<>();
        for (UnitView u : inView) {
            List<UnitView> target = eraUnitsOf(units, u, eraDate);
            if (target.isEmpty() || !target.stream().allMatch(t -> rowUnits.containsKey(t.id()))) continue;
            String key =
                    target.stream()
                            .map(t -> String.valueOf(t.id()))
                            .collect(Collectors.toCollection(TreeSet::new))
                            .stream()
                            .collect(Collectors.joining("+"));
            Row row = rows.get(key);
            if (row == null) {
                row = new Row(
                        key,
                        target.stream()
                                .sorted(Comparator.comparing(UnitView::name))
                                .toList());
                rows.put(key, row);
                combined.add(row);
            }
            map.put(u.id(), row);
        }
        List<Row> ordered =
                new ArrayList<>(rows.values().stream().filter(Row::single).toList());
        combined.sort(Comparator.comparing(Row::key));
        ordered.addAll(combined);
        return new EraMap(List.copyOf(ordered), map);
    }

    /** The units valid on {@code date} covering the territory of {@code u}. */
    static List<UnitView> eraUnitsOf(UnitDirectory units, UnitView u, LocalDate date) {
        if (u.validOn(date)) return List.of(u);
        if (u.validTo() != null && u.validTo().isBefore(date)) return units.successorsAsOf(u.id(), date);
        return units.originsAsOf(u.id(), date);
    }

    List<Row> rows() {
        return rows;
    }

    /** Every recording unit counted in the view. */
    Set<Long> recordingUnits() {
        return rowOfRecordingUnit.keySet();
    }

    /** The recording units counted under one row. */
    Set<Long> recordingUnitsOf(String rowKey) {
        return rowOfRecordingUnit.entrySet().stream()
                .filter(e -> e.getValue().key().equals(rowKey))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    Row rowOf(long recordingUnit) {
        return rowOfRecordingUnit.get(recordingUnit);
    }

    Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
