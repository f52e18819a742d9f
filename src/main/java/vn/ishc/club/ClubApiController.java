package vn.ishc.club;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.club.ClubCommands.ChangeClubStatus;
import vn.ishc.club.ClubCommands.EditClub;
import vn.ishc.club.ClubCommands.FoundClub;
import vn.ishc.shared.Vnd;

@RestController
@RequestMapping("/api/v1/clubs")
@Tag(name = "Clubs", description = "The club registry, limited to the caller's scope")
class ClubApiController {

    private final ClubDirectory clubs;
    private final Clock clock;

    ClubApiController(ClubDirectory clubs, Clock clock) {
        this.clubs = clubs;
        this.clock = clock;
    }

    record ClubDto(
            long id,
            String name,
            long unitId,
            LocalDate foundedOn,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionIssuer,
            ClubPhase phase,
            boolean phaseOverridden,
            String phaseOverrideReason,
            Integer meetingDay,
            LocalDate regulationsAdoptedOn,
            Long initialFundCapital,
            String initialEquipment,
            ClubStatus status,
            List<ClubStatusChange> statusHistory,
            List<BoardMember> board,
            int version) {
        static ClubDto of(ClubView c) {
            return new ClubDto(
                    c.id(),
                    c.name(),
                    c.unitId(),
                    c.foundedOn(),
                    c.decisionNumber(),
                    c.decisionDate(),
                    c.decisionIssuer(),
                    c.phase(),
                    c.phaseOverridden(),
                    c.phaseOverrideReason(),
                    c.meetingDay(),
                    c.regulationsAdoptedOn(),
                    c.initialFundCapital() == null
                            ? null
                            : c.initialFundCapital().dong(),
                    c.initialEquipment(),
                    c.status(),
                    c.statusHistory(),
                    c.board(),
                    c.version());
        }
    }

    record PageDto(List<ClubDto> content, int page, int size, long total) {}

    /** A club's details; {@code initialFundCapital} in whole đồng; {@code version} required for updates. */
    record ClubRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String name,

            @NotNull(message = "{validation.required}") Long unitId,
            @NotNull(message = "{validation.required}") LocalDate foundedOn,

            @Size(max = 50, message = "{validation.tooLong}")
            String decisionNumber,

            LocalDate decisionDate,

            @Size(max = 200, message = "{validation.tooLong}")
            String decisionIssuer,

            ClubPhase phaseOverride,

            @Size(max = 500, message = "{validation.tooLong}")
            String phaseOverrideReason,

            @Min(value = 1, message = "{club.error.meetingDay}") @Max(value = 31, message = "{club.error.meetingDay}")
            Integer meetingDay,

            LocalDate regulationsAdoptedOn,

            @PositiveOrZero(message = "{club.error.negativeMoney}")
            Long initialFundCapital,

            @Size(max = 1000, message = "{validation.tooLong}")
            String initialEquipment,

            Integer version) {
        ClubDetails details() {
            return new ClubDetails(
                    name,
                    unitId,
                    foundedOn,
                    decisionNumber,
                    decisionDate,
                    decisionIssuer,
                    phaseOverride,
                    phaseOverrideReason,
                    meetingDay,
                    regulationsAdoptedOn,
                    initialFundCapital == null ? null : Vnd.of(initialFundCapital),
                    initialEquipment);
        }
    }

    record StatusRequest(
            @NotNull(message = "{validation.required}") ClubStatus status,
            @NotNull(message = "{validation.required}") LocalDate since,

            @Size(max = 500, message = "{validation.tooLong}")
            String reason,

            @NotNull(message = "{validation.required}") Integer version) {}

    @GetMapping
    @Operation(summary = "The clubs in the caller's scope, filtered and paged (by name)")
    PageDto list(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) ClubStatus status,
            @RequestParam(required = false) ClubPhase phase,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        ClubPage result = clubs.search(new ClubQuery(
                unit, asOf != null ? asOf : LocalDate.now(clock), status, phase, q, page, Math.min(size, 500)));
        return new PageDto(
                result.clubs().stream().map(ClubDto::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One club (404 when outside the caller's scope)")
    ClubDto get(@PathVariable long id) {
        return ClubDto.of(clubs.get(id));
    }

    @PostMapping
    @Operation(summary = "Found a club in a ward or commune of the caller's scope")
    ResponseEntity<ClubDto> create(@Valid @RequestBody ClubRequest request) {
        ClubView club = clubs.found(new FoundClub(request.details()));
        return ResponseEntity.created(URI.create("/api/v1/clubs/" + club.id())).body(ClubDto.of(club));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a club's details; `version` must be the one read (409 otherwise)")
    ClubDto update(@PathVariable long id, @Valid @RequestBody ClubRequest request) {
        return ClubDto.of(
                clubs.edit(new EditClub(id, request.version() == null ? -1 : request.version(), request.details())));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Suspend, reactivate or dissolve a club from a date")
    ClubDto changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
        return ClubDto.of(clubs.changeStatus(
                new ChangeClubStatus(id, request.version(), request.status(), request.since(), request.reason())));
    }
}
