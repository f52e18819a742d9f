package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean the database is out of reach (answered 503) and which are the request's own. */
class DatabaseOutageTest {

    @Test
    void aConnectionThatCannotBeHadOrAServerShuttingDownIsAnOutage() {
        assertThat(DatabaseOutage.in(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseOutage.in(new UncategorizedSQLException("select", "select 1", shutdown)))
                .isTrue();
        assertThat(DatabaseOutage.in(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
    }

    /**
     * Seen when PostgreSQL stopped under load (PostgresRestartTest): the statement failed with 57P01, then the
     * rollback failed on the closed connection with the pool's "Connection is closed", which has no SQL state,
     * and replaced it (as the application exception after a statement; after a commit, Spring keeps nothing of
     * the commit's failure). It was answered with the server's error page instead of 503.
     */
    @Test
    void aRollbackThatFailedAfterAnOutageIsTheOutage() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new UncategorizedSQLException("insert", "insert …", shutdown));
        assertThat(DatabaseOutage.in(new IllegalStateException("Request processing failed", rollback)))
                .isTrue();

        // The same after a commit that met the outage: Spring does not keep the commit's failure.
        assertThat(DatabaseOutage.in(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();

        // A commit refused for a reason of its own is not an outage.
        assertThat(DatabaseOutage.in(new TransactionSystemException(
                        "JDBC commit failed", new SQLException("could not serialize access", "40001"))))
                .isFalse();
    }
}
