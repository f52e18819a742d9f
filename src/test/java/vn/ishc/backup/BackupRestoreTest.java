package vn.ishc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.IshcApplication;
import vn.ishc.TestClubs;
import vn.ishc.TestDatabase;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundResults.Balances;
import vn.ishc.member.Composition;
import vn.ishc.member.MemberRegistry;
import vn.ishc.plan.Era;
import vn.ishc.plan.IndicatorEngine;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorViews;

/**
 * Issue 16's "Done when" for backup and restore: the demo database of the shared test context (H2, or
 * PostgreSQL in the {@code postgresql} run) is backed up and restored into an empty PostgreSQL database
 * created here (a second application context on it, demo data off, its migrations run), where every
 * indicator of the demo plan for the city (by the plan's units and by current units, as of the test clock),
 * every club's fund balances and composition are the same, and every table but the audit trail's comes out
 * of a second backup byte for byte the same. Refusals, each leaving the database as it was: a database that
 * is not empty, an archive with a changed byte, an archive of another schema version.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {
    static final Set<String> AUDIT = Set.of("audit_entry", "audit_change", "audit_access");

    @Autowired
    BackupService backups;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Value("${ishc.clock.fixed}")
    String fixedClock;

    Path dir;
    Path archive;
    Manifest manifest;

    @BeforeAll
    void backUp() throws IOException {
        dir = Files.createTempDirectory("ishc-backup-restore");
        archive = dir.resolve("demo.zip");
        try (OutputStream out = Files.newOutputStream(archive)) {
            manifest = backups.export(out, "test");
        }
    }

    @AfterAll
    void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theManifestListsEveryTableWithItsCountAndTheSchemaVersion() throws IOException {
        assertThat(manifest.schemaVersion()).isEqualTo(backups.schemaVersion()).isNotBlank();
        assertThat(manifest.takenAt()).startsWith(fixedClock.substring(0, 10));
        assertThat(manifest.tables())
                .extracting(Manifest.TableEntry::name)
                .contains("admin_unit", "club", "person", "membership", "fund_entry", "plan", "app_user", "audit_entry")
                .doesNotContain("spring_session", "spring_session_attributes", "flyway_schema_history");
        // Foreign-key order: a table after those it references.
        List<String> order =
                manifest.tables().stream().map(Manifest.TableEntry::name).toList();
        assertThat(order.indexOf("admin_unit")).isLessThan(order.indexOf("club"));
        assertThat(order.indexOf("club")).isLessThan(order.indexOf("membership"));
        assertThat(order.indexOf("person")).isLessThan(order.indexOf("membership"));
        Map<String, Long> rows = rowsByTable(manifest);
        assertThat(rows.get("club")).isEqualTo(count("club")).isPositive();
        assertThat(rows.get("membership")).isEqualTo(count("membership")).isPositive();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertThat(zip.getEntry("tables/club.jsonl")).isNotNull();
            assertThat(zip.getEntry(Archive.MANIFEST)).isNotNull();
        }
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedAndKeepsEveryRow() throws IOException {
        Manifest before = exportAgain("before");
        assertThat(backups.notEmptyHere()).isNotNull();
        assertThatThrownBy(() -> backups.restore(archive, "test"))
                .isInstanceOf(BackupRefused.class)
                .hasMessage("backup.error.notEmpty");
        assertSameRecords(before, exportAgain("after"));
    }

    @Test
    void aChangedByteAndAnotherSchemaVersionAreRefusedBeforeAnythingChanges() throws IOException {
        Manifest before = exportAgain("before");
        Path tampered = rewrite(archive, "tables/membership.jsonl", t -> t.replaceFirst("\\d", "9"));
        assertThatThrownBy(() -> backups.restore(tampered, "test"))
                .isInstanceOf(BackupRefused.class)
                .hasMessage("backup.error.checksum")
                .satisfies(e -> assertThat(((BackupRefused) e).args()).containsExactly("membership"));
        Path older = rewrite(
                archive,
                Archive.MANIFEST,
                t -> t.replace(
                        "\"schemaVersion\" : \"" + manifest.schemaVersion() + "\"", "\"schemaVersion\" : \"30\""));
        assertThatThrownBy(() -> backups.restore(older, "test"))
                .isInstanceOf(BackupRefused.class)
                .hasMessage("backup.error.schemaVersion")
                .satisfies(e -> assertThat(((BackupRefused) e).args()).containsExactly("30", manifest.schemaVersion()));
        assertSameRecords(before, exportAgain("after"));
    }

    @Test
    void restoredIntoAnEmptyPostgresqlEveryIndicatorBalanceAndMemberCountIsTheSame() throws Exception {
        TestDatabase.assumeReachable("BackupRestoreTest's restore into PostgreSQL is");
        String database = "test_backup_restore_" + ProcessHandle.current().pid();
        String server = TestDatabase.url().substring(0, TestDatabase.url().lastIndexOf('/') + 1);
        postgres(server, "drop database if exists " + database + " with (force)");
        postgres(server, "create database " + database);
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(IshcApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        // Arguments, not default properties: these must win over application.properties.
                        "--spring.datasource.url=" + server + database,
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password(),
                        "--ishc.demo=false",
                        "--ishc.admin-password=restore-test-admin",
                        "--ishc.clock.fixed=" + fixedClock)) {
            BackupService target = restored.getBean(BackupService.class);
            JdbcClient targetJdbc = restored.getBean(JdbcClient.class);
            assertThat(target.notEmptyHere()).as("a fresh database is empty").isNull();

            Path tampered = rewrite(archive, "tables/club.jsonl", t -> t.replaceFirst("CLB", "CLX"));
            assertThatThrownBy(() -> target.restore(tampered, "test")).hasMessage("backup.error.checksum");
            Path older = rewrite(
                    archive,
                    Archive.MANIFEST,
                    t -> t.replace(
                            "\"schemaVersion\" : \"" + manifest.schemaVersion() + "\"", "\"schemaVersion\" : \"30\""));
            assertThatThrownBy(() -> target.restore(older, "test")).hasMessage("backup.error.schemaVersion");
            assertThat(target.notEmptyHere())
                    .as("nothing changed by the refusals")
                    .isNull();
            assertThat(targetJdbc
                            .sql("select count(*) from club")
                            .query(Long.class)
                            .single())
                    .isZero();

            BackupService.Restored r = target.restore(archive, "test");
            assertThat(r.rows()).isEqualTo(manifest.rows());
            assertThat(target.notEmptyHere()).isNotNull();

            assertThat(figures(restored))
                    .as("indicators, fund balances, compositions")
                    .isEqualTo(figures(context));

            Manifest again;
            try (OutputStream out = Files.newOutputStream(dir.resolve("again.zip"))) {
                again = target.export(out, "test");
            }
            assertSameRecords(manifest, again);
            Map<String, Long> before = rowsByTable(manifest);
            Map<String, Long> after = rowsByTable(again);
            assertThat(after.get("audit_entry")).as("the restore's own entry").isEqualTo(before.get("audit_entry") + 1);

            // New records get fresh ids after the restored ones, on every table with an identity.
            long clubs =
                    targetJdbc.sql("select max(id) from club").query(Long.class).single();
            assertThat(targetJdbc
                            .sql("select nextval(pg_get_serial_sequence('club', 'id'))")
                            .query(Long.class)
                            .single())
                    .isEqualTo(clubs + 1);
            assertThatThrownBy(() -> target.restore(archive, "test")).hasMessage("backup.error.notEmpty");
        } finally {
            postgres(server, "drop database if exists " + database + " with (force)");
        }
    }

    /** Every figure the issue names, computed by the application's own services as the demo administrator. */
    static Map<String, Object> figures(ApplicationContext app) {
        UserDetailsService accounts = app.getBean(UserDetailsService.class);
        IndicatorViews views = app.getBean(IndicatorViews.class);
        IndicatorEngine engine = app.getBean(IndicatorEngine.class);
        ClubFunds funds = app.getBean(ClubFunds.class);
        MemberRegistry members = app.getBean(MemberRegistry.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        return TestClubs.as(accounts, "demo-admin", () -> {
            Map<String, Object> f = new LinkedHashMap<>();
            for (Era era : Era.values()) {
                Dashboard d = engine.compute(views.resolve(1L, null, today, era), views.scope());
                assertThat(d.unit().name()).isEqualTo("Thành phố Buôn Ma Thuột");
                f.put("indicators " + era, d.results());
                f.put("rows " + era, d.rows());
            }
            List<Long> clubs = jdbc.sql("select id from club order by id")
                    .query(Long.class)
                    .list();
            assertThat(clubs).isNotEmpty();
            Map<Long, Balances> balances = new LinkedHashMap<>();
            for (long club : clubs) balances.put(club, funds.balances(club, today));
            f.put("balances", balances);
            Map<Long, Composition> compositions = members.compositions(clubs, today);
            assertThat(compositions.values().stream()
                            .mapToInt(Composition::members)
                            .sum())
                    .isPositive();
            f.put("compositions", compositions);
            return f;
        });
    }

    /** Every table but the audit trail's holds the same rows (the same checksum) in both archives. */
    static void assertSameRecords(Manifest a, Manifest b) {
        Map<String, String> left = new LinkedHashMap<>();
        Map<String, String> right = new LinkedHashMap<>();
        a.tables().stream()
                .filter(t -> !AUDIT.contains(t.name()))
                .forEach(t -> left.put(t.name(), t.rows() + " " + t.sha256()));
        b.tables().stream()
                .filter(t -> !AUDIT.contains(t.name()))
                .forEach(t -> right.put(t.name(), t.rows() + " " + t.sha256()));
        assertThat(right).isEqualTo(left);
    }

    Manifest exportAgain(String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + "-" + System.nanoTime() + ".zip"))) {
            return backups.export(out, "test");
        }
    }

    static Map<String, Long> rowsByTable(Manifest m) {
        Map<String, Long> rows = new LinkedHashMap<>();
        m.tables().forEach(t -> rows.put(t.name(), t.rows()));
        return rows;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A copy of the archive with one entry's text changed (the manifest left as it was, unless it is the entry). */
    Path rewrite(Path source, String entry, UnaryOperator<String> change) throws IOException {
        Path copy = Files.createTempFile(dir, "changed", ".zip");
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : in.stream().toList()) {
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String changed = change.apply(text);
                    assertThat(changed).as("the test changed " + entry).isNotEqualTo(text);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    static void postgres(String server, String sql) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(server + "postgres", TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
