package vn.ishc.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database is out of reach (restarting, the network, no connection to be had)
 * rather than a fault of the request: such a request is answered 503 ({@code web.DatabaseOutageFilter},
 * {@code web.ApiErrors}, {@code web.PageErrors}), and the connection pool reconnects by itself.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {}

    public static boolean in(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessResourceException
                    || c instanceof CannotCreateTransactionException
                    || c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A rollback that failed: a rollback has nothing of the request's to refuse, so it fails only on a
            // connection that is gone, here the one the outage broke and the pool closed (whose "Connection
            // is closed" has no SQL state). It replaces the failure that led to it (a statement or a commit
            // that met the outage), whether or not that failure is kept as the application exception.
            if (c instanceof TransactionSystemException t
                    && t.getCause() instanceof SQLException
                    && t.getMessage() != null
                    && t.getMessage().contains("rollback failed")) {
                return true;
            }
            // PostgreSQL: connection exceptions (08…) and the server shutting down (57P01-57P03).
            if (c instanceof SQLException s
                    && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The failure again, unchecked, for code that may only throw unchecked exceptions. */
    public static RuntimeException rethrow(Throwable failure) {
        return failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }
}
