package vn.ishc.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.area.UnitGraph.Edge;

/**
 * The public API of the unit module: units as of a date, a unit's history and lineage, and the
 * territory of a unit through time. Reads a cached snapshot of the unit graph, reloaded whenever the
 * database's unit version moves (any instance's import or correction moves it), so every instance
 * behind a load balancer sees the same units.
 */
@Service
public class UnitDirectory {

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private volatile Snapshot snapshot = new Snapshot(-1, null);
    private volatile long checkedAt;

    private record Snapshot(long version, UnitGraph graph) {}

    UnitDirectory(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Optional<UnitView> find(long id) {
        return graph().unit(id);
    }

    /** Every unit row of every era, by name (e.g. to choose an account's scope). */
    public List<UnitView> all() {
        return graph().allUnits().stream()
                .sorted(java.util.Comparator.comparing(UnitView::name).thenComparing(UnitView::id))
                .toList();
    }

    public List<UnitView> rootsAsOf(LocalDate date) {
        return graph().rootsAsOf(date);
    }

    public List<UnitView> childrenAsOf(long parentId, LocalDate date) {
        return graph().childrenAsOf(parentId, date);
    }

    /** A unit valid on a date with the number of units directly below it on that date. */
    public record Node(UnitView unit, int children) {}

    /** The children of {@code parentId} (the roots when null) on {@code date}, each with its child count. */
    public List<Node> nodesAsOf(Long parentId, LocalDate date) {
        UnitGraph g = graph();
        List<UnitView> units = parentId == null ? g.rootsAsOf(date) : g.childrenAsOf(parentId, date);
        return units.stream()
                .map(u -> new Node(u, g.childrenAsOf(u.id(), date).size()))
                .toList();
    }

    /** Every unit valid on {@code date}: each root, then its subtree by level and name (for filters). */
    public List<UnitView> allAsOf(LocalDate date) {
        UnitGraph g = graph();
        List<UnitView> out = new ArrayList<>();
        for (UnitView root : g.rootsAsOf(date)) {
            out.add(root);
            out.addAll(g.subtreeAsOf(root.id(), date));
        }
        return out;
    }

    /** All units below {@code rootId} valid on {@code date}, at any depth. */
    public List<UnitView> subtreeAsOf(long rootId, LocalDate date) {
        return graph().subtreeAsOf(rootId, date);
    }

    /** The unit and its parents, root first (for breadcrumbs). */
    public List<UnitView> path(long id) {
        return graph().path(id);
    }

    public List<UnitView> successorsAsOf(long id, LocalDate date) {
        return graph().successorsAsOf(id, date);
    }

    public List<UnitView> originsAsOf(long id, LocalDate date) {
        return graph().originsAsOf(id, date);
    }

    /** Every unit row of any era whose territory lies inside the unit's (see {@link UnitGraph#territory}). */
    public Set<Long> territory(long id) {
        return graph().territory(id);
    }

    public List<ChangeView> historyOf(long id) {
        return graph().historyOf(id);
    }

    public List<ChangeView> changes() {
        return graph().allChanges();
    }

    public Optional<ChangeView> change(long id) {
        return graph().change(id);
    }

    /** The units that directly formed this one, each with the change that did it. */
    public List<Lineage> formedFrom(long id) {
        UnitGraph g = graph();
        return g.formedFrom(id).stream()
                .map(e -> lineage(g, e, e.predecessorId()))
                .toList();
    }

    /** The units this one directly became part of, each with the change that did it. */
    public List<Lineage> becamePartOf(long id) {
        UnitGraph g = graph();
        return g.becamePartOf(id).stream()
                .map(e -> lineage(g, e, e.successorId()))
                .toList();
    }

    private static Lineage lineage(UnitGraph g, Edge e, long otherId) {
        return new Lineage(g.unit(otherId).orElseThrow(), g.change(e.changeId()).orElseThrow());
    }

    /** A neighbour in the lineage and the change that links it. */
    public record Lineage(UnitView unit, ChangeView change) {}

    /**
     * The current snapshot. The database's unit version is checked at most once a second (so a page that
     * asks many unit questions costs one small query, not one each), and a changed version reloads the
     * graph once, in one read-only transaction, while other requests wait for it. A change made on this
     * instance is seen at once; one made on another instance within a second.
     */
    UnitGraph graph() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s.graph() != null && now - checkedAt < RECHECK_NANOS) return s.graph();
        long current = currentVersion();
        if (s.graph() != null && s.version() == current) {
            checkedAt = now;
            return s.graph();
        }
        synchronized (this) {
            s = snapshot;
            if (s.graph() == null || s.version() != current) {
                UnitGraph loaded = readOnly.execute(status -> load());
                s = new Snapshot(current, loaded);
                snapshot = s;
            }
            checkedAt = now;
            return s.graph();
        }
    }

    private long currentVersion() {
        return jdbc.sql("select version from reference_data_version where name = 'units'")
                .query(Long.class)
                .single();
    }

    /** Called inside the transaction of every write to units or changes. */
    void markChanged() {
        jdbc.sql("update reference_data_version set version = version + 1 where name = 'units'")
                .update();
        checkedAt = 0;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    checkedAt = 0;
                }
            });
        }
    }

    private UnitGraph load() {
        List<UnitView> units = jdbc.sql("select id, code, name, type, parent_id, valid_from, valid_to from admin_unit")
                .query((rs, n) -> new UnitView(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitType.valueOf(rs.getString("type")),
                        (Long) rs.getObject("parent_id", Long.class),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
        Map<Long, List<Long>[]> effects = new HashMap<>();
        jdbc.sql("select change_id, unit_id, effect from unit_change_effect").query(rs -> {
            @SuppressWarnings("unchecked")
            List<Long>[] lists = effects.computeIfAbsent(
                    rs.getLong("change_id"), k -> new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()});
            lists[UnitChange.Effect.valueOf(rs.getString("effect")).ordinal()].add(rs.getLong("unit_id"));
        });
        Map<Long, List<ChangeView.Link>> links = new HashMap<>();
        jdbc.sql("select change_id, predecessor_id, successor_id from unit_lineage")
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong("change_id"), k -> new ArrayList<>())
                            .add(new ChangeView.Link(rs.getLong("predecessor_id"), rs.getLong("successor_id")));
                });
        List<ChangeView> changes = jdbc.sql(
                        "select id, kind, effective_date, legal_reference, date_confirmed, note, version from unit_change")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    @SuppressWarnings("unchecked")
                    List<Long>[] e = effects.getOrDefault(id, new List[] {List.of(), List.of(), List.of()});
                    return new ChangeView(
                            id,
                            ChangeKind.valueOf(rs.getString("kind")),
                            rs.getObject("effective_date", LocalDate.class),
                            rs.getString("legal_reference"),
                            rs.getBoolean("date_confirmed"),
                            rs.getString("note"),
                            List.copyOf(e[UnitChange.Effect.ENDED.ordinal()]),
                            List.copyOf(e[UnitChange.Effect.CREATED.ordinal()]),
                            List.copyOf(e[UnitChange.Effect.CONTINUED.ordinal()]),
                            List.copyOf(links.getOrDefault(id, List.of())),
                            rs.getInt("version"));
                })
                .list();
        return new UnitGraph(units, changes);
    }
}
