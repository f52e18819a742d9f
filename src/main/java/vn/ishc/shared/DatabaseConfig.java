package vn.ishc.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
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
 * UnsuitableDatabaseUrl}). An in-memory H2 database ({@code jdbc:h2:mem:}) keeps nothing anyway and is left
 * alone in that respect.
 *
 * <p>Every H2 URL, in a file or in memory, also needs the options the schema and the queries are written
 * for ({@link #H2_REQUIRED}: PostgreSQL's mode, lower-case names, NULLs sorted last): a URL with only the
 * path used to fail at start with {@code Table "app_user" not found}. A missing option is appended, with a
 * warning; an option set to another value is refused at start with a message naming the value needed.
 */
@Configuration
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    static final String POSTGRESQL_INIT = "set jit = off";
    static final String H2_DURABLE = "WRITE_DELAY=0";

    /** The options every H2 URL needs, with their values, in the order they are appended. */
    static final List<Map.Entry<String, String>> H2_REQUIRED = List.of(
            Map.entry("MODE", "PostgreSQL"),
            Map.entry("DATABASE_TO_LOWER", "TRUE"),
            Map.entry("DEFAULT_NULL_ORDERING", "HIGH"));

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
                    String suitable = suitableH2Url(url);
                    if (!suitable.equals(url)) {
                        log.warn(
                                "The H2 database URL {} lacked options the application needs; using {} instead."
                                        + " Write the full URL (ISHC_DB_URL) to silence this warning: WRITE_DELAY=0"
                                        + " makes every commit reach the file before it is confirmed, and MODE,"
                                        + " DATABASE_TO_LOWER and DEFAULT_NULL_ORDERING are what the tables and"
                                        + " queries are written for.",
                                url,
                                suitable);
                        ds.setJdbcUrl(suitable);
                    }
                }
                return bean;
            }
        };
    }

    /**
     * The URL, made suitable: an H2 URL gets each option of {@link #H2_REQUIRED} it does not set appended,
     * and, when it is not in memory and does not set {@code WRITE_DELAY}, {@code ;WRITE_DELAY=0}; any other
     * URL is returned as it is.
     *
     * @throws UnsuitableDatabaseUrl if the URL sets a {@code WRITE_DELAY} above 0, or one of the required
     *     options to another value
     */
    static String suitableH2Url(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) return url;
        StringBuilder suitable = new StringBuilder(url);
        for (var option : H2_REQUIRED) {
            Matcher m = Pattern.compile("(?:^|;)\\s*" + option.getKey() + "\\s*=\\s*([^;]*)", Pattern.CASE_INSENSITIVE)
                    .matcher(url);
            if (m.find()) {
                if (!m.group(1).strip().equalsIgnoreCase(option.getValue())) {
                    throw UnsuitableDatabaseUrl.otherOption(
                            option.getKey() + "=" + m.group(1).strip(), option.getKey() + "=" + option.getValue());
                }
            } else {
                append(suitable, option.getKey() + "=" + option.getValue());
            }
        }
        if (url.regionMatches(true, 8, "mem:", 0, 4)) return suitable.toString();
        Matcher m = WRITE_DELAY.matcher(url);
        boolean set = false;
        while (m.find()) {
            set = true;
            if (new BigInteger(m.group(1)).signum() > 0) throw UnsuitableDatabaseUrl.delaysCommits(m.group());
        }
        if (!set) append(suitable, H2_DURABLE);
        return suitable.toString();
    }

    private static void append(StringBuilder url, String option) {
        if (url.charAt(url.length() - 1) != ';') url.append(';');
        url.append(option);
    }
}
