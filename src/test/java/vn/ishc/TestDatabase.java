package vn.ishc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of an integration test run. With {@code -Dishc.test.database=postgresql} the
 * tests run on PostgreSQL ({@link #url()}, as {@code postgres}); if it does not answer they are skipped with
 * a message saying so, or fail in CI (environment {@code CI=true}) or with
 * {@code -Dishc.test.postgres=required}.
 *
 * <p>One database per test JVM: the {@code postgresql} execution runs in two JVMs, and every context start
 * empties and migrates its database ({@code CleanTestDatabase}), so two JVMs on one database would wipe
 * each other's data. pom.xml passes each JVM its fork number, Surefire's {@code surefire.forkNumber}, as
 * {@code ishc.test.fork}: JVM 1 uses the configured database ({@code ISHC_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), JVM <i>N</i> from 2 on the same URL with {@code _N} after
 * the database's name ({@code test_2}), created on first use. The Spring test context gets that URL from
 * {@link Initializer} (on {@link IntegrationTest}); the tests that create databases of their own derive their
 * server or their names from {@link #url()} too.
 */
public class TestDatabase implements ActiveProfilesResolver, ExecutionCondition {

    private static Boolean reachable;
    private static String url;

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("ishc.test.database"));
    }

    /**
     * This test JVM's PostgreSQL database: the configured one in fork 1 (or outside Surefire's forks), with
     * {@code _N} after its name in fork N, which is created if the server lacks it (the configured database
     * must exist; another JVM creating it at the same moment is fine). When the server does not answer, the
     * URL is returned all the same and {@link #assumeReachable} and the condition report it.
     */
    public static synchronized String url() {
        if (url == null) {
            String configured =
                    System.getenv().getOrDefault("ISHC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            int fork = fork();
            url = fork > 1 ? created(configured, fork) : configured;
            if (onPostgres()) System.err.println("Test JVM " + fork + " on PostgreSQL at " + url);
        }
        return url;
    }

    /**
     * Surefire's fork number ({@code ishc.test.fork}, 1 and up; pom.xml writes it {@code 01}, {@code 02}), or 1
     * when there is none.
     */
    static int fork() {
        try {
            return Integer.parseInt(System.getProperty("ishc.test.fork", "1").trim());
        } catch (NumberFormatException notAForkNumber) {
            return 1;
        }
    }

    /** {@code configured} with {@code _fork} after the database's name (before any {@code ?options}). */
    static String forkUrl(String configured, int fork) {
        int options = configured.indexOf('?');
        int end = options < 0 ? configured.length() : options;
        return configured.substring(0, end) + "_" + fork + configured.substring(end);
    }

    /** The database's name in a PostgreSQL JDBC URL: after the last {@code /}, before any {@code ?}. */
    static String databaseName(String url) {
        int options = url.indexOf('?');
        int end = options < 0 ? url.length() : options;
        return url.substring(url.lastIndexOf('/', end) + 1, end);
    }

    /** The fork's URL, its database created through the configured one if missing. */
    private static String created(String configured, int fork) {
        String forkUrl = forkUrl(configured, fork);
        String name = databaseName(forkUrl);
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(configured, user(), password())) {
            boolean exists;
            try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                q.setString(1, name);
                try (ResultSet r = q.executeQuery()) {
                    exists = r.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
                }
                System.err.println("Test JVM " + fork + ": created the PostgreSQL database " + name);
            }
        } catch (SQLException e) {
            // 42P04 duplicate_database, 23505 unique_violation: created by another JVM at the same moment.
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                System.err.println("WARNING: could not create the PostgreSQL test database " + name + " through "
                        + configured + ": " + e.getMessage());
            }
        }
        return forkUrl;
    }

    /**
     * Points the Spring test context at {@link #url()} on PostgreSQL (above every property file, so
     * {@code application-postgresql.properties} names no URL); on H2 it changes nothing.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (!onPostgres()) return;
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "ishc-test-database",
                            Map.of(
                                    "spring.datasource.url", url(),
                                    "spring.datasource.username", user(),
                                    "spring.datasource.password", password())));
        }
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "postgresql"} : new String[] {"test"};
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgres()) return ConditionEvaluationResult.enabled("H2");
        String skipped = unreachable("the PostgreSQL integration tests are");
        return skipped == null
                ? ConditionEvaluationResult.enabled("PostgreSQL at " + url())
                : ConditionEvaluationResult.disabled(skipped);
    }

    /**
     * For a test that runs on PostgreSQL by itself (not through this condition): aborts it (skipped) with a
     * warning when PostgreSQL does not answer, or fails it in CI.
     */
    public static void assumeReachable(String what) {
        String skipped = unreachable(what);
        if (skipped != null) Assumptions.abort(skipped);
    }

    public static String user() {
        return System.getenv().getOrDefault("ISHC_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("ISHC_TEST_PG_PASSWORD", "");
    }

    /** Null when PostgreSQL answers; otherwise the warning (printed), or an exception in CI. */
    private static String unreachable(String what) {
        if (reachable == null) reachable = probe();
        if (reachable) return null;
        String message = "PostgreSQL is not reachable at " + url() + ": " + what + " SKIPPED."
                + " Start it (pg_ctlcluster ... main start) or set ISHC_TEST_PG_URL.";
        if ("required".equals(System.getProperty("ishc.test.postgres")) || "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED here (CI)"));
        }
        System.err.println("WARNING: " + message);
        return message;
    }

    private static boolean probe() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url(), user(), password())) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
