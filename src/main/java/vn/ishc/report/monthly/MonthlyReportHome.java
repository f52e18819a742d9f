package vn.ishc.report.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ishc.report.ReportState;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;

/**
 * The club board's monthly reports on the home page: where last month's and this month's reports stand, each
 * a tap from the report.
 */
@Component
class MonthlyReportHome implements HomePanel {
    /** One month's report of the club: the month, its state, the link to it. */
    record Line(YearMonth month, ReportState state, String link) {}

    private final MonthlyReports rows;
    private final Clock clock;

    MonthlyReportHome(MonthlyReports rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<Section> sectionFor(CurrentUser user) {
        Long club = user.boardClub().orElse(null);
        if (club == null) return Optional.empty();
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        List<Line> lines = List.of(line(club, now.minusMonths(1)), line(club, now));
        return Optional.of(new Section("reports/home :: board", Map.of("lines", lines)));
    }

    private Line line(long club, YearMonth month) {
        ReportState stored = rows.stateOf(club, month.atDay(1));
        return new Line(
                month, stored == null ? ReportState.NOT_STARTED : stored, "/clubs/" + club + "/reports/" + month);
    }

    @Override
    public int order() {
        return 30;
    }
}
