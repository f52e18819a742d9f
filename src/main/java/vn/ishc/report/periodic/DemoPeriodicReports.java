package vn.ishc.report.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.area.UnitDirectory;
import vn.ishc.plan.Era;
import vn.ishc.plan.Plan;
import vn.ishc.plan.PlanService;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.DemoData;

/**
 * The demo's periodic report: the year report of Buôn Ma Thuột city for last year (dated from the clock),
 * against the plan in force then (or the latest one over), with the first lines of its narrative. Idempotent.
 */
@Component
class DemoPeriodicReports implements DemoData {
    static final long BUON_MA_THUOT_CITY = 3;

    private final PeriodicReports reports;
    private final PlanService plans;
    private final UnitDirectory units;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DemoPeriodicReports(
            PeriodicReports reports,
            PlanService plans,
            UnitDirectory units,
            Clock clock,
            ApplicationEventPublisher events,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.reports = reports;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        if (units.find(BUON_MA_THUOT_CITY).isEmpty()) return;
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        LocalDate end = LocalDate.of(year, 12, 31);
        Optional<Plan> plan = plans.all().stream()
                .filter(p -> !p.start().isAfter(end))
                .max(Comparator.comparing((Plan p) -> p.inForceOn(end)).thenComparing(Plan::end));
        if (plan.isEmpty()) return;
        PeriodicReport r = PeriodicReport.create(
                PeriodKind.YEAR,
                year,
                0,
                BUON_MA_THUOT_CITY,
                Era.CURRENT.name(),
                plan.get().id(),
                null,
                CurrentUser.SYSTEM,
                clock.instant());
        if (reports.exists(r)) return;
        transaction.executeWithoutResult(tx -> {
            long id = reports.insert(r);
            PeriodicReport saved = reports.find(id).orElseThrow();
            int read = saved.version();
            List<NarrativeSection> changed = saved.write(
                    Map.of(
                            NarrativeSection.SITUATION,
                            "Năm " + year + ", các câu lạc bộ Liên thế hệ tự giúp nhau trên địa bàn thành phố tiếp tục"
                                    + " được duy trì, sinh hoạt đều đặn hằng tháng với sự quan tâm của cấp ủy, chính quyền.",
                            NarrativeSection.SIGNER,
                            "Nguyễn Văn Bình"),
                    null,
                    read,
                    CurrentUser.SYSTEM,
                    clock.instant());
            reports.saveNarrative(saved, read, changed);
            events.publishEvent(new PeriodicEvents.PeriodicReportCreated(
                    id,
                    BUON_MA_THUOT_CITY,
                    PeriodKind.YEAR,
                    year,
                    0,
                    Era.CURRENT.name(),
                    plan.get().id()));
        });
    }
}
