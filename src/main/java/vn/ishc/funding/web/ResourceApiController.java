package vn.ishc.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import vn.ishc.fund.ClubFunds;
import vn.ishc.funding.RecipientLevel;
import vn.ishc.funding.Resource;
import vn.ishc.funding.ResourceCommands.CancelResource;
import vn.ishc.funding.ResourceCommands.EditResource;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.funding.ResourceKind;
import vn.ishc.funding.ResourceRefused;
import vn.ishc.funding.ResourceService;
import vn.ishc.funding.Resources;
import vn.ishc.shared.Vnd;

/**
 * Resources mobilised over JSON, within the caller's scope: the entries (list with filters, record, read,
 * correct, cancel) and the totals by source (and year) of a unit's territory, the clubs' loan-fund capital
 * counted once. Amounts are whole đồng as JSON numbers; a refusal is a 400 problem naming the field.
 */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Resources", description = "Resources mobilised and allocated, by source (R15)")
class ResourceApiController {
    private final ResourceService service;
    private final Resources resources;
    private final ClubFunds funds;

    ResourceApiController(ResourceService service, Resources resources, ClubFunds funds) {
        this.service = service;
        this.resources = resources;
        this.funds = funds;
    }

    record CancellationDto(LocalDate on, String reason) {}

    record ResourceDto(
            long id,
            String source,
            ResourceKind kind,
            String donor,
            LocalDate receivedOn,
            Integer budgetYear,
            long amount,
            String inKindDescription,
            String purpose,
            RecipientLevel level,
            long unitId,
            Long clubId,
            String documentNo,
            String note,
            String recordedBy,
            CancellationDto cancellation,
            int version) {
        static ResourceDto of(Resource r) {
            return new ResourceDto(
                    r.id(),
                    r.source(),
                    r.kind(),
                    r.donor(),
                    r.receivedOn(),
                    r.budgetYear(),
                    r.amount().dong(),
                    r.inKindDescription(),
                    r.purpose(),
                    r.level(),
                    r.unitId(),
                    r.clubId(),
                    r.documentNo(),
                    r.note(),
                    r.recordedBy(),
                    r.cancelled()
                            ? new CancellationDto(
                                    r.cancellation().on(), r.cancellation().reason())
                            : null,
                    r.version());
        }
    }

    record ResourceRequest(
            @NotNull(message = "{validation.required}") String source,
            @NotNull(message = "{validation.required}") ResourceKind kind,
            String donor,
            @NotNull(message = "{validation.required}") LocalDate receivedOn,
            Integer budgetYear,
            BigDecimal amount,
            String inKindDescription,
            String purpose,
            @NotNull(message = "{validation.required}") RecipientLevel level,
            Long unitId,
            Long clubId,
            Boolean loanFundCapital,
            String documentNo,
            String note) {
        RecordResource command(ClubFunds funds) {
            Vnd money = amount == null ? null : funds.amount(amount, "amount");
            return new RecordResource(
                    source,
                    kind,
                    donor,
                    receivedOn,
                    budgetYear,
                    money,
                    inKindDescription,
                    purpose,
                    level,
                    unitId,
                    clubId,
                    Boolean.TRUE.equals(loanFundCapital),
                    documentNo,
                    note);
        }
    }

    record EditRequest(
            @NotNull(message = "{validation.required}") Integer version,
            @Valid ResourceRequest resource) {}

    record ReasonRequest(String reason) {}

    record SourceTotalDto(String source, long amount, long count) {}

    record YearDto(int year, Map<String, Long> bySource, long total) {}

    record TotalsDto(Integer year, Long unit, List<SourceTotalDto> bySource, List<YearDto> byYear, long total) {}

    @GetMapping
    @Operation(summary = "The entries (cancelled ones too) of a year, a unit's territory and a source, latest first")
    List<ResourceDto> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String source) {
        return resources.allEntries(filter(year, unit, source)).stream()
                .map(ResourceDto::of)
                .toList();
    }

    @PostMapping
    @Operation(summary = "Record a resource (capital for a club's loan fund is refused: it goes into the fund)")
    ResponseEntity<ResourceDto> record(@Valid @RequestBody ResourceRequest r) {
        Resource saved = service.record(r.command(funds));
        return ResponseEntity.created(URI.create("/api/v1/resources/" + saved.id()))
                .body(ResourceDto.of(saved));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry")
    ResourceDto get(@PathVariable long id) {
        return ResourceDto.of(service.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an entry (with the version read)")
    ResourceDto edit(@PathVariable long id, @Valid @RequestBody EditRequest r) {
        if (r.resource() == null) throw new ResourceRefused("resource", "validation.required");
        return ResourceDto.of(
                service.edit(new EditResource(id, r.version(), r.resource().command(funds))));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel an entry recorded by mistake, with a reason")
    ResourceDto cancel(@PathVariable long id, @RequestBody ReasonRequest r) {
        return ResourceDto.of(service.cancel(new CancelResource(id, r.reason())));
    }

    @GetMapping("/totals")
    @Operation(
            summary = "Totals by source (and by year and source) of a unit's territory, loan-fund capital counted once")
    TotalsDto totals(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit) {
        Resources.Filter f = filter(year, unit, null);
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        List<SourceTotalDto> bySource = resources.totalsBySource(unit, from, to).stream()
                .map(t -> new SourceTotalDto(t.source(), t.amount().dong(), t.count()))
                .toList();
        Resources.Totals t = resources.totals(f);
        List<YearDto> byYear = t.years().stream()
                .map(y -> {
                    Map<String, Long> cells = new java.util.LinkedHashMap<>();
                    t.sources().forEach(s -> {
                        Vnd v = t.cell(s.code(), y);
                        if (v.dong() != 0) cells.put(s.code(), v.dong());
                    });
                    return new YearDto(y, cells, t.byYear().get(y).dong());
                })
                .toList();
        return new TotalsDto(year, unit, bySource, byYear, t.total().dong());
    }

    private static Resources.Filter filter(Integer year, Long unit, String source) {
        return new Resources.Filter(year, unit, source);
    }
}
