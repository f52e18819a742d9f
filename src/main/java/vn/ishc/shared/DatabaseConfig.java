package vn.ishc.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the database connections, in one place.
 *
 * <p>On PostgreSQL every connection runs with {@code jit = off}: the dashboard's statements over a province
 * or the country are estimated expensive enough for PostgreSQL to compile them to machine code first, which
 * took longer than running them (1.9 s of a 3.7 s statement in the benchmark, docs/performance.md), and
 * nothing this application asks is a long analytical query that would repay it. A connection init SQL set
 * explicitly ({@code spring.datasource.hikari.connection-init-sql}) is left as it is.
 *
 * <p>On an H2 database in a file, every commit is written to the file before the commit returns ({@code
 * WRITE_DELAY=0}), so a write the application has answered survives the process being killed. H2's own
 * default keeps commits in memory for up to half a second (its {@code WRITE_DELAY} of 500 ms, the MVStore's
 * auto-commit delay): a crash then lost cash-book entries already answered 201 (issue 11). A URL without
 * {@code WRITE_DELAY} gets {@code ;WRITE_DELAY=0} appended, with a warning in the log; a URL that asks for
 * a delay ({@code WRITE_DELAY} above 0, also inside {@code INIT=}) is refused at start ({@link
 * NonDurableDatabase}). An in-memory H2 database ({@code jdbc:h2:mem:}) keeps nothing anyway and is left
 * alone.
 */
@Configuration
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    static final String POSTGRESQL_INIT = "set jit = off";
    static final String H2_DURABLE = "WRITE_DELAY=0";

    private static final Pattern WRITE_DELAY =
            Pattern.compile("WRITE_DELAY\\s*(?:=|\\s)\\s*([-+]?\\d+)", Pattern.CASE_INSENSITIVE);

    @Bean
    static BeanPostProcessor connectionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null) {
                    String url = ds.getJdbcUrl();
                    if (url.startsWith("jdbc:postgresql:") && ds.getConnectionInitSql() == null) {
                        ds.setConnectionInitSql(POSTGRESQL_INIT);
                    }
                    String durable = durableH2Url(url);
                    if (!durable.equals(url)) {
                        log.warn(
                                "The H2 database URL does not say WRITE_DELAY: H2 would keep commits in memory for up"
                                        + " to 500 ms, and a crash would lose writes already confirmed. Appended ;{} so"
                                        + " every commit is in the file before it is confirmed. Add ;{} to the URL"
                                        + " (ISHC_DB_URL) to silence this warning.",
                                H2_DURABLE,
                                H2_DURABLE);
                        ds.setJdbcUrl(durable);
                    }
                }
                return bean;
            }
        };
    }

    /**
     * The URL, made durable: an H2 URL that is not in memory and does not set {@code WRITE_DELAY} gets
     * {@code ;WRITE_DELAY=0} appended; any other URL is returned as it is.
     *
     * @throws NonDurableDatabase if the URL sets a {@code WRITE_DELAY} above 0
     */
    static String durableH2Url(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8) || url.regionMatches(true, 8, "mem:", 0, 4)) return url;
        Matcher m = WRITE_DELAY.matcher(url);
        boolean set = false;
        while (m.find()) {
            set = true;
            if (new BigInteger(m.group(1)).signum() > 0) throw new NonDurableDatabase(m.group());
        }
        if (set) return url;
        return url + (url.endsWith(";") ? "" : ";") + H2_DURABLE;
    }
}
