package vn.ishc.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;

/**
 * H2's guard of the audit tables (migration V30_1 in db/vendor/h2): refuses every update and delete,
 * except a delete in a session whose variable {@code @ishc_audit_purge} is {@code 'on'}, which only
 * {@link AuditRetention} sets. PostgreSQL has the same rule as a PL/pgSQL trigger.
 */
public class AppendOnlyTrigger implements Trigger {
    private String table;

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && purging(conn)) return;
        throw new SQLException(
                "The audit trail is append-only: " + (delete ? "DELETE" : "UPDATE") + " on " + table + " refused");
    }

    private static boolean purging(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("select @ishc_audit_purge")) {
            return rs.next() && "on".equals(rs.getString(1));
        }
    }
}
