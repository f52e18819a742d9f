package vn.ishc.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the database connections. On PostgreSQL every connection runs with {@code jit = off}: the
 * dashboard's statements over a province or the country are estimated expensive enough for PostgreSQL to
 * compile them to machine code first, which took longer than running them (1.9 s of a 3.7 s statement in
 * the benchmark, docs/performance.md), and nothing this application asks is a long analytical query that
 * would repay it. A connection init SQL set explicitly ({@code spring.datasource.hikari.connection-init-sql})
 * is left as it is.
 */
@Configuration
class DatabaseConfig {

    static final String POSTGRESQL_INIT = "set jit = off";

    @Bean
    static BeanPostProcessor postgresqlConnectionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource ds
                        && ds.getJdbcUrl() != null
                        && ds.getJdbcUrl().startsWith("jdbc:postgresql:")
                        && ds.getConnectionInitSql() == null) {
                    ds.setConnectionInitSql(POSTGRESQL_INIT);
                }
                return bean;
            }
        };
    }
}
