package vn.ishc.area;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of every unit, change and lineage link, small enough to hold in memory (a
 * whole country is some tens of thousands of rows) and answering the time questions without SQL.
 */
final class UnitGraph {

    record Edge(long changeId, long predecessorId, long successorId, LocalDate effective) {}

    private static final Comparator<UnitView> BY_NAME =
            Comparator.comparing(UnitView::type).thenComparing(UnitView::name).thenComparing(UnitView::id);

    private final Map<Long, UnitView> units;
    private final Map<Long, List<UnitView>> childrenByParent = new HashMap<>();
    private final Map<Long, ChangeView> changes;
    private final Map<Long, List<Edge>> edgesFrom = new HashMap<>();
    private final Map<Long, List<Edge>> edgesTo = new HashMap<>();
    private final List<Edge> edges;
    private final Map<Long, Set<Long>> territories = new ConcurrentHashMap<>();

    UnitGraph(Collection<UnitView> units, Collection<ChangeView> changes) {
        this.units = new HashMap<>();
        for (UnitView u : units) {
            this.units.put(u.id(), u);
            childrenByParent
                    .computeIfAbsent(u.parentId(), k -> new ArrayList<>())
                    .add(u);
        }
        this.changes = new HashMap<>();
        List<Edge> all = new ArrayList<>();
        for (ChangeView c : changes) {
            this.changes.put(c.id(), c);
            for (ChangeView.Link l : c.lineage()) {
                Edge e = new Edge(c.id(), l.predecessorId(), l.successorId(), c.effectiveDate());
                all.add(e);
                edgesFrom
                        .computeIfAbsent(e.predecessorId(), k -> new ArrayList<>())
                        .add(e);
                edgesTo.computeIfAbsent(e.successorId(), k -> new ArrayList<>()).add(e);
            }
        }
        this.edges = List.copyOf(all);
    }

    Optional<UnitView> unit(long id) {
        return Optional.ofNullable(units.get(id));
    }

    int size() {
        return units.size();
    }

    Collection<UnitView> allUnits() {
        return units.values();
    }

    List<UnitView> rootsAsOf(LocalDate date) {
        return childrenAsOfKey(null, date);
    }

    List<UnitView> childrenAsOf(long parentId, LocalDate date) {
        return childrenAsOfKey(parentId, date);
    }

    private List<UnitView> childrenAsOfKey(Long parentId, LocalDate date) {
        return childrenByParent.getOrDefault(parentId, List.of()).stream()
                .filter(u -> u.validOn(date))
                .sorted(BY_NAME)
                .toList();
    }

    /** Every unit of the subtree under {@code rootId} valid on {@code date}, the root excluded. */
    List<UnitView> subtreeAsOf(long rootId, LocalDate date) {
        List<UnitView> out = new ArrayList<>();
        Deque<Long> work = new ArrayDeque<>(List.of(rootId));
        while (!work.isEmpty()) {
            for (UnitView child : childrenAsOf(work.pop(), date)) {
                out.add(child);
                work.push(child.id());
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    /** The unit and its parents up to the root, root first. */
    List<UnitView> path(long id) {
        List<UnitView> path = new ArrayList<>();
        UnitView u = units.get(id);
        while (u != null && path.size() < 20) {
            path.add(0, u);
            u = u.parentId() == null ? null : units.get(u.parentId());
        }
        return path;
    }

    /**
     * What became of the unit by {@code date}: the unit itself if still valid, else the units valid on
     * that date that its territory passed into, following lineage forward.
     */
    List<UnitView> successorsAsOf(long id, LocalDate date) {
        Set<Long> seen = new HashSet<>();
        Set<UnitView> found = new LinkedHashSet<>();
        Deque<Long> work = new ArrayDeque<>(List.of(id));
        while (!work.isEmpty()) {
            long current = work.pop();
            if (!seen.add(current)) continue;
            UnitView u = units.get(current);
            if (u == null) continue;
            if (u.validOn(date)) found.add(u);
            for (Edge e : edgesFrom.getOrDefault(current, List.of())) {
                if (!e.effective().isAfter(date)) work.push(e.successorId());
            }
        }
        return found.stream().sorted(BY_NAME).toList();
    }

    /**
     * The units valid on {@code date} whose territory now forms part of this unit: the plan-era units a
     * current unit descends from when {@code date} is the plan's date. Follows lineage backward through
     * every change that took effect after {@code date}, including units that merged into one that
     * continued (Thắng Lợi into Thành Công).
     */
    List<UnitView> originsAsOf(long id, LocalDate date) {
        Set<Long> seen = new HashSet<>();
        Set<UnitView> found = new LinkedHashSet<>();
        Deque<Long> work = new ArrayDeque<>(List.of(id));
        while (!work.isEmpty()) {
            long current = work.pop();
            if (!seen.add(current)) continue;
            UnitView u = units.get(current);
            if (u == null) continue;
            if (u.validOn(date)) found.add(u);
            for (Edge e : edgesTo.getOrDefault(current, List.of())) {
                if (e.effective().isAfter(date)) work.push(e.predecessorId());
            }
        }
        return found.stream().sorted(BY_NAME).toList();
    }

    /** Direct predecessors (units that formed this one) with the change that did it. */
    List<Edge> formedFrom(long id) {
        return edgesTo.getOrDefault(id, List.of());
    }

    /** Direct successors (units this one became part of) with the change that did it. */
    List<Edge> becamePartOf(long id) {
        return edgesFrom.getOrDefault(id, List.of());
    }

    Optional<ChangeView> change(long changeId) {
        return Optional.ofNullable(changes.get(changeId));
    }

    /** Every change that touched the unit (ended, created or continued it), oldest first. */
    List<ChangeView> historyOf(long id) {
        return changes.values().stream()
                .filter(c -> c.ended().contains(id)
                        || c.created().contains(id)
                        || c.continued().contains(id))
                .sorted(Comparator.comparing(ChangeView::effectiveDate).thenComparing(ChangeView::id))
                .toList();
    }

    List<ChangeView> allChanges() {
        return changes.values().stream()
                .sorted(Comparator.comparing(ChangeView::effectiveDate).thenComparing(ChangeView::id))
                .toList();
    }

    /**
     * Every unit row, of any era, whose territory lies inside {@code id}'s: its subtree through time,
     * plus (repeated until nothing changes) each unit all of whose successors are inside (it merged in)
     * and each unit all of whose predecessors are inside (it was formed only from inside). A unit split
     * between inside and outside stays outside: its records cannot be attributed to either part.
     */
    Set<Long> territory(long id) {
        return territories.computeIfAbsent(id, this::computeTerritory);
    }

    private Set<Long> computeTerritory(long id) {
        Set<Long> inside = new HashSet<>();
        if (!units.containsKey(id)) return Set.of();
        addWithSubtree(id, inside);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Edge e : edges) {
                boolean predIn = inside.contains(e.predecessorId());
                boolean succIn = inside.contains(e.successorId());
                if (succIn && !predIn && allInside(edgesFrom.get(e.predecessorId()), Edge::successorId, inside)) {
                    addWithSubtree(e.predecessorId(), inside);
                    grew = true;
                } else if (predIn && !succIn && allInside(edgesTo.get(e.successorId()), Edge::predecessorId, inside)) {
                    addWithSubtree(e.successorId(), inside);
                    grew = true;
                }
            }
        }
        return Set.copyOf(inside);
    }

    private static boolean allInside(List<Edge> edges, java.util.function.ToLongFunction<Edge> end, Set<Long> inside) {
        return edges.stream().allMatch(e -> inside.contains(end.applyAsLong(e)));
    }

    private void addWithSubtree(long id, Set<Long> inside) {
        Deque<Long> work = new ArrayDeque<>(List.of(id));
        while (!work.isEmpty()) {
            long current = work.pop();
            if (inside.add(current)) {
                for (UnitView child : childrenByParent.getOrDefault(current, List.of())) {
                    work.push(child.id());
                }
            }
        }
    }
}
