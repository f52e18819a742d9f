package vn.ishc.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the database as its metadata describes them (so a new module's tables are in every backup
 * without a change here), in foreign-key order: a table comes after every table it references. Left out,
 * as runtime state and not records: Spring Session's tables (who is logged in now; a restored session
 * would be a stale login) and Flyway's history (the schema itself, recorded as the archive's schema
 * version: the restore target has run the same migrations).
 */
record Schema(boolean postgres, List<Table> tables, List<String> sequences) {

    /** Tables that are runtime state, never backed up or restored. */
    static final Set<String> RUNTIME = Set.of("spring_session", "spring_session_attributes", "flyway_schema_history");

    record Column(String name, ColumnKind kind, int sqlType, boolean identity) {}

    /**
     * A table: its columns in order, its primary key (rows are written in its order), the tables it
     * references and its columns that reference itself (loaded in a second step).
     */
    record Table(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            Set<String> references,
            Set<String> selfReferences) {
        Column column(String name) {
            return columns.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    static Schema read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        boolean postgres = isPostgres(c);
        String schema = c.getSchema();
        Map<String, Table> byName = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!RUNTIME.contains(name)) names.add(name);
            }
        }
        for (String name : names) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    int type = rs.getInt("DATA_TYPE");
                    ColumnKind kind = ColumnKind.of(type);
                    if (kind == null) {
                        throw new IllegalStateException(
                                "Column " + name + "." + column + " has a type the backup cannot hold exactly ("
                                        + rs.getString("TYPE_NAME") + "): teach ColumnKind this type");
                    }
                    if ("YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) continue;
                    columns.add(new Column(column, kind, type, "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            Map<Short, String> key = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
                while (rs.next()) key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
            Set<String> references = new TreeSet<>();
            Set<String> self = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    String referenced = rs.getString("PKTABLE_NAME");
                    if (referenced.equals(name)) self.add(rs.getString("FKCOLUMN_NAME"));
                    else if (!RUNTIME.contains(referenced)) references.add(referenced);
                }
            }
            byName.put(name, new Table(name, List.copyOf(columns), List.copyOf(key.values()), references, self));
        }
        return new Schema(postgres, inForeignKeyOrder(byName), sequences(c, postgres));
    }

    /** Standalone sequences (not those behind identity columns, which follow their tables' rows). */
    private static List<String> sequences(Connection c, boolean postgres) throws SQLException {
        String sql = postgres
                ? "select s.relname from pg_class s join pg_namespace n on n.oid = s.relnamespace"
                        + " where s.relkind = 'S' and n.nspname = current_schema()"
                        + " and not exists (select 1 from pg_depend d where d.objid = s.oid and d.deptype in ('a', 'i'))"
                        + " order by 1"
                : "select sequence_name from information_schema.sequences where sequence_schema = current_schema()"
                        + " and sequence_name not like 'system_sequence%' order by 1";
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return List.copyOf(names);
    }

    /** Tables ordered so each comes after those it references; a cycle between tables is refused. */
    private static List<Table> inForeignKeyOrder(Map<String, Table> byName) {
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : byName.keySet()) visit(name, byName, done, visiting);
        return done.stream().map(byName::get).toList();
    }

    private static void visit(String name, Map<String, Table> byName, Set<String> done, Set<String> visiting) {
        if (done.contains(name)) return;
        if (!visiting.add(name)) {
            throw new IllegalStateException(
                    "Foreign keys form a cycle between tables " + visiting + ": the backup cannot order them");
        }
        Table t = byName.get(name);
        if (t != null) for (String ref : t.references()) visit(ref, byName, done, visiting);
        visiting.remove(name);
        done.add(name);
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The next value each standalone sequence would give now. */
    Map<String, Long> sequenceValues(Connection c) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String seq : sequences) {
            String sql = postgres
                    ? "select case when is_called then last_value + 1 else last_value end from " + seq
                    : "select base_value from information_schema.sequences where sequence_schema = current_schema()"
                            + " and sequence_name = '" + seq + "'";
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                values.put(seq, rs.getLong(1));
            }
        }
        return values;
    }
}
