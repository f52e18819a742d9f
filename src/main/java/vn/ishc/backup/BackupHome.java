package vn.ishc.backup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;

/**
 * The administrator's home: when the application last wrote a backup (from the audit trail), how many days
 * ago, and the backup screen a tap away. A backup older than {@link #STALE_AFTER_DAYS} days, or none at all,
 * is shown as a warning; backups taken outside the application (pg_dump, a copy of the H2 file, see
 * docs/operations.md) are not known to it, which the section says.
 */
@Component
class BackupHome implements HomePanel {
    /** Days after which the last backup is shown as a warning. */
    static final int STALE_AFTER_DAYS = 7;

    private final BackupService backups;
    private final Clock clock;

    BackupHome(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public Optional<Section> sectionFor(CurrentUser user) {
        if (!user.loggedIn() || !user.mayAdminister()) return Optional.empty();
        return Optional.of(new Section("backup/home :: admin", lastBackup(backups, clock)));
    }

    /**
     * What the fragment {@code backup/home :: last} shows: {@code last} (absent if there is none),
     * {@code days} since it, and whether it is {@code stale}. The backup screen shows the same.
     */
    static Map<String, Object> lastBackup(BackupService backups, Clock clock) {
        // Every key present (null when there is no backup): the templates read them as properties.
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("last", null);
        model.put("days", null);
        model.put("stale", true);
        backups.lastTaken().ifPresent(last -> {
            long days = ChronoUnit.DAYS.between(last.at().toLocalDate(), LocalDate.now(clock));
            model.put("last", last);
            model.put("days", days);
            model.put("stale", days > STALE_AFTER_DAYS);
        });
        return model;
    }

    @Override
    public int order() {
        return 51;
    }
}
