package vn.ishc.report.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ishc.report.MonthlyReportService;
import vn.ishc.report.ReportState;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomeReminders;
import vn.ishc.shared.Scope;

/**
 * The monthly reports' reminders on the home page: a ward officer's reports waiting for approval, a city
 * officer's approved reports waiting to be accepted (last month, in their scope), a club board's report of
 * last month not yet submitted or returned.
 */
@Component
class MonthlyReportReminders implements HomeReminders {
    private final MonthlyReportService reports;
    private final MonthlyReports rows;
    private final Clock clock;

    MonthlyReportReminders(MonthlyReportService reports, MonthlyReports rows, Clock clock) {
        this.reports = reports;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public List<Reminder> remindersFor(CurrentUser user) {
        if (!user.loggedIn()) return List.of();
        YearMonth month = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        List<Reminder> out = new ArrayList<>();
        Scope scope = user.scope();
        String glance = "/reports/monthly?month=" + month;
        if (scope.clubId() != null) {
            if (!user.maySubmitMonthlyReports()) return List.of();
            long club = scope.clubId();
            ReportState stored = rows.stateOf(club, month.atDay(1));
            ReportState s = stored == null ? ReportState.NOT_STARTED : stored;
            String link = "/clubs/" + club + "/reports/" + month;
            if (s == ReportState.RETURNED)
                out.add(new Reminder(
                        "report.reminder.returned", List.of(month.getMonthValue(), month.getYear()), 1, link, true));
            else if (s.submittable())
                out.add(new Reminder(
                        "report.reminder.notSubmitted",
                        List.of(month.getMonthValue(), month.getYear()),
                        1,
                        link,
                        false));
            return out;
        }
        if (user.mayApproveMonthlyReports() && !scope.unrestricted()) {
            long n = reports.glance(month, null, ReportState.SUBMITTED, 0, 1)
                    .counts()
                    .get(ReportState.SUBMITTED);
            if (n > 0)
                out.add(new Reminder("report.reminder.toApprove", List.of(n), n, glance + "&state=SUBMITTED", true));
        }
        if (user.mayAcceptMonthlyReports() && !scope.unrestricted()) {
            long n = reports.glance(month, null, ReportState.APPROVED, 0, 1)
                    .counts()
                    .get(ReportState.APPROVED);
            if (n > 0)
                out.add(new Reminder("report.reminder.toAccept", List.of(n), n, glance + "&state=APPROVED", false));
        }
        return out;
    }

    @Override
    public int order() {
        return 20;
    }
}
