package vn.ishc.backup;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.backup.Schema.Column;
import vn.ishc.backup.Schema.Table;

/**
 * The archive itself, on one JDBC connection, with no Spring: writing a database's tables into a .zip,
 * checking an archive against its manifest, and loading it into a database. {@link BackupService} adds
 * the transactions, the access rule, the emptiness rule and the audit.
 */
final class Archive {
    private Archive() {}

    static final String MANIFEST = "manifest.json";
    private static final int BATCH = 500;
    private static final JsonMapper json = JsonMapper.builder().build();

    /** Writes every table of {@code schema} and the manifest into a zip on {@code raw} (left open). */
    static Manifest write(Connection c, OutputStream raw, String schemaVersion, String takenAt)
            throws SQLException, IOException {
        Schema schema = Schema.read(c);
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(raw) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        List<Manifest.TableEntry> entries = new ArrayList<>();
        ByteArrayOutputStream row = new ByteArrayOutputStream(4096);
        for (Table t : schema.tables()) {
            String file = "tables/" + t.name() + ".jsonl";
            zip.putNextEntry(new ZipEntry(file));
            MessageDigest sha = sha256();
            long rows = 0;
            String columns = t.columns().stream().map(Column::name).collect(Collectors.joining(", "));
            String order = t.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", t.primaryKey());
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("select " + columns + " from " + t.name() + order)) {
                    while (rs.next()) {
                        row.reset();
                        try (JsonGenerator g = json.createGenerator(row)) {
                            g.writeStartArray();
                            for (int i = 0; i < t.columns().size(); i++) {
                                t.columns().get(i).kind().write(rs, i + 1, g);
                            }
                            g.writeEndArray();
                        }
                        row.write('\n');
                        byte[] bytes = row.toByteArray();
                        sha.update(bytes);
                        zip.write(bytes);
                        rows++;
                    }
                }
            }
            zip.closeEntry();
            entries.add(new Manifest.TableEntry(
                    t.name(),
                    file,
                    rows,
                    HexFormat.of().formatHex(sha.digest()),
                    t.columns().stream()
                            .map(col -> new Manifest.ColumnEntry(
                                    col.name(), col.kind().name()))
                            .toList()));
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                schemaVersion,
                takenAt,
                c.getMetaData().getDatabaseProductName(),
                List.copyOf(entries),
                schema.sequenceValues(c));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    /** The manifest, once every table's file has the row count and checksum it names. */
    static Manifest verified(ZipFile zip, String schemaVersion) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) throw new BackupRefused("backup.error.notAnArchive");
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, Manifest.class);
        } catch (JacksonException e) {
            throw new BackupRefused("backup.error.notAnArchive");
        }
        if (manifest.format() != Manifest.FORMAT || manifest.tables() == null) {
            throw new BackupRefused("backup.error.notAnArchive");
        }
        if (!schemaVersion.equals(manifest.schemaVersion())) {
            throw new BackupRefused("backup.error.schemaVersion", manifest.schemaVersion(), schemaVersion);
        }
        for (Manifest.TableEntry t : manifest.tables()) {
            ZipEntry file = zip.getEntry(t.file());
            if (file == null) throw new BackupRefused("backup.error.missingTable", t.name());
            MessageDigest sha = sha256();
            long lines = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(file), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
                }
            } catch (ZipException e) {
                throw new BackupRefused("backup.error.checksum", t.name());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
                throw new BackupRefused("backup.error.checksum", t.name());
            }
            if (lines != t.rows()) throw new BackupRefused("backup.error.rowCount", t.name(), t.rows(), lines);
        }
        return manifest;
    }

    /**
     * Replaces every row of the database with the archive's: deletes what is there (the seeds; the audit
     * tables' triggers let this transaction through, as they let the retention purge), loads each table in
     * foreign-key order, sets the standalone sequences and restarts the identity columns after the largest
     * id. The caller has checked the archive ({@link #verified}, {@link #compatible}) and that the database
     * is empty; everything runs on {@code c}, in the caller's transaction.
     */
    static void replace(Connection c, ZipFile zip, Manifest manifest, Schema schema) throws SQLException, IOException {
        appendOnlyOpen(c, schema.postgres(), true);
        try {
            List<Table> reversed = new ArrayList<>(schema.tables());
            Collections.reverse(reversed);
            for (Table t : reversed) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from " + t.name());
                }
            }
        } finally {
            appendOnlyOpen(c, schema.postgres(), false);
        }
        Map<String, Manifest.TableEntry> byName = new LinkedHashMap<>();
        for (Manifest.TableEntry t : manifest.tables()) byName.put(t.name(), t);
        for (Table t : schema.tables()) loadTable(c, zip, t, byName.get(t.name()));
        for (Map.Entry<String, Long> seq : manifest.sequences().entrySet()) {
            if (!schema.sequences().contains(seq.getKey())) continue;
            try (Statement s = c.createStatement()) {
                s.execute(
                        schema.postgres()
                                ? "select setval('" + seq.getKey() + "', " + seq.getValue() + ", false)"
                                : "alter sequence " + seq.getKey() + " restart with " + seq.getValue());
            }
        }
        // Last, because on H2 "alter table" commits the transaction: everything is loaded by then.
        for (Table t : schema.tables()) {
            for (Column col : t.columns()) {
                if (col.identity()) restartIdentity(c, schema.postgres(), t.name(), col.name());
            }
        }
    }

    /** The archive's tables and columns are this database's, each column of a kind it can take. */
    static void compatible(Schema schema, Manifest manifest) {
        Set<String> here = schema.tables().stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> there = manifest.tables().stream()
                .map(Manifest.TableEntry::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!here.equals(there)) {
            Set<String> differ = new TreeSet<>(here);
            differ.addAll(there);
            Set<String> both = new TreeSet<>(here);
            both.retainAll(there);
            differ.removeAll(both);
            throw new BackupRefused("backup.error.tables", String.join(", ", differ));
        }
        for (Manifest.TableEntry entry : manifest.tables()) {
            Table t = schema.table(entry.name());
            List<String> columnsHere = t.columns().stream().map(Column::name).toList();
            List<String> columnsThere =
                    entry.columns().stream().map(Manifest.ColumnEntry::name).toList();
            if (!new TreeSet<>(columnsHere).equals(new TreeSet<>(columnsThere))) {
                throw new BackupRefused("backup.error.columns", entry.name());
            }
            for (Manifest.ColumnEntry col : entry.columns()) {
                ColumnKind kind;
                try {
                    kind = ColumnKind.valueOf(col.kind());
                } catch (IllegalArgumentException e) {
                    throw new BackupRefused("backup.error.columns", entry.name());
                }
                if (!kind.fits(t.column(col.name()).kind())) {
                    throw new BackupRefused("backup.error.columns", entry.name() + "." + col.name());
                }
            }
        }
    }

    private static void loadTable(Connection c, ZipFile zip, Table t, Manifest.TableEntry entry)
            throws SQLException, IOException {
        List<Manifest.ColumnEntry> columns = entry.columns();
        List<Column> targets = columns.stream().map(col -> t.column(col.name())).toList();
        String sql = "insert into " + t.name() + " ("
                + columns.stream().map(Manifest.ColumnEntry::name).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
        // A column referencing its own table is loaded afterwards, so a row may come before the row it names.
        List<Integer> self = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++)
            if (t.selfReferences().contains(columns.get(i).name())) self.add(i);
        List<Integer> key = t.primaryKey().stream()
                .map(k -> columns.stream()
                        .map(Manifest.ColumnEntry::name)
                        .toList()
                        .indexOf(k))
                .toList();
        List<JsonNode> deferred = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(sql);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry(entry.file())), StandardCharsets.UTF_8))) {
            int pending = 0;
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode row = json.readTree(line);
                boolean later = false;
                for (int i = 0; i < columns.size(); i++) {
                    ColumnKind kind = ColumnKind.valueOf(columns.get(i).kind());
                    JsonNode value = row.get(i);
                    if (self.contains(i) && value != null && !value.isNull()) {
                        later = true;
                        value = null;
                    }
                    kind.bind(insert, i + 1, value, targets.get(i).sqlType());
                }
                if (later) deferred.add(row);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) insert.executeBatch();
        }
        if (deferred.isEmpty()) return;
        if (key.isEmpty() || key.contains(-1)) {
            throw new IllegalStateException("Table " + t.name() + " references itself but has no primary key");
        }
        for (int i : self) {
            String column = columns.get(i).name();
            String update = "update " + t.name() + " set " + column + " = ? where "
                    + t.primaryKey().stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
            try (PreparedStatement ps = c.prepareStatement(update)) {
                for (JsonNode row : deferred) {
                    if (row.get(i) == null || row.get(i).isNull()) continue;
                    ColumnKind.valueOf(columns.get(i).kind())
                            .bind(ps, 1, row.get(i), targets.get(i).sqlType());
                    for (int k = 0; k < key.size(); k++) {
                        int at = key.get(k);
                        ColumnKind.valueOf(columns.get(at).kind())
                                .bind(ps, k + 2, row.get(at), targets.get(at).sqlType());
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void restartIdentity(Connection c, boolean postgres, String table, String column)
            throws SQLException {
        long next;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next
                        + ", false)");
            } else {
                s.execute("alter table " + table + " alter column " + column + " restart with " + next);
            }
        }
    }

    /** Lets this transaction (PostgreSQL) or session (H2) delete from the audit tables, as the retention purge does. */
    private static void appendOnlyOpen(Connection c, boolean postgres, boolean open) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("select set_config('ishc.audit_purge', '" + (open ? "on" : "off") + "', true)");
            } else {
                s.execute(open ? "set @ishc_audit_purge = 'on'" : "set @ishc_audit_purge = null");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
