package vn.ishc.activity.careweb;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.activity.health.ExerciseGroup;
import vn.ishc.activity.health.HealthBounds;
import vn.ishc.activity.health.HealthCheck;
import vn.ishc.activity.health.HealthChecks;
import vn.ishc.activity.health.HealthCommands.JoinExerciseGroup;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.ScreeningLine;
import vn.ishc.activity.health.HealthCommands.StartExerciseGroup;
import vn.ishc.activity.health.HealthService;

/**
 * Health checks, members' readings and exercise groups over JSON, with the pages' rules: the checks of a club
 * as counts to everyone whose scope holds it; readings, the people examined and the participants only to
 * those who read health data (403 for the others, 404 outside the scope), each view logged. Pressures are
 * whole mmHg, blood sugar mmol/L with at most one decimal, as JSON numbers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Health", description = "Health checks with the ward health station, screenings, exercise groups")
class HealthApiController {
    private final HealthService health;

    HealthApiController(HealthService health) {
        this.health = health;
    }

    record SummaryDto(long id, long clubId, LocalDate checkedOn, String station, String examiner, int examined) {
        static SummaryDto of(HealthChecks.Summary s) {
            return new SummaryDto(s.id(), s.clubId(), s.checkedOn(), s.station(), s.examiner(), s.examined());
        }
    }

    record ScreeningDto(
            long personId, String name, Integer systolic, Integer diastolic, BigDecimal bloodSugar, String notes) {}

    record CheckDto(
            long id,
            long clubId,
            LocalDate checkedOn,
            String station,
            String examiner,
            int examined,
            String recordedBy,
            List<ScreeningDto> screenings) {}

    record ReadingDto(
            long checkId,
            long clubId,
            LocalDate checkedOn,
            String station,
            Integer systolic,
            Integer diastolic,
            BigDecimal bloodSugar,
            String notes) {}

    record ReadingsDto(long clubId, long personId, String name, List<ReadingDto> readings) {}

    record LineRequest(
            @NotNull(message = "{validation.required}") Long personId,
            BigDecimal systolic,
            BigDecimal diastolic,
            BigDecimal bloodSugar,
            String notes) {}

    record CheckRequest(
            @NotNull(message = "{validation.required}") LocalDate checkedOn,
            String station,
            String examiner,

            @NotNull(message = "{validation.required}")
            List<@Valid @NotNull(message = "{validation.required}") LineRequest> lines) {}

    record GroupDto(
            long id, long clubId, String name, String kind, LocalDate since, int taking, List<Long> personIds) {}

    record GroupRequest(
            String name,
            String kind,
            @NotNull(message = "{validation.required}") LocalDate since,
            List<Long> personIds) {}

    record ParticipantRequest(
            @NotNull(message = "{validation.required}") Long personId) {}

    @GetMapping("/clubs/{clubId}/health-checks")
    @Operation(summary = "The club's health checks as counts: day, station, examiner, how many examined")
    List<SummaryDto> checks(@PathVariable long clubId) {
        return health.summaries(clubId).stream().map(SummaryDto::of).toList();
    }

    @PostMapping("/clubs/{clubId}/health-checks")
    @vn.ishc.shared.OpenToReadOnlyScopes(
            value = "the health department's viewers record health checks",
            healthChecks = true)
    @Operation(summary = "Records a health check with every member examined and their screening")
    ResponseEntity<CheckDto> record(@PathVariable long clubId, @Valid @RequestBody CheckRequest r) {
        List<ScreeningLine> lines = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            LineRequest l = r.lines().get(i);
            String prefix = "lines[" + i + "].";
            lines.add(new ScreeningLine(
                    l.personId(),
                    HealthBounds.pressure(l.systolic(), prefix + "systolic"),
                    HealthBounds.pressure(l.diastolic(), prefix + "diastolic"),
                    l.bloodSugar(),
                    l.notes()));
        }
        HealthCheck c = health.record(new RecordHealthCheck(clubId, r.checkedOn(), r.station(), r.examiner(), lines));
        return ResponseEntity.created(URI.create("/api/v1/health-checks/" + c.id()))
                .body(dto(health.check(c.id(), HealthService.VIEW_CHECK)));
    }

    @GetMapping("/health-checks/{checkId}")
    @Operation(summary = "A health check with every reading (health data: logged)")
    CheckDto check(@PathVariable long checkId) {
        return dto(health.check(checkId, HealthService.VIEW_CHECK));
    }

    private static CheckDto dto(HealthService.CheckView v) {
        HealthCheck c = v.check();
        return new CheckDto(
                c.id(),
                c.clubId(),
                c.checkedOn(),
                c.station(),
                c.examiner(),
                c.examined(),
                c.recordedBy(),
                c.screenings().stream()
                        .map(s -> new ScreeningDto(
                                s.personId(),
                                v.names().get(s.personId()),
                                s.systolic(),
                                s.diastolic(),
                                s.bloodSugar(),
                                s.notes()))
                        .toList());
    }

    @GetMapping("/clubs/{clubId}/members/{personId}/health-readings")
    @Operation(summary = "A member's readings over time (health data: logged)")
    ReadingsDto readings(@PathVariable long clubId, @PathVariable long personId) {
        HealthService.Readings r = health.readings(clubId, personId, HealthService.VIEW_READINGS);
        return new ReadingsDto(
                r.club().id(),
                r.personId(),
                r.name(),
                r.readings().stream()
                        .map(x -> new ReadingDto(
                                x.checkId(),
                                x.clubId(),
                                x.checkedOn(),
                                x.station(),
                                x.systolic(),
                                x.diastolic(),
                                x.bloodSugar(),
                                x.notes()))
                        .toList());
    }

    @GetMapping("/clubs/{clubId}/exercise-groups")
    @Operation(summary = "The club's exercise groups; who takes part only for those who read health data")
    List<GroupDto> groups(@PathVariable long clubId) {
        return health.ofClub(clubId).groups().stream()
                .map(g -> new GroupDto(
                        g.group().id(),
                        g.group().clubId(),
                        g.group().name(),
                        g.group().kind(),
                        g.group().since(),
                        g.taking(),
                        List.copyOf(g.participants().keySet())))
                .toList();
    }

    @PostMapping("/clubs/{clubId}/exercise-groups")
    @Operation(summary = "Starts an exercise group with its first participants")
    ResponseEntity<GroupDto> start(@PathVariable long clubId, @Valid @RequestBody GroupRequest r) {
        ExerciseGroup g = health.start(new StartExerciseGroup(clubId, r.name(), r.kind(), r.since(), r.personIds()));
        return ResponseEntity.status(201).body(dto(g));
    }

    @PostMapping("/exercise-groups/{groupId}/participants")
    @Operation(summary = "A member of the club joins an exercise group")
    GroupDto join(@PathVariable long groupId, @Valid @RequestBody ParticipantRequest r) {
        return dto(health.join(new JoinExerciseGroup(groupId, r.personId())));
    }

    private static GroupDto dto(ExerciseGroup g) {
        return new GroupDto(
                g.id(), g.clubId(), g.name(), g.kind(), g.since(), g.personIds().size(), g.personIds());
    }
}
