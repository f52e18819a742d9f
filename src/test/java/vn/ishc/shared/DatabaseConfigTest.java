package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;

/** The connection settings: on PostgreSQL every connection has JIT compilation off; H2 gets nothing. */
@IntegrationTest
class DatabaseConfigTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void postgresqlConnectionsRunWithoutJitAndH2ConnectionsAreLeftAlone() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        if (hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            assertThat(hikari.getConnectionInitSql()).isEqualTo(DatabaseConfig.POSTGRESQL_INIT);
            assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
        } else {
            assertThat(hikari.getJdbcUrl()).startsWith("jdbc:h2:");
            assertThat(hikari.getConnectionInitSql()).isNull();
        }
    }

    @Test
    void aConnectionInitSqlSetByTheOperatorIsKept() {
        var settings = DatabaseConfig.postgresqlConnectionSettings();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/x");
        ds.setConnectionInitSql("set statement_timeout = '30s'");
        settings.postProcessBeforeInitialization(ds, "dataSource");
        assertThat(ds.getConnectionInitSql()).isEqualTo("set statement_timeout = '30s'");

        HikariDataSource plain = new HikariDataSource();
        plain.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/x");
        settings.postProcessBeforeInitialization(plain, "dataSource");
        assertThat(plain.getConnectionInitSql()).isEqualTo("set jit = off");
    }
}
