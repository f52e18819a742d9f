package vn.ishc.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired audit entries once a day ({@code ishc.audit.retention-cron}, Vietnam time), on one
 * instance only: the first to take the {@code audit-retention} lock runs it, the others skip that run
 * (shared.SchedulerLockConfig). Its own bean, so {@link AuditRetention#purge()} runs in its transaction.
 */
@Component
class AuditRetentionJob {
    private final AuditRetention retention;

    AuditRetentionJob(AuditRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${ishc.audit.retention-cron}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT2H", lockAtLeastFor = "${ishc.jobs.lock-at-least-for}")
    public void run() {
        retention.purge();
    }
}
