package vn.ishc.report.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.report.ReportState;
import vn.ishc.shared.MonthLocked;
import vn.ishc.shared.MonthLocks;

/**
 * The month locks, kept by the monthly reports: a club-month is locked while its report is approved or
 * accepted. A check locks the club's row of {@code report_club_lock} (the approval takes the same row) and
 * remembers, for the rest of the transaction, the club as held and each month found open: while the row is
 * held no approval can change them, so a transaction writing many rows asks the database once per club and
 * month.
 */
@Component
class ReportMonthLocks implements MonthLocks {
    private final MonthlyReports reports;
    private final ClubDirectory clubs;

    ReportMonthLocks(MonthlyReports reports, ClubDirectory clubs) {
        this.reports = reports;
        this.clubs = clubs;
    }

    @Override
    public void hold(long clubId) {
        Set<String> held = held();
        if (held != null && held.contains("club:" + clubId)) return;
        reports.lockClub(clubId);
        if (held != null) held.add("club:" + clubId);
    }

    @Override
    public void ensureOpen(long clubId, LocalDate day) {
        if (day == null) return;
        YearMonth month = YearMonth.from(day);
        Set<String> held = held();
        String key = clubId + ":" + month;
        if (held != null && held.contains(key)) return;
        hold(clubId);
        ReportState state = reports.stateOf(clubId, day);
        if (state != null && state.locks()) {
            String name =
                    clubs.findForAdministration(clubId).map(ClubView::name).orElse(String.valueOf(clubId));
            throw new MonthLocked(clubId, name, month);
        }
        if (held != null) held.add(key);
    }

    @Override
    public boolean locked(long clubId, LocalDate day) {
        ReportState state = reports.stateOf(clubId, day);
        return state != null && state.locks();
    }

    /** What this transaction holds and found open; null outside a transaction. */
    @SuppressWarnings("unchecked")
    private Set<String> held() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return null;
        Object found = TransactionSynchronizationManager.getResource(ReportMonthLocks.class);
        if (found != null) return (Set<String>) found;
        Set<String> fresh = new HashSet<>();
        TransactionSynchronizationManager.bindResource(ReportMonthLocks.class, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ReportMonthLocks.class);
            }
        });
        return fresh;
    }
}
