import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the hand-written SQL of the dashboard (bench/dashboard-sql/dashboard.sql) on a database and prints
 * its figures as JSON, in the shape of /api/v1/indicators (numerator, denominator, perYear per indicator).
 * Single-file source launch, JDBC drivers on the class path:
 *
 * <pre>
 *   java -cp h2.jar:postgresql.jar bench/SqlTimer.java --url URL [--user U] [--password P]
 *       --plan ID --unit ID --as-of YYYY-MM-DD --units current|plan [--warmup 5] [--runs 10]
 *       [--sql bench/dashboard-sql/dashboard.sql] [--parts bench/dashboard-sql/parts.sql] [--explain plain|analyze]
 * </pre>
 *
 * <p>Not timed: reading the unit graph and the plan, and working out the view's rows and recording units
 * as the application's EraMap does from its in-memory graph (re-implemented here from the tables
 * admin_unit, unit_change and unit_lineage, so that it is a second opinion, not the same code). Timed: the
 * statements of the SQL file, on one connection, with the view's figures as parameters; each run executes
 * every statement and reads every row. Warm-up runs first, then the timed runs: median, min and max in ms.
 * With --parts, each statement of that file (a part of the work, named by a "-- part: NAME" comment) is
 * timed the same way, to show where the time goes.
 */
public class SqlTimer {

    record Unit(long id, String type, Long parentId, LocalDate validFrom, LocalDate validTo) {
        boolean validOn(LocalDate d) {
            return (validFrom == null || !validFrom.isAfter(d)) && (validTo == null || !validTo.isBefore(d));
        }

        boolean grassroots() {
            return Set.of("WARD", "COMMUNE", "TOWNSHIP", "SPECIAL_ZONE").contains(type);
        }
    }

    record Edge(long pred, long succ, LocalDate effective) {}

    static final Map<Long, Unit> units = new HashMap<>();
    static final Map<Long, List<Long>> children = new HashMap<>();
    static final List<Edge> edges = new ArrayList<>();
    static final Map<Long, List<Edge>> edgesFrom = new HashMap<>();
    static final Map<Long, List<Edge>> edgesTo = new HashMap<>();

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of(
                "--user", "", "--password", "", "--warmup", "5", "--runs", "10",
                "--sql", "bench/dashboard-sql/dashboard.sql"));
        for (int i = 0; i + 1 < argv.length; i += 2) a.put(argv[i], argv[i + 1]);
        for (String k : List.of("--url", "--plan", "--unit", "--as-of", "--units"))
            if (!a.containsKey(k)) throw new IllegalArgumentException("missing " + k);
        LocalDate asOf = LocalDate.parse(a.get("--as-of"));
        boolean planUnits = a.get("--units").equals("plan");
        long viewUnit = Long.parseLong(a.get("--unit"));
        int warmup = Integer.parseInt(a.get("--warmup"));
        int runs = Integer.parseInt(a.get("--runs"));

        String url = a.get("--url");
        // H2 answers a repeated, unchanged query from its previous result without running it: turned
        // off, so that every timed run computes the figures.
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("OPTIMIZE_REUSE_RESULTS"))
            url += ";OPTIMIZE_REUSE_RESULTS=FALSE";
        try (Connection c = DriverManager.getConnection(url, a.get("--user"), a.get("--password"))) {
            // --- Not timed: the unit graph, the plan, the view's rows and recording units.
            loadGraph(c);
            Map<String, Object> plan = plan(c, Long.parseLong(a.get("--plan")));
            @SuppressWarnings("unchecked")
            Set<Long> planScope = (Set<Long>) plan.get("units");
            LocalDate start = (LocalDate) plan.get("period_start");
            LocalDate end = (LocalDate) plan.get("period_end");
            LocalDate eraDate = planUnits ? (LocalDate) plan.get("units_date") : asOf;
            Map<Long, Long> rowOf = new TreeMap<>(); // recording unit -> its single row unit, or -1
            int rows = eraMap(viewUnit, eraDate, planUnits ? planScope : null, rowOf);
            LocalDate upTo = end.isBefore(asOf) ? end : asOf;
            int olderAge = ((Number) plan.get("older_age")).intValue();
            Map<String, Object> p = new HashMap<>();
            p.put("asOf", asOf);
            p.put("start", start);
            p.put("upTo", upTo);
            p.put("beforeStart", start.minusDays(1));
            p.put("olderDate", asOf.minusYears(olderAge));
            p.put("olderYear", asOf.getYear() - olderAge);
            p.put("yearStart", LocalDate.of(upTo.getYear(), 1, 1));
            p.put("yearEnd", upTo);
            p.put("fullyActiveMeetings", ((Number) plan.get("fully_active_meetings")).intValue());
            p.put("fullyActiveAreas", ((Number) plan.get("fully_active_areas")).intValue());
            for (String[] k : new String[][] {
                {"membersMin", "members_min"}, {"membersMax", "members_max"},
                {"womenMin", "women_min_percent"}, {"womenMax", "women_max_percent"},
                {"olderMin", "older_min_percent"}, {"olderMax", "older_max_percent"},
                {"youngerMin", "younger_min_percent"}, {"youngerMax", "younger_max_percent"}
            }) p.put(k[0], ((Number) plan.get(k[1])).intValue());
            String unitList = rowOf.isEmpty()
                    ? "-1"
                    : rowOf.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            String rowList = rowOf.entrySet().stream()
                    .filter(e -> e.getValue() >= 0)
                    .map(e -> "(" + e.getKey() + ", " + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            if (rowList.isEmpty()) rowList = "(-1, cast(null as bigint))";
            String ownList = territory(viewUnit).stream()
                    .map(units::get)
                    .filter(u -> !u.grassroots())
                    .map(u -> String.valueOf(u.id))
                    .collect(Collectors.joining(","));
            if (ownList.isEmpty()) ownList = "-1";
            Map<String, String> literal = Map.of("units", unitList, "rowOf", rowList, "ownUnits", ownList);

            List<Stmt> main = statements(Files.readString(Path.of(a.get("--sql"))), literal);
            if (a.containsKey("--explain")) { // "analyze": EXPLAIN ANALYZE, else EXPLAIN; on stderr
                String how = a.get("--explain").equals("analyze") ? "explain analyze " : "explain ";
                for (Stmt s : main) {
                    for (var row : run(c, new Stmt(s.name, how + s.sql, s.params), p))
                        System.err.println(row.values().iterator().next());
                }
            }
            // --- Timed.
            List<List<Map<String, Object>>> results = null;
            double[] times = new double[runs];
            for (int r = -warmup; r < runs; r++) {
                long t0 = System.nanoTime();
                List<List<Map<String, Object>>> res = new ArrayList<>();
                for (Stmt s : main) res.add(run(c, s, p));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r >= 0) times[r] = ms;
                results = res;
            }
            StringBuilder out = new StringBuilder("{");
            out.append("\"plan\": ").append(a.get("--plan")).append(", \"units\": \"")
                    .append(planUnits ? "plan" : "current").append("\", \"unit\": ")
                    .append(viewUnit).append(", \"asOf\": \"").append(asOf).append("\", \"unitsOf\": \"")
                    .append(eraDate).append("\", \"rows\": ").append(rows).append(", \"recordingUnits\": ")
                    .append(rowOf.size()).append(", \"runs\": ").append(runs).append(", \"warmup\": ")
                    .append(warmup).append(", ").append(stats("ms", times)).append(", \"indicators\": ")
                    .append(figures(results.get(0).get(0), results.get(1), results.get(2).get(0), start, upTo));
            if (a.containsKey("--parts")) {
                out.append(", \"parts\": {");
                List<Stmt> parts = statements(Files.readString(Path.of(a.get("--parts"))), literal);
                for (int i = 0; i < parts.size(); i++) {
                    Stmt s = parts.get(i);
                    double[] pt = new double[runs];
                    for (int r = -warmup; r < runs; r++) {
                        long t0 = System.nanoTime();
                        run(c, s, p);
                        if (r >= 0) pt[r] = (System.nanoTime() - t0) / 1e6;
                    }
                    out.append(i == 0 ? "" : ", ").append('"').append(s.name).append("\": {")
                            .append(stats("ms", pt)).append('}');
                }
                out.append('}');
            }
            System.out.println(out.append('}'));
        }
    }

    static String stats(String unit, double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return String.format(java.util.Locale.ROOT, "\"median_%s\": %.2f, \"min_%s\": %.2f, \"max_%s\": %.2f",
                unit, median, unit, s[0], unit, s[s.length - 1]);
    }

    /** The figures in the API's shape: code -> {numerator, denominator, perYear}. */
    static String figures(
            Map<String, Object> row,
            List<Map<String, Object>> years,
            Map<String, Object> resources,
            LocalDate start,
            LocalDate upTo) {
        Map<String, long[]> f = new LinkedHashMap<>();
        for (String code : List.of("UNITS_WITH_CLUB", "NEW_CLUBS", "NEW_CLUBS_YEAR", "NEW_CLUB_MEMBERS",
                "NEW_CLUB_OLDER_MEMBERS", "OLD_CLUBS_MAINTAINED", "CLUBS_COMPOSITION_OK", "MEMBERS_WITH_LOANS",
                "CLUBS_WITH_BOTH_FUNDS", "DISADVANTAGED_MEMBERS", "CLUBS_FULLY_ACTIVE_WELL_MANAGED",
                "CLUBS_TRAINED_MONITORED")) {
            String col = code.toLowerCase();
            Object num = row.get(col + "_num");
            Object den = row.get(col + "_den");
            if (num != null) f.put(code, new long[] {((Number) num).longValue(), den == null ? -1 : ((Number) den).longValue()});
        }
        f.put("RESOURCES_MOBILISED", new long[] {((Number) resources.get("resources_mobilised_num")).longValue(), -1});
        // NEW_CLUBS_YEAR: every year of the period so far (0 when none), the card's year the numerator.
        Map<Integer, Long> perYear = new TreeMap<>();
        for (int y = start.getYear(); y <= upTo.getYear(); y++) perYear.put(y, 0L);
        for (Map<String, Object> y : years) perYear.merge(((Number) y.get("yr")).intValue(), ((Number) y.get("num")).longValue(), Long::sum);
        int year = Math.max(upTo.getYear(), start.getYear());
        f.put("NEW_CLUBS_YEAR", new long[] {perYear.getOrDefault(year, 0L), -1});
        StringBuilder b = new StringBuilder("{");
        for (var e : f.entrySet()) {
            if (b.length() > 1) b.append(", ");
            b.append('"').append(e.getKey()).append("\": {\"numerator\": ").append(e.getValue()[0])
                    .append(", \"denominator\": ").append(e.getValue()[1] < 0 ? "null" : e.getValue()[1]);
            if (e.getKey().equals("NEW_CLUBS_YEAR")) {
                b.append(", \"year\": ").append(year).append(", \"perYear\": {")
                        .append(perYear.entrySet().stream().map(x -> "\"" + x.getKey() + "\": " + x.getValue())
                                .collect(Collectors.joining(", ")))
                        .append('}');
            }
            b.append('}');
        }
        return b.append('}').toString();
    }

    // ---------------------------------------------------------------------------------------------------
    // SQL: statements separated by ";" at the end of a line; ":name" a bound parameter, except the
    // literal lists (:units, :rowOf), written into the text.

    record Stmt(String name, String sql, List<String> params) {}

    static final Pattern PARAM = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    static List<Stmt> statements(String text, Map<String, String> literal) {
        List<Stmt> out = new ArrayList<>();
        for (String chunk : text.split(";\\s*(\\n|$)")) {
            String name = "statement " + (out.size() + 1);
            Matcher nm = Pattern.compile("--\\s*part:\\s*(.+)").matcher(chunk);
            if (nm.find()) name = nm.group(1).strip();
            String sql = chunk.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n")).strip();
            if (sql.isEmpty()) continue;
            for (var e : literal.entrySet()) sql = sql.replace(":" + e.getKey(), e.getValue());
            List<String> params = new ArrayList<>();
            Matcher m = PARAM.matcher(sql);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                params.add(m.group(1));
                m.appendReplacement(b, "?");
            }
            m.appendTail(b);
            out.add(new Stmt(name, b.toString(), params));
        }
        return out;
    }

    static List<Map<String, Object>> run(Connection c, Stmt s, Map<String, Object> p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(s.sql)) {
            for (int i = 0; i < s.params.size(); i++) {
                Object v = p.get(s.params.get(i));
                if (v == null && !p.containsKey(s.params.get(i)))
                    throw new IllegalArgumentException("no value for :" + s.params.get(i));
                ps.setObject(i + 1, v);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The view, as vn.ishc.plan.EraMap and vn.ishc.area.UnitGraph work it out.

    static void loadGraph(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement()
                .executeQuery("select id, type, parent_id, valid_from, valid_to from admin_unit")) {
            while (rs.next()) {
                Long parent = rs.getObject(3) == null ? null : rs.getLong(3);
                Unit u = new Unit(rs.getLong(1), rs.getString(2), parent, date(rs, 4), date(rs, 5));
                units.put(u.id, u);
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(u.id);
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery("select l.predecessor_id, l.successor_id,"
                + " c.effective_date from unit_lineage l join unit_change c on c.id = l.change_id")) {
            while (rs.next()) {
                Edge e = new Edge(rs.getLong(1), rs.getLong(2), date(rs, 3));
                edges.add(e);
                edgesFrom.computeIfAbsent(e.pred, k -> new ArrayList<>()).add(e);
                edgesTo.computeIfAbsent(e.succ, k -> new ArrayList<>()).add(e);
            }
        }
    }

    static LocalDate date(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    static Map<String, Object> plan(Connection c, long id) throws SQLException {
        Map<String, Object> plan = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select * from plan where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no plan " + id);
                for (String col : List.of("period_start", "period_end", "units_date")) plan.put(col, rs.getObject(col, LocalDate.class));
                for (String col : List.of("members_min", "members_max", "women_min_percent", "women_max_percent",
                        "older_min_percent", "older_max_percent", "younger_min_percent", "younger_max_percent", "older_age",
                        "fully_active_meetings", "fully_active_areas"))
                    plan.put(col, rs.getInt(col));
            }
        }
        Set<Long> scope = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select unit_id from plan_unit where plan_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) scope.add(rs.getLong(1));
            }
        }
        plan.put("units", scope);
        return plan;
    }

    /**
     * Fills rowOf (recording unit -> its row's unit, or -1 for a "formed from several" row) and returns the
     * number of rows of single units.
     */
    static int eraMap(long viewUnit, LocalDate eraDate, Set<Long> only, Map<Long, Long> rowOf) {
        List<Unit> inView = territory(viewUnit).stream().map(units::get).filter(Unit::grassroots).toList();
        Set<Long> rowUnits = new HashSet<>();
        for (Unit u : inView) if (u.validOn(eraDate) && (only == null || only.contains(u.id))) rowUnits.add(u.id);
        for (Unit u : inView) {
            Set<Long> target = eraUnitsOf(u, eraDate);
            if (target.isEmpty() || !rowUnits.containsAll(target)) continue;
            rowOf.put(u.id, target.size() == 1 ? target.iterator().next() : -1L);
        }
        return rowUnits.size();
    }

    static Set<Long> eraUnitsOf(Unit u, LocalDate date) {
        if (u.validOn(date)) return Set.of(u.id);
        boolean forward = u.validTo != null && u.validTo.isBefore(date);
        Set<Long> seen = new HashSet<>();
        Set<Long> found = new TreeSet<>();
        Deque<Long> work = new ArrayDeque<>(List.of(u.id));
        while (!work.isEmpty()) {
            long current = work.pop();
            if (!seen.add(current)) continue;
            Unit x = units.get(current);
            if (x == null) continue;
            if (x.validOn(date)) found.add(current);
            if (forward) {
                for (Edge e : edgesFrom.getOrDefault(current, List.of())) if (!e.effective.isAfter(date)) work.push(e.succ);
            } else {
                for (Edge e : edgesTo.getOrDefault(current, List.of())) if (e.effective.isAfter(date)) work.push(e.pred);
            }
        }
        return found;
    }

    static Set<Long> territory(long id) {
        Set<Long> inside = new HashSet<>();
        if (!units.containsKey(id)) return inside;
        addWithSubtree(id, inside);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Edge e : edges) {
                boolean predIn = inside.contains(e.pred);
                boolean succIn = inside.contains(e.succ);
                if (succIn && !predIn && edgesFrom.get(e.pred).stream().allMatch(x -> inside.contains(x.succ))) {
                    addWithSubtree(e.pred, inside);
                    grew = true;
                } else if (predIn && !succIn && edgesTo.get(e.succ).stream().allMatch(x -> inside.contains(x.pred))) {
                    addWithSubtree(e.succ, inside);
                    grew = true;
                }
            }
        }
        return inside;
    }

    static void addWithSubtree(long id, Set<Long> inside) {
        Deque<Long> work = new ArrayDeque<>(List.of(id));
        while (!work.isEmpty()) {
            long current = work.pop();
            if (inside.add(current)) for (long child : children.getOrDefault(current, List.of())) work.push(child);
        }
    }
}
