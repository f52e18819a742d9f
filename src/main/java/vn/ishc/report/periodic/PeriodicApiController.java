package vn.ishc.report.periodic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.report.periodic.PeriodicCommands.CreatePeriodicReport;
import vn.ishc.report.periodic.PeriodicCommands.SaveNarrative;
import vn.ishc.shared.Heavy;

/**
 * The periodic reports over the API: the scope's reports, one report's sections as JSON (the figures as
 * numbers, the same document the .xlsx and PDF are made of), the downloads, starting a report and saving
 * its narrative. Outside the scope a report is not found (404); a read-only caller gets 403 on writes.
 */
@RestController
@RequestMapping("/api/v1/reports/periodic")
@Tag(name = "Periodic reports")
class PeriodicApiController {
    private final PeriodicReportService reports;
    private final PeriodicContent content;
    private final PeriodicDownloads downloads;

    PeriodicApiController(PeriodicReportService reports, PeriodicContent content, PeriodicDownloads downloads) {
        this.reports = reports;
        this.content = content;
        this.downloads = downloads;
    }

    /** A report as listed. */
    record ReportDto(
            long id,
            PeriodKind kind,
            int year,
            int number,
            long unitId,
            String unitName,
            String era,
            long planId,
            LocalDate from,
            LocalDate to,
            String documentNo,
            int version,
            String createdBy,
            Instant createdAt) {}

    /** A report with its narrative and its sections computed now. */
    record ReportContentDto(ReportDto report, Map<NarrativeSection, String> narrative, ReportDocument document) {}

    record CreateRequest(
            @NotNull PeriodKind kind,
            Integer year,
            Integer number,
            Long unitId,
            String era,
            Long planId,
            String documentNo) {}

    record NarrativeRequest(@NotNull Integer version, String documentNo, Map<NarrativeSection, String> sections) {}

    private ReportDto dto(PeriodicReport r) {
        ReportPeriod p = reports.period(r);
        return new ReportDto(
                r.id(),
                r.kind(),
                r.year(),
                r.number(),
                r.unitId(),
                reports.unit(r).name(),
                r.era(),
                r.planId(),
                p.from(),
                p.to(),
                r.documentNo(),
                r.version(),
                r.createdBy(),
                r.createdAt());
    }

    @GetMapping
    @Operation(summary = "The periodic reports of the caller's scope, latest period first")
    List<ReportDto> list() {
        return reports.list().stream().map(this::dto).toList();
    }

    @PostMapping
    @Operation(summary = "Start a periodic report (city and ward officers, administrators)")
    ResponseEntity<ReportDto> create(@Valid @RequestBody CreateRequest body) {
        long id = reports.create(new CreatePeriodicReport(
                body.kind(),
                body.year(),
                body.number(),
                body.unitId(),
                PeriodicController.era(body.era()),
                body.planId(),
                body.documentNo()));
        return ResponseEntity.created(URI.create("/api/v1/reports/periodic/" + id))
                .body(dto(reports.get(id)));
    }

    @Heavy
    @GetMapping("/{id:\\d+}")
    @Operation(summary = "A report's narrative and sections, computed now; ?format=xlsx or pdf downloads it")
    Object get(
            @PathVariable long id,
            @RequestParam(required = false) String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        if (format != null) {
            downloads.send(id, format, locale, response);
            return null;
        }
        PeriodicReport r = reports.get(id);
        return new ReportContentDto(dto(r), r.texts(), content.document(id, locale));
    }

    @Heavy
    @GetMapping("/{id:\\d+}.{format}")
    @Operation(summary = "A report as .xlsx or PDF")
    void download(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        downloads.send(id, format, locale, response);
    }

    @PutMapping("/{id}/narrative")
    @Operation(summary = "Save the narrative as written on a version of the report (409 if saved since)")
    ReportContentDto narrative(@PathVariable long id, @Valid @RequestBody NarrativeRequest body, Locale locale) {
        reports.saveNarrative(new SaveNarrative(
                id, body.version(), body.sections() == null ? Map.of() : body.sections(), body.documentNo()));
        PeriodicReport r = reports.get(id);
        return new ReportContentDto(dto(r), r.texts(), content.document(id, locale));
    }
}
