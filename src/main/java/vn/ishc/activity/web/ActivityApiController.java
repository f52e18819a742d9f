package vn.ishc.activity.web;

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
import vn.ishc.activity.Activity;
import vn.ishc.activity.ActivityCommands.CancelActivity;
import vn.ishc.activity.ActivityCommands.EditActivity;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.activity.ActivityRefused;
import vn.ishc.activity.ActivityService;
import vn.ishc.activity.AreaCalendar;
import vn.ishc.activity.FundingSource;
import vn.ishc.activity.PaidBy;
import vn.ishc.fund.ClubFunds;
import vn.ishc.shared.Vnd;

/**
 * Activities, their reference data and the areas calendar over JSON, within the caller's scope. The cost is
 * whole đồng as a JSON number (0 or absent: nothing spent); a refusal is a 400 problem naming the field.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Activities", description = "Club activities in the plan's areas and the areas calendar")
class ActivityApiController {
    private final ActivityService activities;
    private final AreaCalendar calendar;
    private final ClubFunds funds;

    ActivityApiController(ActivityService activities, AreaCalendar calendar, ClubFunds funds) {
        this.activities = activities;
        this.calendar = calendar;
        this.funds = funds;
    }

    record AreaDto(String code, String labelVi, String labelEn, int position) {}

    record KindDto(String code, String labelVi, String labelEn, String area, int position) {}

    record CancellationDto(LocalDate on, String reason, String by) {}

    record ActivityDto(
            long id,
            long clubId,
            String area,
            String kind,
            LocalDate heldOn,
            String title,
            String description,
            List<Long> participants,
            int others,
            int participantCount,
            List<Long> beneficiaryMembers,
            int beneficiaries,
            long cost,
            PaidBy paidBy,
            FundingSource source,
            String donor,
            Long fundPosting,
            Long fundRequest,
            String recordedBy,
            CancellationDto cancellation,
            int version) {
        static ActivityDto of(Activity a) {
            return new ActivityDto(
                    a.id(),
                    a.clubId(),
                    a.area(),
                    a.kind(),
                    a.heldOn(),
                    a.title(),
                    a.description(),
                    a.participants(),
                    a.others(),
                    a.participantCount(),
                    a.beneficiaryMembers(),
                    a.beneficiaries(),
                    a.cost().dong(),
                    a.paidBy(),
                    a.source(),
                    a.donor(),
                    a.fundPosting() == 0 ? null : a.fundPosting(),
                    a.fundRequest(),
                    a.recordedBy(),
                    a.cancellation() == null
                            ? null
                            : new CancellationDto(
                                    a.cancellation().on(),
                                    a.cancellation().reason(),
                                    a.cancellation().by()),
                    a.version());
        }
    }

    record RecordRequest(
            String area,
            @NotNull(message = "{validation.required}") String kind,
            @NotNull(message = "{validation.required}") LocalDate heldOn,
            @NotNull(message = "{validation.required}") String title,
            String description,
            List<BigDecimal> participants,
            BigDecimal others,
            List<BigDecimal> beneficiaryMembers,
            BigDecimal beneficiaries,
            BigDecimal cost,
            PaidBy paidBy,
            FundingSource source,
            String donor) {}

    record EditRequest(
            @NotNull(message = "{validation.required}") Integer version, String title, String description) {}

    record ReasonRequest(String reason) {}

    record AreaRowDto(String area, List<Long> months, long total) {}

    record ClubYearDto(long clubId, int year, int lastMonth, long total, List<String> empty, List<AreaRowDto> rows) {}

    record ClubRowDto(long clubId, String clubName, long unitId, Map<String, Long> counts, long total) {}

    record OverviewDto(
            int year,
            Integer month,
            Long unit,
            List<String> areas,
            long clubs,
            Map<String, Long> clubsWithNothing,
            int page,
            int size,
            List<ClubRowDto> rows) {}

    @GetMapping("/activity-areas")
    @Operation(summary = "The areas of activity (the plan's 8 and any the province added), in order")
    List<AreaDto> areas() {
        return activities.areas().stream()
                .map(a -> new AreaDto(a.code(), a.labelVi(), a.labelEn(), a.position()))
                .toList();
    }

    @GetMapping("/activity-kinds")
    @Operation(summary = "The kinds of activity, with the area a kind belongs to (null: any)")
    List<KindDto> kinds() {
        return activities.kinds().stream()
                .map(k -> new KindDto(k.code(), k.labelVi(), k.labelEn(), k.areaCode(), k.position()))
                .toList();
    }

    @GetMapping("/clubs/{clubId}/activities")
    @Operation(summary = "The club's activities in a year (or a month of it), in one area or all, latest first")
    List<ActivityDto> ofClub(
            @PathVariable long clubId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String area) {
        int y = year == null ? activities.today().getYear() : year;
        return activities.ofClub(clubId, y, month, area).activities().stream()
                .map(ActivityDto::of)
                .toList();
    }

    @PostMapping("/clubs/{clubId}/activities")
    @Operation(summary = "Record an activity; a cost paid by the club's fund is posted as an activity expense")
    ResponseEntity<ActivityDto> record(@PathVariable long clubId, @Valid @RequestBody RecordRequest r) {
        Vnd cost = r.cost() == null || r.cost().signum() == 0 ? null : funds.amount(r.cost(), "cost");
        Activity a = activities.record(new RecordActivity(
                clubId,
                r.area(),
                r.kind(),
                r.heldOn(),
                r.title(),
                r.description(),
                ids(r.participants(), "participants"),
                count(r.others(), "others"),
                ids(r.beneficiaryMembers(), "beneficiaryMembers"),
                count(r.beneficiaries(), "beneficiaries"),
                cost,
                r.paidBy(),
                r.source(),
                r.donor()));
        return ResponseEntity.created(URI.create("/api/v1/activities/" + a.id()))
                .body(ActivityDto.of(a));
    }

    /**
     * A count sent as a JSON number: a whole number, never rounded (2.7 people is refused, not taken as 2); a
     * number beyond any count is refused as too many.
     */
    private static Integer count(BigDecimal n, String field) {
        if (n == null) return null;
        if (n.stripTrailingZeros().scale() > 0) throw new ActivityRefused(field, "activity.error.wholeNumber");
        if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)
            throw new ActivityRefused(field, "activity.error.tooMany", Integer.MAX_VALUE);
        if (n.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0)
            throw new ActivityRefused(field, "activity.error.negative");
        return n.intValueExact();
    }

    /** Person ids sent as JSON numbers: whole numbers only (an id of 1.5 is refused, not taken as 1). */
    private static List<Long> ids(List<BigDecimal> ids, String field) {
        if (ids == null) return null;
        List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            BigDecimal id = ids.get(i);
            try {
                out.add(id == null ? null : id.longValueExact());
            } catch (ArithmeticException notAnId) {
                throw new ActivityRefused(field + "[" + i + "]", "activity.error.notAMember");
            }
        }
        return out;
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity")
    ActivityDto get(@PathVariable long id) {
        return ActivityDto.of(activities.get(id));
    }

    @PutMapping("/activities/{id}")
    @Operation(summary = "Correct an activity's title and description (with the version read)")
    ActivityDto edit(@PathVariable long id, @Valid @RequestBody EditRequest r) {
        return ActivityDto.of(activities.edit(new EditActivity(id, r.version(), r.title(), r.description())));
    }

    @PostMapping("/activities/{id}/cancellation")
    @Operation(summary = "Cancel an activity with a reason; its expense from the club's fund is taken back")
    ActivityDto cancel(@PathVariable long id, @RequestBody ReasonRequest r) {
        return ActivityDto.of(activities.cancel(new CancelActivity(id, r.reason())));
    }

    @GetMapping("/clubs/{clubId}/area-calendar")
    @Operation(summary = "The club's year by area and month, counting every kind of record")
    ClubYearDto clubYear(@PathVariable long clubId, @RequestParam(required = false) Integer year) {
        int y = year == null ? activities.today().getYear() : year;
        AreaCalendar.ClubYear c = calendar.clubYear(clubId, y);
        return new ClubYearDto(
                c.club().id(),
                c.year(),
                c.lastMonth(),
                c.total(),
                c.empty().stream().map(vn.ishc.activity.Area::code).toList(),
                c.rows().stream()
                        .map(r -> new AreaRowDto(
                                r.area().code(),
                                java.util.Arrays.stream(r.months()).boxed().toList(),
                                r.total()))
                        .toList());
    }

    @GetMapping("/area-calendar")
    @Operation(summary = "Clubs × areas for a year or a month, within a unit (or the whole scope)")
    OverviewDto overview(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "false") boolean emptyOnly,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        int y = year == null ? activities.today().getYear() : year;
        AreaCalendar.Overview o =
                calendar.overview(new AreaCalendar.Query(y, month, unit, area, emptyOnly, page, size));
        return new OverviewDto(
                y,
                month,
                unit,
                o.areas().stream().map(vn.ishc.activity.Area::code).toList(),
                o.total(),
                o.clubsWithNothing(),
                o.query().page(),
                o.query().size(),
                o.rows().stream()
                        .map(r -> new ClubRowDto(
                                r.club().id(), r.club().name(), r.club().unitId(), r.counts(), r.total()))
                        .toList());
    }
}
