package vn.ishc.report.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.plan.Era;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.plan.IndicatorViews;
import vn.ishc.plan.Plan;
import vn.ishc.plan.PlanService;
import vn.ishc.report.periodic.PeriodicCommands.CreatePeriodicReport;
import vn.ishc.report.periodic.PeriodicCommands.SaveNarrative;
import vn.ishc.report.periodic.PeriodicEvents.PeriodicNarrativeSaved;
import vn.ishc.report.periodic.PeriodicEvents.PeriodicReportCreated;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Scope;

/**
 * The periodic reports of the units in the caller's scope: list, start, read and write the narrative.
 * Access is decided here once: a report is seen by whoever's scope includes its unit as a whole (a club's
 * board sees none; outside the scope it is not found), started and written by those whose role may
 * ({@link CurrentUser#mayWritePeriodicReports}) in a writable scope (403 otherwise).
 */
@Service
public class PeriodicReportService {
    private final PeriodicReports reports;
    private final CurrentUser user;
    private final UnitDirectory units;
    private final PlanService plans;
    private final IndicatorViews views;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeriodicReportService(
            PeriodicReports reports,
            CurrentUser user,
            UnitDirectory units,
            PlanService plans,
            IndicatorViews views,
            Clock clock,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.user = user;
        this.units = units;
        this.plans = plans;
        this.views = views;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the caller may start reports and write their narrative (in their scope). */
    public boolean mayWrite() {
        return user.mayWritePeriodicReports() && user.scope().writable();
    }

    /** The reports of the units in the caller's scope, latest period first. */
    @Transactional(readOnly = true)
    public List<PeriodicReport> list() {
        Scope scope = user.scope();
        if (scope.clubId() != null) return List.of();
        return reports.ofUnits(scope.unitPredicate("unit_id", "null"));
    }

    /** A report in the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public PeriodicReport get(long id) {
        PeriodicReport r = reports.find(id).orElseThrow(() -> new PeriodicReportNotFound("report " + id));
        if (!user.scope().includesUnit(r.unitId())) throw new PeriodicReportNotFound("report " + id);
        return r;
    }

    /** The unit a report covers. */
    public UnitView unit(PeriodicReport r) {
        return units.find(r.unitId()).orElseThrow(() -> new PeriodicReportNotFound("unit " + r.unitId()));
    }

    public Plan plan(PeriodicReport r) {
        return plans.get(r.planId());
    }

    /** The period a report covers. */
    public ReportPeriod period(PeriodicReport r) {
        Plan p = plan(r);
        return r.kind().period(r.year(), r.number(), p.start(), p.end());
    }

    /** The dashboard's view of a report: its plan and unit, as of the period's end (or today), in its era. */
    public View view(PeriodicReport r) {
        return new View(plan(r), unit(r), period(r).asOf(LocalDate.now(clock)), Era.valueOf(r.era()));
    }

    @Transactional
    public long create(CreatePeriodicReport c) {
        if (!mayWrite()) throw new AccessDeniedException("may not make periodic reports");
        if (c.kind() == null) throw new PeriodicReportRefused("kind", "periodic.error.kind");
        if (c.kind() != PeriodKind.FINAL && c.year() == null)
            throw new PeriodicReportRefused("year", "periodic.error.year");
        Era era = c.era() == null ? Era.CURRENT : c.era();
        LocalDate today = LocalDate.now(clock);
        int year = c.kind() == PeriodKind.FINAL ? 0 : c.year();
        int number = c.kind().number(c.number());
        // Checks the year and quarter before anything is looked up.
        ReportPeriod probe = c.kind() == PeriodKind.FINAL ? null : c.kind().period(year, number, null, null);
        LocalDate asOf = probe == null ? today : probe.asOf(today);
        // The unit (404 outside the scope) and the plan in force there, as the dashboard chooses them.
        View v = views.resolve(c.planId(), c.unitId(), asOf, era);
        if (!user.scope().includesUnit(v.unit().id()))
            throw new PeriodicReportNotFound("unit " + v.unit().id());
        Plan plan = v.plan();
        if (c.kind() == PeriodKind.FINAL) year = plan.end().getYear();
        ReportPeriod period = c.kind().period(year, number, plan.start(), plan.end());
        if (period.from().isAfter(today)) throw new PeriodicReportRefused("year", "periodic.error.future");
        PeriodicReport r = PeriodicReport.create(
                c.kind(),
                year,
                number,
                v.unit().id(),
                era.name(),
                plan.id(),
                c.documentNo(),
                user.name(),
                clock.instant());
        if (reports.exists(r)) throw new PeriodicReportRefused("kind", "periodic.error.exists");
        long id = reports.insert(r);
        events.publishEvent(new PeriodicReportCreated(id, r.unitId(), r.kind(), year, number, era.name(), plan.id()));
        return id;
    }

    /** Saves the narrative; returns the report's new version. */
    @Transactional
    public int saveNarrative(SaveNarrative c) {
        PeriodicReport r = get(c.reportId());
        if (!mayWrite()) throw new AccessDeniedException("may not write periodic reports");
        int read = r.version();
        List<NarrativeSection> changed = r.write(c.texts(), c.documentNo(), c.version(), user.name(), clock.instant());
        if (r.version() == read) return read;
        reports.saveNarrative(r, read, changed);
        events.publishEvent(new PeriodicNarrativeSaved(r.id(), r.unitId(), changed, r.documentNo(), r.version()));
        return r.version();
    }
}
