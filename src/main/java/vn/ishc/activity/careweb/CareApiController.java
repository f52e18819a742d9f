package vn.ishc.activity.careweb;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.activity.care.CareCommands.EndCare;
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;
import vn.ishc.activity.care.CareCommands.PairVolunteer;
import vn.ishc.activity.care.CareCommands.RecordVisit;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;
import vn.ishc.activity.care.CareRecipient;
import vn.ishc.activity.care.HomeCareService;
import vn.ishc.activity.care.Pairing;
import vn.ishc.activity.care.Visit;
import vn.ishc.activity.care.VisitService;
import vn.ishc.activity.care.Volunteer;

/**
 * Home care over JSON, with the pages' rules (404 outside the scope, 403 for a read-only scope): a club's
 * figures and lists, and the commands that enrol volunteers, take people into care, pair them, record
 * visits and end each. Services are the codes of {@link VisitService}; another code is a 400.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Home care", description = "Volunteers, people in care, pairings and visits")
class CareApiController {
    private final HomeCareService care;

    CareApiController(HomeCareService care) {
        this.care = care;
    }

    record RecipientDto(
            long id,
            Long personId,
            String fullName,
            boolean frail,
            boolean alone,
            boolean disabled,
            LocalDate since,
            LocalDate until,
            LocalDate lastVisit,
            boolean notVisited) {}

    record CareDto(
            long clubId,
            LocalDate today,
            long volunteers,
            int volunteerNorm,
            boolean belowNorm,
            long recipients,
            long visitsThisMonth,
            long notVisited,
            List<Volunteer> volunteerList,
            List<RecipientDto> recipientList,
            List<Pairing> pairings,
            List<Visit> visits) {}

    record VolunteerRequest(
            Long personId,
            String fullName,
            String phone,
            @NotNull(message = "{validation.required}") LocalDate since) {}

    record RecipientRequest(
            Long personId,
            String fullName,
            Boolean frail,
            Boolean alone,
            Boolean disabled,
            @NotNull(message = "{validation.required}") LocalDate since) {}

    record PairingRequest(
            @NotNull(message = "{validation.required}") Long volunteerId,
            @NotNull(message = "{validation.required}") Long recipientId,
            @NotNull(message = "{validation.required}") LocalDate since) {}

    record VisitRequest(
            @NotNull(message = "{validation.required}") LocalDate visitedOn,
            @NotNull(message = "{validation.required}") Long volunteerId,
            @NotNull(message = "{validation.required}") Long recipientId,
            List<VisitService> services,
            String notes) {}

    record EndRequest(
            @NotNull(message = "{validation.required}") LocalDate until) {}

    @GetMapping("/clubs/{clubId}/home-care")
    @Operation(summary = "The club's home care today and its visits between two days (the last 90 by default)")
    CareDto ofClub(
            @PathVariable long clubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        HomeCareService.ClubCare c = care.ofClub(clubId, from, to, HomeCareService.VIEW);
        return new CareDto(
                c.club().id(),
                c.today(),
                c.activeVolunteers(),
                c.norm(),
                c.belowNorm(),
                c.activeRecipients(),
                c.visitsThisMonth(),
                c.notVisited().size(),
                c.volunteers(),
                c.recipients().stream()
                        .map(x -> {
                            CareRecipient r = x.recipient();
                            return new RecipientDto(
                                    r.id(),
                                    r.personId(),
                                    r.fullName(),
                                    r.frail(),
                                    r.alone(),
                                    r.disabled(),
                                    r.since(),
                                    r.until(),
                                    x.lastVisit(),
                                    x.notVisited());
                        })
                        .toList(),
                c.pairings(),
                c.visits());
    }

    @PostMapping("/clubs/{clubId}/care-volunteers")
    @Operation(summary = "Enrols a volunteer: a member of the club (personId) or someone else by name")
    ResponseEntity<Volunteer> enrol(@PathVariable long clubId, @Valid @RequestBody VolunteerRequest r) {
        Volunteer v = care.enrol(new EnrolVolunteer(clubId, r.personId(), r.fullName(), r.phone(), r.since()));
        return ResponseEntity.created(URI.create("/api/v1/care-volunteers/" + v.id()))
                .body(v);
    }

    @PostMapping("/clubs/{clubId}/care-recipients")
    @Operation(summary = "Takes a person into care: a member or not; frail, alone or disabled")
    ResponseEntity<CareRecipient> take(@PathVariable long clubId, @Valid @RequestBody RecipientRequest r) {
        CareRecipient x = care.take(new TakeIntoCare(
                clubId,
                r.personId(),
                r.fullName(),
                Boolean.TRUE.equals(r.frail()),
                Boolean.TRUE.equals(r.alone()),
                Boolean.TRUE.equals(r.disabled()),
                r.since()));
        return ResponseEntity.created(URI.create("/api/v1/care-recipients/" + x.id()))
                .body(x);
    }

    @PostMapping("/clubs/{clubId}/care-pairings")
    @Operation(summary = "Pairs a volunteer with a person in care")
    ResponseEntity<Pairing> pair(@PathVariable long clubId, @Valid @RequestBody PairingRequest r) {
        Pairing p = care.pair(new PairVolunteer(clubId, r.volunteerId(), r.recipientId(), r.since()));
        return ResponseEntity.created(URI.create("/api/v1/care-pairings/" + p.id()))
                .body(p);
    }

    @PostMapping("/clubs/{clubId}/care-visits")
    @Operation(summary = "Records a home-care visit with at least one service")
    ResponseEntity<Visit> visit(@PathVariable long clubId, @Valid @RequestBody VisitRequest r) {
        Visit v = care.visit(
                new RecordVisit(clubId, r.visitedOn(), r.volunteerId(), r.recipientId(), r.services(), r.notes()));
        return ResponseEntity.created(URI.create("/api/v1/care-visits/" + v.id()))
                .body(v);
    }

    @PostMapping("/care-volunteers/{id}/end")
    @Operation(summary = "A volunteer stops on a day")
    Volunteer endVolunteer(@PathVariable long id, @Valid @RequestBody EndRequest r) {
        return care.endVolunteer(new EndCare(id, r.until()));
    }

    @PostMapping("/care-recipients/{id}/end")
    @Operation(summary = "A person's care ends on a day")
    CareRecipient endCare(@PathVariable long id, @Valid @RequestBody EndRequest r) {
        return care.endCare(new EndCare(id, r.until()));
    }

    @PostMapping("/care-pairings/{id}/end")
    @Operation(summary = "A pairing ends on a day")
    Pairing endPairing(@PathVariable long id, @Valid @RequestBody EndRequest r) {
        return care.endPairing(new EndCare(id, r.until()));
    }
}
