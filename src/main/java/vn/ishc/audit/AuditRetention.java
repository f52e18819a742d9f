package vn.ishc.audit;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes audit entries and access-log entries older than {@code ishc.audit.retention} (default ten
 * years): the one delete the audit tables' triggers let through, because this transaction says so first
 * (PostgreSQL: the transaction-local setting {@code ishc.audit_purge}; H2: the session variable {@code
 * @ishc_audit_purge}, reset afterwards). {@link AuditRetentionJob} runs it once a day on one instance; running
 * it twice does no harm.
 */
@Component
class AuditRetention {
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final Period retention;
    private Boolean postgres;

    AuditRetention(
            JdbcClient jdbc, DataSource dataSource, Clock clock, @Value("${ishc.audit.retention}") Period retention) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes what is older than the retention period; returns the number of entries and views removed. */
    @Transactional
    public int purge() {
        LocalDateTime cutoff = LocalDate.now(clock).minus(retention).atStartOfDay();
        if (postgres()) {
            jdbc.sql("select set_config('ishc.audit_purge', 'on', true)")
                    .query()
                    .singleValue();
        } else {
            jdbc.sql("set @ishc_audit_purge = 'on'").update();
        }
        try {
            jdbc.sql("delete from audit_change where entry_id in (select id from audit_entry where at < :cutoff)")
                    .param("cutoff", cutoff)
                    .update();
            int removed = jdbc.sql("delete from audit_entry where at < :cutoff")
                    .param("cutoff", cutoff)
                    .update();
            removed += jdbc.sql("delete from audit_access where at < :cutoff")
                    .param("cutoff", cutoff)
                    .update();
            if (removed > 0) log.info("Removed {} audit entries older than {} ({})", removed, cutoff, retention);
            return removed;
        } finally {
            if (!postgres()) jdbc.sql("set @ishc_audit_purge = null").update();
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            try {
                String product =
                        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                postgres = product.toLowerCase().contains("postgres");
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }
}
