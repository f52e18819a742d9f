package vn.ishc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of an integration test run. With {@code -Dishc.test.database=postgresql} the
 * tests run on PostgreSQL ({@code ISHC_TEST_PG_URL}, default 127.0.0.1:5432/test as postgres); if it does
 * not answer they are skipped with a message saying so, or fail in CI (environment {@code CI=true}) or
 * with {@code -Dishc.test.postgres=required}.
 */
public class TestDatabase implements ActiveProfilesResolver, ExecutionCondition {

    private static Boolean reachable;

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("ishc.test.database"));
    }

    public static String url() {
        String url = System.getenv("ISHC_TEST_PG_URL");
        return url != null ? url : "jdbc:postgresql://127.0.0.1:5432/test";
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
