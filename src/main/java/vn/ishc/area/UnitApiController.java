package vn.ishc.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Administrative units through time")
class UnitApiController {

    private final UnitDirectory directory;
    private final Clock clock;

    UnitApiController(UnitDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    record UnitDto(
            long id, String code, String name, UnitType type, Long parentId, LocalDate validFrom, LocalDate validTo) {
        static UnitDto of(UnitView u) {
            return new UnitDto(u.id(), u.code(), u.name(), u.type(), u.parentId(), u.validFrom(), u.validTo());
        }
    }

    record ChangeDto(
            long id,
            ChangeKind kind,
            LocalDate effectiveDate,
            String legalReference,
            boolean dateConfirmed,
            String note,
            List<Long> ended,
            List<Long> created,
            List<Long> continued) {
        static ChangeDto of(ChangeView c) {
            return new ChangeDto(
                    c.id(),
                    c.kind(),
                    c.effectiveDate(),
                    c.legalReference(),
                    c.dateConfirmed(),
                    c.note(),
                    c.ended(),
                    c.created(),
                    c.continued());
        }
    }

    record LineageDto(UnitDto unit, long changeId, LocalDate effectiveDate, String legalReference) {
        static LineageDto of(UnitDirectory.Lineage l) {
            return new LineageDto(
                    UnitDto.of(l.unit()),
                    l.change().id(),
                    l.change().effectiveDate(),
                    l.change().legalReference());
        }
    }

    record UnitDetailDto(
            long id,
            String code,
            String name,
            UnitType type,
            Long parentId,
            LocalDate validFrom,
            LocalDate validTo,
            List<ChangeDto> history,
            List<LineageDto> formedFrom,
            List<LineageDto> becamePartOf) {}

    @GetMapping
    @Operation(summary = "Units valid on a date: the children of `parent`, or the roots without it")
    List<UnitDto> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long parent) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        if (parent == null)
            return directory.rootsAsOf(date).stream().map(UnitDto::of).toList();
        directory.find(parent).orElseThrow(() -> new UnitNotFound(parent));
        return directory.childrenAsOf(parent, date).stream().map(UnitDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit with its history (changes) and lineage")
    UnitDetailDto get(@PathVariable long id) {
        UnitView u = directory.find(id).orElseThrow(() -> new UnitNotFound(id));
        return new UnitDetailDto(
                u.id(),
                u.code(),
                u.name(),
                u.type(),
                u.parentId(),
                u.validFrom(),
                u.validTo(),
                directory.historyOf(id).stream().map(ChangeDto::of).toList(),
                directory.formedFrom(id).stream().map(LineageDto::of).toList(),
                directory.becamePartOf(id).stream().map(LineageDto::of).toList());
    }

    @GetMapping("/{id}/successors")
    @Operation(summary = "What the unit had become on a date (itself if still valid)")
    List<UnitDto> successors(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        directory.find(id).orElseThrow(() -> new UnitNotFound(id));
        return directory.successorsAsOf(id, asOf != null ? asOf : LocalDate.now(clock)).stream()
                .map(UnitDto::of)
                .toList();
    }

    @GetMapping("/{id}/origins")
    @Operation(summary = "The units valid on a date (e.g. the plan's) that the unit's territory comes from")
    List<UnitDto> origins(
            @PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        directory.find(id).orElseThrow(() -> new UnitNotFound(id));
        return directory.originsAsOf(id, asOf).stream().map(UnitDto::of).toList();
    }
}
