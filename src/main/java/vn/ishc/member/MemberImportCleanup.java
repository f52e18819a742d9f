package vn.ishc.member;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Discards abandoned member imports every hour ({@code ishc.import.cleanup-cron}, Vietnam time), on one
 * instance only: the first to take the {@code member-import-cleanup} lock runs it, the others skip that run
 * (shared.SchedulerLockConfig). Its own bean, so the call goes through the service's transaction.
 */
@Component
class MemberImportCleanup {
    private final MemberImportService imports;

    MemberImportCleanup(MemberImportService imports) {
        this.imports = imports;
    }

    @Scheduled(cron = "${ishc.import.cleanup-cron}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(
            name = "member-import-cleanup",
            lockAtMostFor = "PT50M",
            lockAtLeastFor = "${ishc.jobs.lock-at-least-for}")
    public void run() {
        imports.discardAbandoned();
    }
}
