package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;

/**
 * The connection settings: on PostgreSQL every connection has JIT compilation off; an H2 file writes every
 * commit before it returns ({@code WRITE_DELAY=0}), and a URL asking for a delay is refused with a plain
 * message. CrashDurabilityTest shows what the H2 setting is for.
 */
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
        var settings = DatabaseConfig.connectionSettings();
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

    static final String H2 =
            "jdbc:h2:file:./data/ishc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void anH2FileUrlWithoutWriteDelayGetsWriteDelayZero() {
        assertThat(DatabaseConfig.suitableH2Url(H2)).isEqualTo(H2 + ";WRITE_DELAY=0");
        assertThat(DatabaseConfig.suitableH2Url(H2 + ";")).isEqualTo(H2 + ";WRITE_DELAY=0");
        assertThat(DatabaseConfig.suitableH2Url("jdbc:h2:./x")).isEqualTo("jdbc:h2:./x" + OPTIONS + ";WRITE_DELAY=0");
        assertThat(DatabaseConfig.suitableH2Url("jdbc:h2:tcp://db:9092/ishc"))
                .isEqualTo("jdbc:h2:tcp://db:9092/ishc" + OPTIONS + ";WRITE_DELAY=0");
    }

    @Test
    void aDurableUrlAndOtherDatabasesAreLeftAsTheyAre() {
        assertThat(DatabaseConfig.suitableH2Url(H2 + ";WRITE_DELAY=0")).isEqualTo(H2 + ";WRITE_DELAY=0");
        assertThat(DatabaseConfig.suitableH2Url(H2 + ";write_delay=0")).isEqualTo(H2 + ";write_delay=0");
        assertThat(DatabaseConfig.suitableH2Url(H2 + ";WRITE_DELAY=-1")).isEqualTo(H2 + ";WRITE_DELAY=-1");
        assertThat(DatabaseConfig.suitableH2Url("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1" + OPTIONS))
                .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1" + OPTIONS);
        assertThat(DatabaseConfig.suitableH2Url("jdbc:postgresql://127.0.0.1:5432/x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
    }

    @Test
    void anH2UrlThatDelaysCommitsIsRefusedWithAPlainMessage() {
        for (String url : new String[] {
            H2 + ";WRITE_DELAY=500",
            H2 + ";write_delay = 1",
            H2 + ";INIT=SET WRITE_DELAY 500",
            H2 + ";WRITE_DELAY=99999999999"
        }) {
            assertThatThrownBy(() -> DatabaseConfig.suitableH2Url(url))
                    .as(url)
                    .isInstanceOf(UnsuitableDatabaseUrl.class)
                    .satisfies(e -> assertThat(e.getMessage())
                            .containsIgnoringCase("WRITE_DELAY")
                            .contains("a crash would lose writes already confirmed"));
        }

        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(H2 + ";WRITE_DELAY=500");
        var settings = DatabaseConfig.connectionSettings();
        Throwable failure;
        try {
            settings.postProcessBeforeInitialization(ds, "dataSource");
            throw new AssertionError("a non-durable URL was accepted");
        } catch (UnsuitableDatabaseUrl e) {
            failure = new BeanCreationException("dataSource", "Failed to instantiate", e);
        }
        var analysis = new UnsuitableDatabaseUrlFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("WRITE_DELAY=500").contains("does not start");
        assertThat(analysis.getAction()).contains("Remove WRITE_DELAY=500").contains("ISHC_DB_URL");
    }

    @Test
    void anH2UrlWithOnlyThePathGetsTheOptionsTheSchemaNeedsAndStarts(@TempDir Path dir) throws Exception {
        assertThat(DatabaseConfig.suitableH2Url("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x" + OPTIONS);
        assertThat(DatabaseConfig.suitableH2Url("jdbc:h2:file:./x;mode=postgresql;WRITE_DELAY=0"))
                .isEqualTo(
                        "jdbc:h2:file:./x;mode=postgresql;WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

        String url = DatabaseConfig.suitableH2Url("jdbc:h2:file:" + dir.resolve("bare"));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table App_User (Id int)");
            try (var rs = c.createStatement()
                    .executeQuery("select table_name from information_schema.tables where table_name = 'app_user'")) {
                assertThat(rs.next())
                        .as("names are kept lower-case, as the queries spell them")
                        .isTrue();
            }
            try (var rs = c.createStatement()
                    .executeQuery(
                            "select setting_value from information_schema.settings where setting_name = 'MODE'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("PostgreSQL");
            }
        }
    }

    @Test
    void anH2UrlWithAnotherValueForANeededOptionIsRefusedNamingTheValueNeeded() {
        for (String[] bad : new String[][] {
            {"jdbc:h2:file:./x;MODE=MySQL", "MODE=MySQL", "MODE=PostgreSQL"},
            {"jdbc:h2:mem:x;DATABASE_TO_LOWER=FALSE", "DATABASE_TO_LOWER=FALSE", "DATABASE_TO_LOWER=TRUE"},
            {H2.replace("HIGH", "LOW"), "DEFAULT_NULL_ORDERING=LOW", "DEFAULT_NULL_ORDERING=HIGH"}
        }) {
            Throwable failure;
            try {
                DatabaseConfig.suitableH2Url(bad[0]);
                throw new AssertionError(bad[0] + " was accepted");
            } catch (UnsuitableDatabaseUrl e) {
                failure = new BeanCreationException("dataSource", "Failed to instantiate", e);
            }
            var analysis = new UnsuitableDatabaseUrlFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .as(bad[0])
                    .contains(bad[1])
                    .contains(bad[2])
                    .contains("does not start");
            assertThat(analysis.getAction())
                    .as(bad[0])
                    .contains("Set " + bad[2])
                    .contains("ISHC_DB_URL");
        }
    }

    @Test
    void theDataSourceOfAnH2FileUrlWithoutWriteDelayIsMadeDurable() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(H2);
        DatabaseConfig.connectionSettings().postProcessBeforeInitialization(ds, "dataSource");
        assertThat(ds.getJdbcUrl()).isEqualTo(H2 + ";WRITE_DELAY=0");
        assertThat(ds.getConnectionInitSql()).isNull();
    }

    @Test
    void h2TakesWriteDelayZeroFromTheUrl(@TempDir Path dir) throws Exception {
        String url = DatabaseConfig.suitableH2Url("jdbc:h2:file:" + dir.resolve("ishc") + ";MODE=PostgreSQL");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                var rs = c.createStatement()
                        .executeQuery(
                                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("other"), "sa", "");
                var rs = c.createStatement()
                        .executeQuery(
                                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1))
                    .as("H2's own default, which this class exists to avoid")
                    .isEqualTo("500");
        }
    }
}
