package vn.ishc.backup;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.backup.Schema.Column;
import vn.ishc.backup.Schema.Table;
import vn.ishc.shared.CurrentUser;

/**
 * A full backup of the database into one .zip archive, and its restore into an empty database (issue 16,
 * item 4). The archive holds a file per table ({@code tables/<name>.jsonl}: one JSON array per row, values
 * typed by {@link ColumnKind}) and {@code manifest.json} ({@link Manifest}). Administrators only; the
 * command line ({@link BackupCommand}) runs as the system.
 *
 * <p>This module is the one deliberate exception to "a module alone reads its tables": it reads and writes
 * every table, found through the database metadata, without knowing what they mean. The only tables it
 * names are those the first start of the application writes by itself ({@link #START_UP_ROWS}).
 */
@Service
public class BackupService {

    static final String MANIFEST = "manifest.json";

    /**
     * The rows the application writes by itself on its first start on an empty database, tolerated in an
     * "empty" database: the first administrator ({@code account.FirstAdministrator}: at most one account,
     * an administrator) and the audit entries of that, by {@code system}. Each is a condition the table's
     * rows must all meet, and the most rows it may have (-1: any number).
     */
    static final Map<String, StartUpRows> START_UP_ROWS = Map.of(
            "app_user", new StartUpRows("role = 'ADMIN'", 1),
            "audit_entry", new StartUpRows("username = '" + CurrentUser.SYSTEM + "'", -1),
            "audit_change", new StartUpRows("1 = 1", -1));

    record StartUpRows(String condition, int most) {}

    /** The audit tables' append-only triggers, which a restore must pass to clear the first start's entries. */
    static final Set<String> APPEND_ONLY = Set.of("audit_entry", "audit_change", "audit_access");

    private static final Pattern INSERT = Pattern.compile("(?i)\\binsert\\s+into\\s+([a-z_][a-z0-9_]*)");
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;
    private final Flyway flyway;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    BackupService(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Flyway flyway,
            Clock clock,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.flyway = flyway;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** What the backup screen shows: the schema version and whether a restore would be accepted now. */
    public record Status(String schemaVersion, boolean empty, String notEmptyBecause) {}

    /** The outcome of a restore. */
    public record Restored(String takenAt, String schemaVersion, int tables, long rows) {}

    public Status status() {
        allowed();
        return inTransaction(false, c -> {
            String why = notEmpty(c, Schema.read(c));
            return new Status(schemaVersion(), why == null, why);
        });
    }

    /** Writes a backup of the whole database to {@code out} (not closed) and audits it. Administrators only. */
    public Manifest export(OutputStream out) {
        allowed();
        return export(out, "download");
    }

    /** Restores the archive into this database, which must be empty. Administrators only. */
    public Restored restore(Path archive) {
        allowed();
        return restore(archive, "upload");
    }

    private void allowed() {
        if (!currentUser.mayAdminister()) throw new AccessDeniedException("backup: administrators only");
    }

    // ---- export

    Manifest export(OutputStream out, String where) {
        Manifest manifest = inTransaction(true, c -> write(c, out));
        inTransaction(false, c -> {
            events.publishEvent(new BackupEvents.BackupTaken(
                    manifest.takenAt(),
                    manifest.schemaVersion(),
                    manifest.tables().size(),
                    manifest.rows(),
                    where));
            return null;
        });
        return manifest;
    }

    private Manifest write(Connection c, OutputStream raw) throws SQLException, IOException {
        String takenAt = OffsetDateTime.now(clock).toString();
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
                schemaVersion(),
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

    // ---- restore

    Restored restore(Path archive, String where) {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = verified(zip);
            Restored restored = inTransaction(false, c -> load(c, zip, manifest));
            inTransaction(false, c -> {
                events.publishEvent(new BackupEvents.BackupRestored(
                        restored.takenAt(), restored.schemaVersion(), restored.tables(), restored.rows(), where));
                return null;
            });
            return restored;
        } catch (IOException e) {
            throw new BackupRefused("backup.error.notAnArchive");
        }
    }

    private static ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackupRefused("backup.error.notAnArchive");
        }
    }

    /** The manifest, once every table's file has the row count and checksum it names. */
    private Manifest verified(ZipFile zip) throws IOException {
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
        if (!schemaVersion().equals(manifest.schemaVersion())) {
            throw new BackupRefused("backup.error.schemaVersion", manifest.schemaVersion(), schemaVersion());
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

    private Restored load(Connection c, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        Schema schema = Schema.read(c);
        compatible(schema, manifest);
        String why = notEmpty(c, schema);
        if (why != null) throw new BackupRefused("backup.error.notEmpty", why);

        appendOnlyOpen(c, schema.postgres(), true);
        try {
            List<Table> reversed = new ArrayList<>(schema.tables());
            java.util.Collections.reverse(reversed);
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
        return new Restored(
                manifest.takenAt(), manifest.schemaVersion(), manifest.tables().size(), manifest.rows());
    }

    /** The archive's tables and columns are this database's, each column of a kind it can take. */
    private static void compatible(Schema schema, Manifest manifest) {
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

    private void loadTable(Connection c, ZipFile zip, Table t, Manifest.TableEntry entry)
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

    // ---- emptiness

    /**
     * Why the database is not empty (a table and its row count), or null when it is. Empty means: every
     * table holds no rows, except (1) the tables the migrations seed with reference data (any rows: a
     * change to them by a person is audited, and so caught by the next rule), and (2) the rows the first
     * start writes by itself ({@link #START_UP_ROWS}: one administrator account and {@code system}'s audit
     * entries). Spring Session's and Flyway's tables are not looked at.
     */
    String notEmpty(Connection c, Schema schema) throws SQLException {
        Set<String> seeded = seededTables();
        for (Table t : schema.tables()) {
            if (seeded.contains(t.name())) continue;
            StartUpRows startUp = START_UP_ROWS.get(t.name());
            long rows = count(c, "select count(*) from " + t.name());
            if (rows == 0) continue;
            if (startUp == null) return t.name() + " (" + rows + ")";
            long others = count(c, "select count(*) from " + t.name() + " where not (" + startUp.condition() + ")");
            if (others > 0 || (startUp.most() >= 0 && rows > startUp.most())) return t.name() + " (" + rows + ")";
        }
        return null;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tables a migration inserts rows into (reference data), read from the migration scripts. */
    static Set<String> seededTables() {
        Set<String> seeded = new TreeSet<>();
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/*.sql");
            for (Resource r : scripts) {
                String sql = r.getContentAsString(StandardCharsets.UTF_8);
                Matcher m = INSERT.matcher(sql);
                while (m.find()) seeded.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeded;
    }

    // ---- plumbing

    /** The latest migration applied to this database (Flyway's version, e.g. {@code 41}). */
    String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? ""
                : current.getVersion().getVersion();
    }

    interface Work<T> {
        T on(Connection c) throws SQLException, IOException;
    }

    /**
     * Runs {@code work} in one transaction on its connection. Read-only work is a consistent snapshot:
     * repeatable read on PostgreSQL (one snapshot for the whole transaction), serializable on H2.
     */
    private <T> T inTransaction(boolean readOnly, Work<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (readOnly) {
            tx.setReadOnly(true);
            tx.setIsolationLevel(
                    postgres()
                            ? TransactionDefinition.ISOLATION_REPEATABLE_READ
                            : TransactionDefinition.ISOLATION_SERIALIZABLE);
        }
        return tx.execute(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                return work.on(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Backup: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Boolean postgres;

    private boolean postgres() {
        if (postgres == null) {
            postgres = inTransactionPlain(c -> Schema.isPostgres(c));
        }
        return postgres;
    }

    private <T> T inTransactionPlain(Work<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
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
