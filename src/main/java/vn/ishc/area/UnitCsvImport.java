package vn.ishc.area;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.ishc.area.UnitChange.ChangeEffect;
import vn.ishc.area.UnitChange.Effect;
import vn.ishc.area.UnitChange.LineageLink;

/**
 * Loads a locality's units and their changes from a CSV file (format in {@code docs/units-csv.md}).
 * All or nothing: a file with any problem saves nothing and answers every problem with its line.
 */
@Service
public class UnitCsvImport {

    static final List<String> COLUMNS = List.of(
            "key",
            "code",
            "name",
            "type",
            "parent",
            "valid_from",
            "valid_to",
            "formed_from",
            "merged_into",
            "change_kind",
            "legal_reference",
            "note");

    private static final int MAX_ROWS = 50_000;
    private static final DateTimeFormatter VIETNAMESE_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final AdminUnits units;
    private final UnitChanges changes;
    private final UnitDirectory directory;

    private final org.springframework.context.ApplicationEventPublisher events;

    UnitCsvImport(
            AdminUnits units,
            UnitChanges changes,
            UnitDirectory directory,
            org.springframework.context.ApplicationEventPublisher events) {
        this.units = units;
        this.changes = changes;
        this.directory = directory;
        this.events = events;
    }

    /** A reference to a unit: a key of this file, or an existing unit by id or by code on a date. */
    private sealed interface Ref {}

    private record FileRef(String key) implements Ref {}

    private record DbRef(long id) implements Ref {}

    private static final class Line {
        int line;
        String key;
        String code;
        String name;
        UnitType type;
        Ref parent;
        LocalDate validFrom;
        LocalDate validTo;
        List<Ref> formedFrom = List.of();
        Ref mergedInto;
        ChangeKind kind;
        String legalReference;
        String note;
        AdminUnit saved;
    }

    @Transactional
    public UnitImportResult load(String csvText) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Line> lines = read(csvText, problems);
        if (problems.isEmpty()) checkLineage(lines, problems);
        if (!problems.isEmpty()) return new UnitImportResult(0, 0, List.copyOf(problems));
        UnitImportResult result = save(lines, problems);
        if (!result.saved()) TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        else events.publishEvent(new UnitsImported(result.units(), result.changes()));
        return result;
    }

    private List<Line> read(String csvText, List<ImportProblem> problems) {
        List<Csv.Row> rows = Csv.parse(csvText).stream()
                .filter(r -> r.fields().stream().anyMatch(f -> !f.isBlank()))
                .filter(r -> !r.fields().get(0).strip().startsWith("#"))
                .toList();
        if (rows.isEmpty()) {
            problems.add(ImportProblem.of(1, "unit.import.error.empty"));
            return List.of();
        }
        if (rows.size() > MAX_ROWS + 1) {
            problems.add(ImportProblem.of(1, "unit.import.error.tooMany", MAX_ROWS));
            return List.of();
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("key", "name", "type")) {
            if (!column.containsKey(required)) {
                problems.add(ImportProblem.of(rows.get(0).line(), "unit.import.error.missingColumn", required));
            }
        }
        if (!problems.isEmpty()) return List.of();

        Map<String, Line> byKey = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Line l = new Line();
            l.line = row.line();
            l.key = field(row, column, "key");
            l.code = field(row, column, "code");
            l.name = field(row, column, "name");
            l.legalReference = field(row, column, "legal_reference");
            l.note = field(row, column, "note");
            tooLong(l.line, "key", l.key, 100, problems);
            tooLong(l.line, "code", l.code, 16, problems);
            tooLong(l.line, "name", l.name, 200, problems);
            tooLong(l.line, "legal_reference", l.legalReference, 300, problems);
            tooLong(l.line, "note", l.note, 1000, problems);
            if (l.key == null) problems.add(ImportProblem.of(l.line, "unit.import.error.required", "key"));
            else if (byKey.containsKey(l.key))
                problems.add(ImportProblem.of(l.line, "unit.import.error.duplicateKey", l.key));
            if (l.name == null) problems.add(ImportProblem.of(l.line, "unit.import.error.required", "name"));
            l.type = type(field(row, column, "type"));
            if (l.type == null)
                problems.add(
                        ImportProblem.of(l.line, "unit.import.error.type", String.valueOf(field(row, column, "type"))));
            l.validFrom = date(row, column, "valid_from", problems);
            l.validTo = date(row, column, "valid_to", problems);
            if (l.validFrom != null && l.validTo != null && l.validTo.isBefore(l.validFrom)) {
                problems.add(ImportProblem.of(l.line, "unit.import.error.validity"));
            }
            l.parent = ref(field(row, column, "parent"), l.line, problems);
            String formed = field(row, column, "formed_from");
            if (formed != null) {
                List<Ref> refs = new ArrayList<>();
                for (String part : formed.split("\\|")) {
                    if (!part.isBlank()) refs.add(ref(part.strip(), l.line, problems));
                }
                l.formedFrom = refs;
            }
            l.mergedInto = ref(field(row, column, "merged_into"), l.line, problems);
            String kind = field(row, column, "change_kind");
            if (kind != null) {
                try {
                    l.kind = ChangeKind.valueOf(kind.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(l.line, "unit.import.error.kind", kind));
                }
            }
            if (l.key != null) byKey.putIfAbsent(l.key, l);
        }
        if (byKey.isEmpty() && problems.isEmpty()) problems.add(ImportProblem.of(1, "unit.import.error.empty"));
        return new ArrayList<>(byKey.values());
    }

    private void checkLineage(List<Line> lines, List<ImportProblem> problems) {
        Set<String> keys = new HashSet<>();
        lines.forEach(l -> keys.add(l.key));
        Collection<UnitView> existing = directory.graph().allUnits();
        for (Line l : lines) {
            Long parentId = l.parent instanceof DbRef d ? Long.valueOf(d.id()) : null;
            if (!(l.parent instanceof FileRef)
                    && existing.stream()
                            .anyMatch(u -> u.name().equals(l.name)
                                    && u.type() == l.type
                                    && Objects.equals(u.parentId(), parentId)
                                    && Objects.equals(u.validFrom(), l.validFrom))) {
                problems.add(ImportProblem.of(l.line, "unit.import.error.exists", l.name));
            }
            List<Ref> refs = new ArrayList<>(l.formedFrom);
            if (l.parent != null) refs.add(l.parent);
            if (l.mergedInto != null) refs.add(l.mergedInto);
            for (Ref r : refs) {
                if (r instanceof FileRef f && !keys.contains(f.key())) {
                    problems.add(ImportProblem.of(l.line, "unit.import.error.unknownKey", f.key()));
                }
            }
            if (!l.formedFrom.isEmpty() && l.validFrom == null)
                problems.add(ImportProblem.of(l.line, "unit.import.error.formedNeedsFrom"));
            if (l.mergedInto != null && l.validTo == null)
                problems.add(ImportProblem.of(l.line, "unit.import.error.mergedNeedsTo"));
            if (!l.formedFrom.isEmpty() && l.mergedInto != null)
                problems.add(ImportProblem.of(l.line, "unit.import.error.twoChanges"));
            if ((!l.formedFrom.isEmpty() || l.mergedInto != null) && l.legalReference == null)
                problems.add(ImportProblem.of(l.line, "unit.import.error.required", "legal_reference"));
        }
    }

    private UnitImportResult save(List<Line> lines, List<ImportProblem> problems) {
        Map<String, Line> byKey = new HashMap<>();
        lines.forEach(l -> byKey.put(l.key, l));
        // Parents first: repeat passes until every row whose parent is saved is saved.
        List<Line> pending = new ArrayList<>(lines);
        while (!pending.isEmpty()) {
            List<Line> next = new ArrayList<>();
            for (Line l : pending) {
                Long parentId = null;
                if (l.parent instanceof FileRef f) {
                    Line p = byKey.get(f.key());
                    if (p.saved == null) {
                        next.add(l);
                        continue;
                    }
                    parentId = p.saved.id();
                } else if (l.parent instanceof DbRef d) {
                    parentId = d.id();
                }
                l.saved = units.save(AdminUnit.create(l.code, l.name, l.type, parentId, l.validFrom, l.validTo));
            }
            if (next.size() == pending.size()) {
                next.forEach(l -> problems.add(ImportProblem.of(l.line, "unit.import.error.parentCycle")));
                return new UnitImportResult(0, 0, List.copyOf(problems));
            }
            pending = next;
        }

        Map<Long, AdminUnit> touched = new HashMap<>();
        List<UnitChange> recorded = new ArrayList<>();
        // Units formed from others, grouped so that one old unit split into several is one change.
        Map<String, List<Line>> formedGroups = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.formedFrom.isEmpty()) continue;
            Set<Long> preds = new TreeSet<>();
            l.formedFrom.forEach(r -> preds.add(id(r, byKey)));
            formedGroups
                    .computeIfAbsent(
                            l.validFrom + "|" + l.legalReference + "|" + l.kind + "|" + preds, k -> new ArrayList<>())
                    .add(l);
        }
        for (List<Line> group : formedGroups.values()) {
            Line first = group.get(0);
            Set<ChangeEffect> effects = new HashSet<>();
            Set<LineageLink> lineage = new HashSet<>();
            for (Line l : group) {
                effects.add(new ChangeEffect(l.saved.id(), Effect.CREATED));
                for (Ref r : l.formedFrom) {
                    long pred = id(r, byKey);
                    effects.add(new ChangeEffect(pred, Effect.ENDED));
                    lineage.add(new LineageLink(pred, l.saved.id()));
                }
            }
            ChangeKind kind = first.kind != null ? first.kind : group.size() > 1 ? ChangeKind.SPLIT : ChangeKind.MERGE;
            recorded.add(
                    UnitChange.record(kind, first.validFrom, first.legalReference, true, first.note, effects, lineage));
        }
        // Units absorbed by one that continues, grouped by target, date and legal reference.
        Map<String, List<Line>> mergedGroups = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.mergedInto == null) continue;
            mergedGroups
                    .computeIfAbsent(
                            id(l.mergedInto, byKey) + "|" + l.validTo + "|" + l.legalReference, k -> new ArrayList<>())
                    .add(l);
        }
        for (List<Line> group : mergedGroups.values()) {
            Line first = group.get(0);
            long target = id(first.mergedInto, byKey);
            Set<ChangeEffect> effects = new HashSet<>();
            Set<LineageLink> lineage = new HashSet<>();
            effects.add(new ChangeEffect(target, Effect.CONTINUED));
            for (Line l : group) {
                effects.add(new ChangeEffect(l.saved.id(), Effect.ENDED));
                lineage.add(new LineageLink(l.saved.id(), target));
            }
            recorded.add(UnitChange.record(
                    first.kind != null ? first.kind : ChangeKind.MERGE,
                    first.validTo.plusDays(1),
                    first.legalReference,
                    true,
                    first.note,
                    effects,
                    lineage));
        }
        // Units established or abolished by a named act with no lineage.
        for (Line l : lines) {
            if (l.legalReference == null || !l.formedFrom.isEmpty() || l.mergedInto != null) continue;
            boolean endedByOthers =
                    lines.stream().anyMatch(o -> o.formedFrom.stream().anyMatch(r -> id(r, byKey) == l.saved.id()));
            if (l.validTo != null && !endedByOthers) {
                recorded.add(UnitChange.record(
                        ChangeKind.ABOLISH,
                        l.validTo.plusDays(1),
                        l.legalReference,
                        true,
                        l.note,
                        Set.of(new ChangeEffect(l.saved.id(), Effect.ENDED)),
                        Set.of()));
            } else if (l.validFrom != null) {
                recorded.add(UnitChange.record(
                        ChangeKind.ESTABLISH,
                        l.validFrom,
                        l.legalReference,
                        true,
                        l.note,
                        Set.of(new ChangeEffect(l.saved.id(), Effect.CREATED)),
                        Set.of()));
            }
        }
        // Every unit a change ends must end the day before it; an open-ended one is closed here.
        for (UnitChange change : recorded) {
            for (ChangeEffect e : change.effects()) {
                AdminUnit unit = touched.computeIfAbsent(
                        e.unitId(), id -> units.findById(id).orElseThrow());
                LocalDate before = change.effectiveDate().minusDays(1);
                if (e.effect() == Effect.ENDED
                        && unit.validTo() != null
                        && !unit.validTo().equals(before)) {
                    problems.add(ImportProblem.of(
                            lineOf(lines, unit.id()),
                            "unit.import.error.endDate",
                            unit.name(),
                            unit.validTo(),
                            before));
                }
                change.applyDatesTo(unit);
                if (unit.validFrom() != null
                        && unit.validTo() != null
                        && unit.validTo().isBefore(unit.validFrom())) {
                    problems.add(ImportProblem.of(lineOf(lines, unit.id()), "unit.import.error.validity"));
                }
            }
        }
        if (!problems.isEmpty()) return new UnitImportResult(0, 0, List.copyOf(problems));
        units.saveAll(touched.values());
        changes.saveAll(recorded);
        directory.markChanged();
        return new UnitImportResult(lines.size(), recorded.size(), List.of());
    }

    private static int lineOf(List<Line> lines, long unitId) {
        return lines.stream()
                .filter(l -> l.saved != null && l.saved.id() == unitId)
                .mapToInt(l -> l.line)
                .findFirst()
                .orElse(1);
    }

    private long id(Ref ref, Map<String, Line> byKey) {
        return ref instanceof DbRef d
                ? d.id()
                : byKey.get(((FileRef) ref).key()).saved.id();
    }

    private Ref ref(String text, int line, List<ImportProblem> problems) {
        if (text == null) return null;
        if (text.startsWith("id:")) {
            try {
                long id = Long.parseLong(text.substring(3).strip());
                if (directory.find(id).isPresent()) return new DbRef(id);
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(ImportProblem.of(line, "unit.import.error.unknownUnit", text));
            return null;
        }
        if (text.startsWith("code:")) {
            String[] parts = text.substring(5).split("@");
            if (parts.length == 2) {
                LocalDate on = parseDate(parts[1].strip());
                if (on != null) {
                    List<UnitView> found = directory.graph().allUnits().stream()
                            .filter(u -> parts[0].strip().equals(u.code()) && u.validOn(on))
                            .toList();
                    if (found.size() == 1) return new DbRef(found.get(0).id());
                    if (found.size() > 1) {
                        problems.add(ImportProblem.of(line, "unit.import.error.ambiguousUnit", text));
                        return null;
                    }
                }
            }
            problems.add(ImportProblem.of(line, "unit.import.error.unknownUnit", text));
            return null;
        }
        return new FileRef(text);
    }

    private static void tooLong(int line, String column, String value, int max, List<ImportProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.of(line, "unit.import.error.tooLong", column, max));
        }
    }

    private static String field(Csv.Row row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= row.fields().size()) return null;
        String v = row.fields().get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(Csv.Row row, Map<String, Integer> column, String name, List<ImportProblem> problems) {
        String text = field(row, column, name);
        if (text == null) return null;
        LocalDate d = parseDate(text);
        if (d == null) problems.add(ImportProblem.of(row.line(), "unit.import.error.date", name, text));
        return d;
    }

    static LocalDate parseDate(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The type by its code ({@code WARD}) or its Vietnamese word with or without diacritics. */
    static UnitType type(String text) {
        if (text == null) return null;
        String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replaceAll("\\s+", " ");
        return switch (plain) {
            case "tinh", "province" -> UnitType.PROVINCE;
            case "thanh pho truc thuoc trung uong", "municipality" -> UnitType.MUNICIPALITY;
            case "thanh pho", "city" -> UnitType.CITY;
            case "thi xa", "town" -> UnitType.TOWN;
            case "huyen", "quan", "district" -> UnitType.DISTRICT;
            case "phuong", "ward" -> UnitType.WARD;
            case "xa", "commune" -> UnitType.COMMUNE;
            case "thi tran", "township" -> UnitType.TOWNSHIP;
            case "dac khu", "special_zone" -> UnitType.SPECIAL_ZONE;
            default -> null;
        };
    }
}
