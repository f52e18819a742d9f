package vn.ishc.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.report.MonthlyCommands;
import vn.ishc.report.MonthlyContent;
import vn.ishc.report.MonthlyReportService;
import vn.ishc.report.MonthlyReportService.ReportView;
import vn.ishc.report.ReportState;

/**
 * The club's monthly report over the API: its state, figures and history, and the steps up the chain. A
 * step the report's state no longer allows, or a {@code version} other than the stored one, answers 409; a
 * missing comment or reason 400; a club outside the scope 404; a role that may not take the step 403. The
 * .xlsx download is {@code GET /clubs/{id}/reports/{yyyy-MM}/download} (the page's).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monthly reports", description = "The club's monthly report, its approval chain and month locks")
class MonthlyReportApiController {
    private final MonthlyReportService reports;

    MonthlyReportApiController(MonthlyReportService reports) {
        this.reports = reports;
    }

    record StepDto(int position, String action, String by, Instant at, String comment, String narrative) {}

    record ReportDto(
            long clubId,
            String clubName,
            YearMonth month,
            ReportState state,
            boolean locked,
            int version,
            String narrative,
            boolean live,
            MonthlyContent content,
            List<StepDto> history,
            List<MonthlyContent> approvedVersions) {}

    static ReportDto dto(ReportView v) {
        return new ReportDto(
                v.club().id(),
                v.club().name(),
                v.month(),
                v.state(),
                v.state().locks(),
                v.version(),
                v.narrative(),
                v.live(),
                v.content(),
                v.steps().stream()
                        .map(s -> new StepDto(
                                s.position(), s.action().name(), s.by(), s.at(), s.comment(), s.narrative()))
                        .toList(),
                v.approved().stream().map(MonthlyReportService.Version::content).toList());
    }

    /** A step's body: the narrative (submit), comment (approve, return, accept) or reason (unlock), and the version read. */
    record StepRequest(String narrative, String comment, String reason, Integer version) {}

    @GetMapping("/clubs/{clubId}/reports/{month}")
    @Operation(summary = "A club's monthly report: state, figures (as submitted, or built now) and history")
    ReportDto get(@PathVariable long clubId, @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return dto(reports.view(clubId, month));
    }

    @PostMapping("/clubs/{clubId}/reports/{month}/submit")
    @Operation(summary = "The club board submits the report with its narrative (the figures are snapshotted)")
    ReportDto submit(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestBody(required = false) StepRequest body) {
        StepRequest b = body == null ? new StepRequest(null, null, null, null) : body;
        return dto(reports.submit(new MonthlyCommands.Submit(clubId, month, b.narrative(), b.version())));
    }

    @PostMapping("/clubs/{clubId}/reports/{month}/approve")
    @Operation(summary = "The ward officer approves the submitted report: the club-month is locked")
    ReportDto approve(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestBody(required = false) StepRequest body) {
        StepRequest b = body == null ? new StepRequest(null, null, null, null) : body;
        return dto(reports.approve(new MonthlyCommands.Approve(clubId, month, b.comment(), b.version())));
    }

    @PostMapping("/clubs/{clubId}/reports/{month}/return")
    @Operation(summary = "The ward officer returns the submitted report with a comment")
    ReportDto returnForChanges(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestBody(required = false) StepRequest body) {
        StepRequest b = body == null ? new StepRequest(null, null, null, null) : body;
        return dto(reports.returnForChanges(new MonthlyCommands.Return(clubId, month, b.comment(), b.version())));
    }

    @PostMapping("/clubs/{clubId}/reports/{month}/accept")
    @Operation(summary = "The city officer accepts an approved report")
    ReportDto accept(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestBody(required = false) StepRequest body) {
        StepRequest b = body == null ? new StepRequest(null, null, null, null) : body;
        return dto(reports.accept(new MonthlyCommands.Accept(clubId, month, b.comment(), b.version())));
    }

    @PostMapping("/clubs/{clubId}/reports/{month}/unlock")
    @Operation(summary = "Unlock an approved month with a reason; the report is reopened for the club")
    ReportDto unlock(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestBody(required = false) StepRequest body) {
        StepRequest b = body == null ? new StepRequest(null, null, null, null) : body;
        return dto(reports.unlock(new MonthlyCommands.Unlock(clubId, month, b.reason(), b.version())));
    }

    record GlanceRowDto(long clubId, String clubName, long unitId, ReportState state) {}

    record GlanceDto(
            YearMonth month,
            Long unitId,
            Map<ReportState, Long> counts,
            long total,
            int page,
            int size,
            List<GlanceRowDto> rows) {}

    @GetMapping("/reports/monthly")
    @Operation(summary = "The month at a glance: each club in scope with its report's state, counts per state")
    GlanceDto glance(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) ReportState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        YearMonth m = month == null ? reports.lastMonth() : month;
        MonthlyReportService.Glance g = reports.glance(m, unit, state, page, size);
        return new GlanceDto(
                g.month(),
                g.unitId(),
                g.counts(),
                g.total(),
                g.page(),
                g.size(),
                g.rows().stream()
                        .map(r -> new GlanceRowDto(
                                r.club().id(), r.club().name(), r.club().unitId(), r.state()))
                        .toList());
    }
}
