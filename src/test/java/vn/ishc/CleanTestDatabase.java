package vn.ishc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On the shared PostgreSQL test database, start every test run from an empty schema. */
@Configuration
@ConditionalOnProperty(name = "ishc.test.clean-database", havingValue = "true")
class CleanTestDatabase {
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
