package vn.ishc.report.periodic;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ishc.shared.WriteGuard;

/**
 * A write to a periodic report ({@code /reports/periodic/{id}/narrative}) is decided before its body is read: a
 * report of a unit outside the scope is not found; only those who write periodic reports change one.
 */
@Component
class PeriodicWriteGuard implements WriteGuard {
    private final PeriodicReportService reports;

    PeriodicWriteGuard(PeriodicReportService reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> collections() {
        return Set.of("periodic");
    }

    @Override
    public void check(String collection, long id, boolean write) {
        reports.get(id);
        if (write && !reports.mayWrite()) throw new AccessDeniedException("periodic report " + id);
    }
}
