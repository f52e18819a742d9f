package vn.ishc.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
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
import vn.ishc.audit.AuditQuery;
import vn.ishc.audit.AuditTrail;
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

    private static final Pattern INSERT = Pattern.compile("(?i)\\binsert\\s+into\\s+([a-z_][a-z0-9_]*)");

    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;
    private final Flyway flyway;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    BackupService(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Flyway flyway,
            Clock clock,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            AuditTrail audit) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.flyway = flyway;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
    }

    /** What the backup screen shows: the schema version and whether a restore would be accepted now. */
    public record Status(String schemaVersion, boolean empty, String notEmptyBecause) {}

    /** The outcome of a restore. */
    public record Restored(String takenAt, String schemaVersion, int tables, long rows) {}

    /** The newest backup the application wrote: when, by whom, and where to ({@code download} or a file). */
    public record LastBackup(LocalDateTime at, String username, String where) {}

    /**
     * The newest backup this application wrote, from the audit trail (every backup is audited as
     * {@code BackupTaken}); empty if none is on record. Backups taken outside the application (pg_dump, a
     * copy of the H2 file) are not known here. Administrators only.
     */
    public Optional<LastBackup> lastTaken() {
        allowed();
        return audit
                .changes(new AuditQuery("backup", BackupEvents.TAKEN, null, null, null, null, 0, 1))
                .entries()
                .stream()
                .findFirst()
                .map(e -> new LastBackup(e.at(), e.username(), e.reason()));
    }

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
        Manifest manifest = inTransaction(
                true,
                c -> Archive.write(
                        c, out, schemaVersion(), OffsetDateTime.now(clock).toString()));
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

    // ---- restore

    Restored restore(Path archive, String where) {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = Archive.verified(zip, schemaVersion());
            Restored restored = inTransaction(false, c -> {
                Schema schema = Schema.read(c);
                Archive.compatible(schema, manifest);
                String why = notEmpty(c, schema);
                if (why != null) throw new BackupRefused("backup.error.notEmpty", why);
                Archive.replace(c, zip, manifest, schema);
                return new Restored(
                        manifest.takenAt(),
                        manifest.schemaVersion(),
                        manifest.tables().size(),
                        manifest.rows());
            });
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

    // ---- emptiness

    /** Why this database is not empty, or null when it is (see {@link #notEmpty(Connection, Schema)}). */
    String notEmptyHere() {
        return inTransaction(false, c -> notEmpty(c, Schema.read(c)));
    }

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

    private volatile String schemaVersion;

    /**
     * The latest migration applied to this database (Flyway's version, e.g. {@code 41}), read once: the
     * migrations run only when the application starts, and asking Flyway scans every script.
     */
    String schemaVersion() {
        if (schemaVersion == null) {
            MigrationInfo current = flyway.info().current();
            schemaVersion = current == null || current.getVersion() == null
                    ? ""
                    : current.getVersion().getVersion();
        }
        return schemaVersion;
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
}
