package vn.ishc.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
import vn.ishc.fund.ClubFunds;
import vn.ishc.meeting.Attendance;
import vn.ishc.meeting.ContributionKind;
import vn.ishc.meeting.Dues;
import vn.ishc.meeting.Meeting;
import vn.ishc.meeting.MeetingCommands.EditMinutes;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.Payment;
import vn.ishc.meeting.MeetingCommands.ReverseMeeting;
import vn.ishc.meeting.MeetingCommands.SetDues;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.meeting.MeetingService;
import vn.ishc.shared.Refused;
import vn.ishc.shared.Vnd;

/**
 * Meetings and the meeting sheet over JSON, within the caller's scope. A sheet is sent with the key the
 * device made for it: the first sending answers 201 with the meeting, any later sending of the same key 200
 * with the same meeting ({@code replayed: true}) and records nothing. A refused line is a 400 problem whose
 * {@code errors} name the line's field ({@code lines[3].fee}) and whose {@code line} and {@code personId}
 * say which member's line it is; nothing of the sheet is recorded. Amounts are whole đồng as JSON numbers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Meetings", description = "Monthly meetings, attendance and the meeting sheet")
class MeetingApiController {
    private final MeetingService meetings;
    private final ClubFunds funds;

    MeetingApiController(MeetingService meetings, ClubFunds funds) {
        this.meetings = meetings;
        this.funds = funds;
    }

    record DuesDto(long feePerMonth, long contributionPerMonth, ContributionKind contributionKind, int version) {
        static DuesDto of(Dues d) {
            return new DuesDto(
                    d.feePerMonth().dong(), d.contributionPerMonth().dong(), d.contributionKind(), d.version());
        }
    }

    record OwedDto(long loanId, long due, long overdue, long daysOverdue, long outstanding, LocalDate nextDueOn) {}

    record SheetLineDto(long personId, String name, boolean absentRun, List<OwedDto> owed) {}

    record SheetDto(
            long clubId, LocalDate on, DuesDto dues, List<SheetLineDto> lines, MeetingDto recorded, boolean mayWrite) {}

    record AttendeeDto(long personId, Attendance attendance) {}

    record MoneyDto(long personId, String kind, Long loanId, long amount, long posting) {}

    record ReversalDto(LocalDate on, String reason, String by) {}

    record MeetingDto(
            long id,
            long clubId,
            LocalDate heldOn,
            String place,
            String topics,
            String decisions,
            String key,
            String recordedBy,
            long present,
            long excused,
            long absent,
            long fees,
            long contributions,
            long repayments,
            List<AttendeeDto> attendance,
            List<MoneyDto> money,
            ReversalDto reversal,
            int version,
            boolean replayed) {
        static MeetingDto of(Meeting m, boolean replayed) {
            return new MeetingDto(
                    m.id(),
                    m.clubId(),
                    m.heldOn(),
                    m.place(),
                    m.topics(),
                    m.decisions(),
                    m.sheetKey(),
                    m.recordedBy(),
                    m.count(Attendance.PRESENT),
                    m.count(Attendance.EXCUSED),
                    m.count(Attendance.ABSENT),
                    m.total(vn.ishc.meeting.MoneyKind.FEE).dong(),
                    m.total(vn.ishc.meeting.MoneyKind.CONTRIBUTION).dong(),
                    m.total(vn.ishc.meeting.MoneyKind.REPAYMENT).dong(),
                    m.attendance().stream()
                            .map(a -> new AttendeeDto(a.personId(), a.attendance()))
                            .toList(),
                    m.money().stream()
                            .map(x -> new MoneyDto(
                                    x.personId(),
                                    x.kind().name(),
                                    x.loanId(),
                                    x.amount().dong(),
                                    x.posting()))
                            .toList(),
                    m.reversal() == null
                            ? null
                            : new ReversalDto(
                                    m.reversal().on(),
                                    m.reversal().reason(),
                                    m.reversal().by()),
                    m.version(),
                    replayed);
        }
    }

    record PaymentRequest(
            @NotNull(message = "{validation.required}") Long loanId, BigDecimal amount) {}

    record LineRequest(
            @NotNull(message = "{validation.required}") Long personId,
            @NotNull(message = "{meeting.error.attendance}") Attendance attendance,
            BigDecimal fee,
            BigDecimal contribution,
            List<@Valid PaymentRequest> repayments) {}

    record SheetRequest(
            @NotNull(message = "{meeting.error.key}") String key,
            @NotNull(message = "{validation.required}") LocalDate heldOn,
            String place,
            String topics,
            String decisions,

            @NotNull(message = "{validation.required}")
            List<@Valid @NotNull(message = "{validation.required}") LineRequest> lines) {}

    record ReasonRequest(String reason) {}

    record MinutesRequest(
            @NotNull(message = "{validation.required}") Integer version,
            String place,
            String topics,
            String decisions) {}

    record DuesRequest(
            @NotNull(message = "{validation.required}") Integer version,
            BigDecimal feePerMonth,
            BigDecimal contributionPerMonth,
            ContributionKind contributionKind) {}

    record MonthClubDto(long clubId, String clubName, long unitId, boolean met, List<HeldDto> meetings) {}

    record HeldDto(long meetingId, LocalDate heldOn, long present, long listed) {}

    record MonthDto(YearMonth month, long clubs, long met, int page, int size, List<MonthClubDto> rows) {}

    @GetMapping("/clubs/{clubId}/meeting-sheet")
    @Operation(summary = "The club's sheet for a day: its members, what each owes, the club's dues")
    SheetDto sheet(
            @PathVariable long clubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        MeetingService.Sheet s = meetings.sheet(clubId, on);
        return new SheetDto(
                s.club().id(),
                s.on(),
                DuesDto.of(s.dues()),
                s.rows().stream()
                        .map(r -> new SheetLineDto(
                                r.personId(),
                                r.name(),
                                r.absentRun(),
                                r.owed().stream()
                                        .map(o -> new OwedDto(
                                                o.loanId(),
                                                o.due().dong(),
                                                o.overdue().dong(),
                                                o.daysOverdue(),
                                                o.outstanding().dong(),
                                                o.nextDueOn()))
                                        .toList()))
                        .toList(),
                s.recorded() == null ? null : MeetingDto.of(s.recorded(), false),
                s.mayWrite());
    }

    @PostMapping("/clubs/{clubId}/meetings")
    @Operation(summary = "Record a meeting with its sheet (attendance, fees, contributions, repayments), once per key")
    ResponseEntity<MeetingDto> hold(@PathVariable long clubId, @Valid @RequestBody SheetRequest r) {
        List<SheetLine> lines = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++)
            lines.add(line(clubId, r.heldOn(), i, r.lines().get(i)));
        MeetingService.Held held = meetings.hold(
                new HoldMeeting(clubId, r.key(), r.heldOn(), r.place(), r.topics(), r.decisions(), lines));
        MeetingDto body = MeetingDto.of(held.meeting(), held.replayed());
        if (held.replayed()) return ResponseEntity.ok(body);
        return ResponseEntity.created(
                        URI.create("/api/v1/meetings/" + held.meeting().id()))
                .body(body);
    }

    /** A line's amounts checked as the fund checks them; a refusal names the line and the member. */
    private SheetLine line(long clubId, LocalDate on, int i, LineRequest l) {
        List<Payment> payments = new ArrayList<>();
        List<PaymentRequest> given = l.repayments() == null ? List.of() : l.repayments();
        for (int j = 0; j < given.size(); j++) {
            PaymentRequest p = given.get(j);
            payments.add(new Payment(
                    p.loanId(), money(clubId, on, i, l.personId(), p.amount(), "repayments[" + j + "].amount")));
        }
        return new SheetLine(
                l.personId(),
                l.attendance(),
                money(clubId, on, i, l.personId(), l.fee(), "fee"),
                money(clubId, on, i, l.personId(), l.contribution(), "contribution"),
                payments);
    }

    private Vnd money(long clubId, LocalDate on, int line, long personId, BigDecimal amount, String field) {
        if (amount == null || amount.signum() == 0) return null;
        try {
            return funds.amount(amount, field);
        } catch (Refused e) {
            throw meetings.lineRefused(clubId, on, line, personId, field, e);
        }
    }

    @GetMapping("/clubs/{clubId}/meetings")
    @Operation(summary = "The club's meetings in a year, latest first (reversed ones included)")
    List<MeetingDto> ofClub(@PathVariable long clubId, @RequestParam(required = false) Integer year) {
        int y = year == null ? meetings.today().getYear() : year;
        return meetings.year(clubId, y).months().stream()
                .flatMap(m -> m.meetings().stream())
                .map(m -> MeetingDto.of(m, false))
                .toList();
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting with its attendance and money")
    MeetingDto get(@PathVariable long id) {
        return MeetingDto.of(meetings.get(id), false);
    }

    @GetMapping("/meetings/{id}/attendance")
    @Operation(summary = "A meeting's attendance, member by member")
    List<AttendeeDto> attendance(@PathVariable long id) {
        return MeetingDto.of(meetings.get(id), false).attendance();
    }

    @PostMapping("/meetings/{id}/reversal")
    @Operation(summary = "Reverse a meeting and everything its sheet posted, with a reason")
    MeetingDto reverse(@PathVariable long id, @RequestBody ReasonRequest r) {
        return MeetingDto.of(meetings.reverse(new ReverseMeeting(id, r.reason())), false);
    }

    @PutMapping("/meetings/{id}/minutes")
    @Operation(summary = "Correct a meeting's place, topics and decisions")
    MeetingDto minutes(@PathVariable long id, @Valid @RequestBody MinutesRequest r) {
        return MeetingDto.of(
                meetings.editMinutes(new EditMinutes(id, r.version(), r.place(), r.topics(), r.decisions())), false);
    }

    @GetMapping("/clubs/{clubId}/dues")
    @Operation(summary = "What the club collects at its meetings")
    DuesDto dues(@PathVariable long clubId) {
        return DuesDto.of(meetings.dues(clubId));
    }

    @PutMapping("/clubs/{clubId}/dues")
    @Operation(summary = "Set what the club collects at its meetings (0: nothing)")
    DuesDto setDues(@PathVariable long clubId, @Valid @RequestBody DuesRequest r) {
        return DuesDto.of(meetings.setDues(new SetDues(
                clubId,
                r.version(),
                dues(r.feePerMonth(), "feePerMonth"),
                dues(r.contributionPerMonth(), "contributionPerMonth"),
                r.contributionKind())));
    }

    private Vnd dues(BigDecimal amount, String field) {
        if (amount == null || amount.signum() == 0) return Vnd.ZERO;
        return funds.amount(amount, field);
    }

    @GetMapping("/meetings")
    @Operation(summary = "Which clubs met in a month, within a unit (or the whole scope)")
    MonthDto month(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        YearMonth m = month == null ? YearMonth.from(meetings.today()) : month;
        MeetingService.MonthPage p = meetings.month(m, unit, page, size);
        return new MonthDto(
                m,
                p.total(),
                p.met(),
                p.page(),
                p.size(),
                p.clubs().stream()
                        .map(c -> new MonthClubDto(
                                c.club().id(),
                                c.club().name(),
                                c.club().unitId(),
                                c.met(),
                                c.held().stream()
                                        .map(h -> new HeldDto(h.meetingId(), h.heldOn(), h.present(), h.listed()))
                                        .toList()))
                        .toList());
    }
}
