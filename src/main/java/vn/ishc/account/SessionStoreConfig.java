package vn.ishc.account;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The sessions' table (V5) takes concurrent first requests of one session. Two requests that start before
 * either has saved the session (htmx loading several parts of a page at once, a phone retrying) each add
 * the same attribute, the CSRF token say, and Spring Session's plain insert made the second one fail with
 * a duplicate key (found by the soak, docs/performance.md). Adding an attribute is an upsert instead: on
 * PostgreSQL Spring Session's own {@code ON CONFLICT} statement, on H2 its {@code MERGE … KEY}; the later
 * value wins, as it would have had the requests come one after the other.
 */
@Configuration
class SessionStoreConfig {

    static final String H2_ADD_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME,"
            + " ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAddedConcurrently(DataSource dataSource)
            throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if ("PostgreSQL".equals(product)) return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        if ("H2".equals(product)) return repository -> repository.setCreateSessionAttributeQuery(H2_ADD_ATTRIBUTE);
        return repository -> {};
    }
}
