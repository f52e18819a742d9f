package vn.ishc.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once however many instances serve the deployment: a job annotated with
 * {@code @SchedulerLock} first takes its row in the {@code shedlock} table (V56) and is skipped on every
 * other instance while the row is held. The lock's times are the database's ({@code usingDbTime}), so the
 * instances' clocks need not agree. A job holds its lock at least {@code ishc.jobs.lock-at-least-for}
 * (five minutes by default), so an instance firing the same run a little later finds it taken.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class SchedulerLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
