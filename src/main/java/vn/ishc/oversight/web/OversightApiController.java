package vn.ishc.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.Rating;
import vn.ishc.oversight.training.Organiser;
import vn.ishc.oversight.training.TrainingCommands.CancelTraining;
import vn.ishc.oversight.training.TrainingCommands.EditTraining;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.RecordTraining;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;
import vn.ishc.oversight.training.TrainingService;
import vn.ishc.oversight.training.TrainingSession;
import vn.ishc.oversight.visit.MonitoringVisit;
import vn.ishc.oversight.visit.VisitCommands.CancelVisit;
import vn.ishc.oversight.visit.VisitCommands.CloseFollowUp;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitCommands.ScoreEntry;
import vn.ishc.oversight.visit.VisitService;

/**
 * Training sessions and monitoring visits over JSON, within the caller's scope (404 outside it, 403 for a scope
 * that only reads); a refusal is a 400 problem naming the field, a stale version a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Oversight", description = "Training sessions, monitoring visits, their ratings and follow-ups")
class OversightApiController {
    private final TrainingService trainings;
    private final VisitService visits;

    OversightApiController(TrainingService trainings, VisitService visits) {
        this.trainings = trainings;
        this.visits = visits;
    }

    // ---- trainings ----

    record ParticipantDto(Long personId, String fullName, Long clubId, ParticipantRole role) {}

    record TrainingDto(
            long id,
            String topic,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            String trainers,
            Organiser organiser,
            String organiserName,
            long unitId,
            String materials,
            List<ParticipantDto> participants,
            LocalDate cancelledOn,
            String cancelReason,
            String recordedBy,
            int version) {
        static TrainingDto of(TrainingSession s) {
            return new TrainingDto(
                    s.id(),
                    s.topic(),
                    s.startsOn(),
                    s.endsOn(),
                    s.place(),
                    s.trainers(),
                    s.organiser(),
                    s.organiserName(),
                    s.unitId(),
                    s.materials(),
                    s.participants().stream()
                            .map(p -> new ParticipantDto(p.personId(), p.fullName(), p.clubId(), p.role()))
                            .toList(),
                    s.cancelledOn(),
                    s.cancelReason(),
                    s.recordedBy(),
                    s.version());
        }
    }

    record TrainingRequest(
            String topic,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            String trainers,
            Organiser organiser,
            String organiserName,
            Long unitId,
            String materials,
            List<ParticipantDto> participants,
            Integer version) {
        SessionDetails details() {
            return new SessionDetails(
                    topic,
                    startsOn,
                    endsOn,
                    place,
                    trainers,
                    organiser,
                    organiserName,
                    unitId,
                    materials,
                    participants == null
                            ? List.of()
                            : participants.stream()
                                    .map(p -> p == null
                                            ? null
                                            : new ParticipantEntry(p.personId(), p.fullName(), p.clubId(), p.role()))
                                    .toList());
        }
    }

    record PageDto<T>(List<T> items, long total, int page, int size) {}

    record ReasonRequest(String reason) {}

    @GetMapping("/trainings")
    @Operation(summary = "Training sessions in scope, latest first, by year and unit")
    PageDto<TrainingDto> trainings(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        TrainingService.Page p = trainings.search(new TrainingService.Query(year, unit, page, Math.min(size, 500)));
        return new PageDto<>(p.sessions().stream().map(TrainingDto::of).toList(), p.total(), p.page(), p.size());
    }

    @PostMapping("/trainings")
    @Operation(summary = "Record a training session with its participants")
    ResponseEntity<TrainingDto> recordTraining(@RequestBody TrainingRequest request) {
        TrainingSession s = trainings.record(new RecordTraining(request.details()));
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + s.id())).body(TrainingDto.of(s));
    }

    @GetMapping("/trainings/{id}")
    TrainingDto training(@PathVariable long id) {
        return TrainingDto.of(trainings.get(id));
    }

    @PutMapping("/trainings/{id}")
    @Operation(summary = "Replace a session's details and participants (version: the one read)")
    TrainingDto editTraining(@PathVariable long id, @RequestBody TrainingRequest request) {
        if (request.version() == null) throw new vn.ishc.oversight.OversightRefused("version", "validation.required");
        return TrainingDto.of(trainings.edit(new EditTraining(id, request.version(), request.details())));
    }

    @PostMapping("/trainings/{id}/cancel")
    @Operation(summary = "Cancel a session with a reason")
    TrainingDto cancelTraining(@PathVariable long id, @RequestBody ReasonRequest request) {
        return TrainingDto.of(trainings.cancel(new CancelTraining(id, request.reason())));
    }

    // ---- visits ----

    record ScoreDto(String code, String labelVi, String labelEn, int score, int maxScore, String note) {}

    record FollowUpDto(
            long id,
            String action,
            String responsible,
            LocalDate dueOn,
            LocalDate closedOn,
            String closedNote,
            String closedBy,
            int version) {}

    record VisitDto(
            long id,
            long clubId,
            long planId,
            LocalDate visitedOn,
            String visitors,
            String findings,
            int score,
            int maxScore,
            Rating rating,
            List<ScoreDto> scores,
            List<FollowUpDto> followUps,
            LocalDate cancelledOn,
            String cancelReason,
            String recordedBy) {
        static VisitDto of(MonitoringVisit v) {
            return new VisitDto(
                    v.id(),
                    v.clubId(),
                    v.planId(),
                    v.visitedOn(),
                    v.visitors(),
                    v.findings(),
                    v.score(),
                    v.maxScore(),
                    v.rating(),
                    v.scores().stream()
                            .map(s ->
                                    new ScoreDto(s.code(), s.labelVi(), s.labelEn(), s.score(), s.maxScore(), s.note()))
                            .toList(),
                    v.followUps().stream().map(OversightApiController::followUp).toList(),
                    v.cancelledOn(),
                    v.cancelReason(),
                    v.recordedBy());
        }
    }

    static FollowUpDto followUp(MonitoringVisit.FollowUp f) {
        return new FollowUpDto(
                f.id(),
                f.action(),
                f.responsible(),
                f.dueOn(),
                f.closedOn(),
                f.closedNote(),
                f.closedBy(),
                f.version());
    }

    record ScoreRequest(String code, Integer score, String note) {}

    record FollowUpRequest(String action, String responsible, LocalDate dueOn) {}

    record VisitRequest(
            LocalDate visitedOn,
            String visitors,
            List<ScoreRequest> scores,
            String findings,
            List<FollowUpRequest> followUps) {}

    record CloseRequest(LocalDate closedOn, String note, Integer version) {}

    @GetMapping("/clubs/{clubId}/visits")
    @Operation(summary = "A club's monitoring visits, latest first")
    List<VisitDto> clubVisits(@PathVariable long clubId) {
        return visits.ofClub(clubId).stream().map(VisitDto::of).toList();
    }

    @PostMapping("/clubs/{clubId}/visits")
    @Operation(summary = "Record a visit: a score for every item of the checklist in force, and follow-ups")
    ResponseEntity<VisitDto> recordVisit(@PathVariable long clubId, @RequestBody VisitRequest request) {
        MonitoringVisit v = visits.record(new RecordVisit(
                clubId,
                request.visitedOn(),
                request.visitors(),
                request.scores() == null
                        ? List.of()
                        : request.scores().stream()
                                .map(s -> s == null ? null : new ScoreEntry(s.code(), s.score(), s.note()))
                                .toList(),
                request.findings(),
                request.followUps() == null
                        ? List.of()
                        : request.followUps().stream()
                                .map(f -> f == null ? null : new FollowUpEntry(f.action(), f.responsible(), f.dueOn()))
                                .toList()));
        return ResponseEntity.created(URI.create("/api/v1/visits/" + v.id())).body(VisitDto.of(v));
    }

    @GetMapping("/visits/{id}")
    VisitDto visit(@PathVariable long id) {
        return VisitDto.of(visits.get(id));
    }

    @PostMapping("/visits/{id}/cancel")
    @Operation(summary = "Cancel a visit recorded by mistake, with a reason")
    VisitDto cancelVisit(@PathVariable long id, @RequestBody ReasonRequest request) {
        return VisitDto.of(visits.cancel(new CancelVisit(id, request.reason())));
    }

    @PostMapping("/visits/{id}/follow-ups/{followUpId}/close")
    @Operation(summary = "Close a follow-up action: the day it was done and a note")
    FollowUpDto close(@PathVariable long id, @PathVariable long followUpId, @RequestBody CloseRequest request) {
        return followUp(
                visits.close(new CloseFollowUp(id, followUpId, request.version(), request.closedOn(), request.note())));
    }
}
