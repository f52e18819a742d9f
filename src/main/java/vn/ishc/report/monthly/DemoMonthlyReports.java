package vn.ishc.report.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.report.ReportEvents;
import vn.ishc.report.ReportState;
import vn.ishc.shared.DemoData;

/**
 * Demo monthly reports, dated from the clock: for three demo clubs, the reports of the last three months at
 * each step of the chain (accepted and approved three and two months ago, so those months are locked;
 * submitted or returned last month). Never the demo board's club nor the Tân An club, into whose past months
 * the tests write, and never a month of the current one: the locks stay where no test writes. Idempotent: a
 * club-month that has a report is left alone.
 */
@Component
class DemoMonthlyReports implements DemoData {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final MonthlyReport.Actor BOARD = new MonthlyReport.Actor("demo-club", true, false, false, false);
    private static final MonthlyReport.Actor WARD = new MonthlyReport.Actor("demo-ward", false, true, false, false);
    private static final MonthlyReport.Actor CITY = new MonthlyReport.Actor("demo-city", false, false, true, false);

    private final ClubDirectory clubs;
    private final MonthlyReports reports;
    private final MonthlyContentBuilder builder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMonthlyReports(
            ClubDirectory clubs,
            MonthlyReports reports,
            MonthlyContentBuilder builder,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.reports = reports;
        this.builder = builder;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    /** What a demo club's report of a month ends up as. */
    private enum Plan {
        ACCEPTED,
        APPROVED,
        SUBMITTED,
        RETURNED
    }

    @Override
    public void load() {
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        List<ClubView> chosen = new ArrayList<>();
        List<ClubView> all = new ArrayList<>(clubs.allForAdministration());
        all.sort(Comparator.comparingLong(ClubView::id));
        for (String name : DemoClubs.names()) {
            if (name.equals(DemoClubs.DEMO_BOARD_CLUB) || name.endsWith(" Tân An")) continue;
            all.stream()
                    .filter(c -> c.name().equals(name) && c.status() == ClubStatus.ACTIVE)
                    .findFirst()
                    .filter(c -> YearMonth.from(c.foundedOn()).isBefore(now.minusMonths(3)))
                    .ifPresent(chosen::add);
            if (chosen.size() == 3) break;
        }
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < chosen.size(); i++) {
                ClubView club = chosen.get(i);
                if (i == 0) {
                    make(club, now.minusMonths(3), Plan.ACCEPTED);
                    make(club, now.minusMonths(2), Plan.APPROVED);
                    make(club, now.minusMonths(1), Plan.SUBMITTED);
                } else if (i == 1) {
                    make(club, now.minusMonths(2), Plan.APPROVED);
                    make(club, now.minusMonths(1), Plan.RETURNED);
                } else {
                    make(club, now.minusMonths(1), Plan.SUBMITTED);
                }
            }
        });
    }

    private void make(ClubView club, YearMonth month, Plan plan) {
        if (reports.find(club.id(), month).isPresent()) return;
        // The steps happen in the first days of the next month, at office hours.
        Instant at = month.plusMonths(1).atDay(3).atTime(9, 0).atZone(VIETNAM).toInstant();
        MonthlyReport r = MonthlyReport.notStarted(club.id(), club.unitId(), month);
        String content = builder.toJson(builder.build(club, month));
        r.submit(BOARD, "Câu lạc bộ sinh hoạt đều, thành viên tham gia đầy đủ các hoạt động.", content, month, at);
        if (plan == Plan.RETURNED)
            r.returnForChanges(WARD, "Đề nghị bổ sung số liệu thu chi quỹ hoạt động.", at.plusSeconds(86_400));
        if (plan == Plan.APPROVED || plan == Plan.ACCEPTED) r.approve(WARD, null, at.plusSeconds(86_400));
        if (plan == Plan.ACCEPTED) r.accept(CITY, null, at.plusSeconds(2 * 86_400));
        MonthlyReport saved = reports.save(r);
        events.publishEvent(new ReportEvents.MonthlyReportSubmitted(
                saved.id(), club.id(), club.unitId(), month, ReportState.NOT_STARTED, ReportState.SUBMITTED));
        switch (plan) {
            case RETURNED ->
                events.publishEvent(new ReportEvents.MonthlyReportReturned(
                        saved.id(),
                        club.id(),
                        club.unitId(),
                        month,
                        ReportState.SUBMITTED,
                        ReportState.RETURNED,
                        saved.lastStep().comment()));
            case APPROVED, ACCEPTED -> {
                events.publishEvent(new ReportEvents.MonthApproved(
                        saved.id(), club.id(), club.unitId(), month, ReportState.SUBMITTED, ReportState.APPROVED));
                if (plan == Plan.ACCEPTED)
                    events.publishEvent(new ReportEvents.MonthlyReportAccepted(
                            saved.id(), club.id(), club.unitId(), month, ReportState.APPROVED, ReportState.ACCEPTED));
            }
            case SUBMITTED -> {}
        }
    }
}
