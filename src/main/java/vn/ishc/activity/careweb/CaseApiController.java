package vn.ishc.activity.careweb;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.activity.cases.CaseCommands.AddStep;
import vn.ishc.activity.cases.CaseCommands.CloseCase;
import vn.ishc.activity.cases.CaseCommands.OpenCase;
import vn.ishc.activity.cases.CaseKind;
import vn.ishc.activity.cases.HelpCase;
import vn.ishc.activity.cases.HelpCaseService;

/**
 * Self-help and rights cases over JSON, with the pages' rules (404 outside the scope, 403 for a read-only
 * scope, 409 when the case changed since the version sent). Kinds are the codes of {@link CaseKind}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "Self-help and rights cases: who was helped, steps, outcome")
class CaseApiController {
    private final HelpCaseService cases;

    CaseApiController(HelpCaseService cases) {
        this.cases = cases;
    }

    record StepDto(LocalDate takenOn, String what) {}

    record CaseDto(
            long id,
            long clubId,
            Long personId,
            String helpedName,
            CaseKind kind,
            String area,
            LocalDate openedOn,
            String summary,
            List<StepDto> steps,
            String outcome,
            LocalDate closedOn,
            int version) {
        static CaseDto of(HelpCase c) {
            return new CaseDto(
                    c.id(),
                    c.clubId(),
                    c.personId(),
                    c.helpedName(),
                    c.kind(),
                    c.kind().area(),
                    c.openedOn(),
                    c.summary(),
                    c.steps().stream()
                            .map(s -> new StepDto(s.takenOn(), s.what()))
                            .toList(),
                    c.outcome(),
                    c.closedOn(),
                    c.version());
        }
    }

    record OpenRequest(
            Long personId,
            String neighbourName,
            @NotNull(message = "{validation.required}") CaseKind kind,
            @NotNull(message = "{validation.required}") LocalDate openedOn,
            String summary) {}

    record StepRequest(
            @NotNull(message = "{validation.required}") Integer version,
            @NotNull(message = "{validation.required}") LocalDate takenOn,
            String what) {}

    record CloseRequest(
            @NotNull(message = "{validation.required}") Integer version,
            @NotNull(message = "{validation.required}") LocalDate closedOn,
            String outcome) {}

    @GetMapping("/clubs/{clubId}/help-cases")
    @Operation(summary = "The club's cases, open first")
    List<CaseDto> ofClub(@PathVariable long clubId) {
        return cases.ofClub(clubId).cases().stream().map(CaseDto::of).toList();
    }

    @PostMapping("/clubs/{clubId}/help-cases")
    @Operation(summary = "Opens a case for a member (personId) or a neighbour (neighbourName)")
    ResponseEntity<CaseDto> open(@PathVariable long clubId, @Valid @RequestBody OpenRequest r) {
        HelpCase c =
                cases.open(new OpenCase(clubId, r.personId(), r.neighbourName(), r.kind(), r.openedOn(), r.summary()));
        return ResponseEntity.created(URI.create("/api/v1/help-cases/" + c.id()))
                .body(CaseDto.of(c));
    }

    @GetMapping("/help-cases/{caseId}")
    @Operation(summary = "A case with its steps")
    CaseDto get(@PathVariable long caseId) {
        return CaseDto.of(cases.get(caseId).helpCase());
    }

    @PostMapping("/help-cases/{caseId}/steps")
    @Operation(summary = "Adds a step taken on an open case")
    CaseDto step(@PathVariable long caseId, @Valid @RequestBody StepRequest r) {
        return CaseDto.of(cases.addStep(new AddStep(caseId, r.version(), r.takenOn(), r.what())));
    }

    @PostMapping("/help-cases/{caseId}/close")
    @Operation(summary = "Closes a case with its outcome")
    CaseDto close(@PathVariable long caseId, @Valid @RequestBody CloseRequest r) {
        return CaseDto.of(cases.close(new CloseCase(caseId, r.version(), r.closedOn(), r.outcome())));
    }
}
