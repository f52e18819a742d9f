package vn.ishc.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.member.MemberCommands.RegisterMember;
import vn.ishc.member.MemberCommands.UpdatePerson;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Members of the clubs in the caller's scope; one item per membership")
class MemberApiController {
    private final MemberRegistry members;
    private final MessageSource messages;
    private final Clock clock;

    MemberApiController(MemberRegistry members, MessageSource messages, Clock clock) {
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    record MemberDto(
            long membershipId,
            long personId,
            long clubId,
            String clubName,
            PersonDetails person,
            boolean older,
            boolean disadvantaged,
            LocalDate joinedOn,
            String joinReason,
            LocalDate leftOn,
            String leaveReason,
            int version) {
        static MemberDto of(MemberView m) {
            return new MemberDto(
                    m.membershipId(),
                    m.personId(),
                    m.clubId(),
                    m.clubName(),
                    m.person(),
                    m.older(),
                    m.disadvantaged(),
                    m.joinedOn(),
                    m.joinReason(),
                    m.leftOn(),
                    m.leaveReason(),
                    m.personVersion());
        }
    }

    record PageDto(List<MemberDto> content, int page, int size, long total) {}

    record CheckDto(Composition.Rule rule, double value, int min, int max, Composition.Band band) {}

    record SavedDto(MemberDto member, List<CheckDto> compositionWarnings) {
        static SavedDto of(MemberSaved s) {
            return new SavedDto(
                    MemberDto.of(s.member()),
                    s.outOfBand().stream()
                            .map(c -> new CheckDto(c.rule(), c.value(), c.min(), c.max(), c.band()))
                            .toList());
        }
    }

    /** A person's details as the API takes them (dates ISO yyyy-MM-dd). */
    record PersonRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String fullName,

            @NotNull(message = "{validation.required}") Sex sex,
            LocalDate birthDate,
            Integer birthYear,

            @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}")
            String ethnicity,

            @NotNull(message = "{validation.required}") HouseholdStatus householdStatus,
            Integer householdStatusYear,
            Boolean disability,
            Boolean livesAlone,

            @Size(max = 500, message = "{validation.tooLong}")
            String otherHardship,

            @Size(max = 20, message = "{validation.tooLong}")
            String nationalId,

            @Size(max = 30, message = "{validation.tooLong}")
            String phone,

            @Size(max = 100, message = "{validation.tooLong}")
            String residentialGroup) {
        PersonDetails details() {
            return new PersonDetails(
                    fullName,
                    sex,
                    birthDate,
                    birthYear,
                    ethnicity,
                    householdStatus,
                    householdStatusYear,
                    Boolean.TRUE.equals(disability),
                    Boolean.TRUE.equals(livesAlone),
                    otherHardship,
                    nationalId,
                    phone,
                    residentialGroup);
        }
    }

    record RegisterRequest(
            @NotNull(message = "{validation.required}") Long clubId,

            @NotNull(message = "{validation.required}") @Valid
            PersonRequest person,

            @NotNull(message = "{validation.required}") LocalDate joinedOn,

            @Size(max = 500, message = "{validation.tooLong}")
            String joinReason,

            Boolean notADuplicate) {}

    record UpdateRequest(
            @NotNull(message = "{validation.required}") @Valid
            PersonRequest person,

            @NotNull(message = "{validation.required}") Integer version,
            Boolean notADuplicate) {}

    @GetMapping
    @Operation(summary = "Members in the caller's scope, filtered and paged (by name); activeOn defaults to today")
    PageDto list(
            @RequestParam(required = false) Long club,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
            @RequestParam(required = false) Sex sex,
            @RequestParam(required = false) Boolean older,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        MemberPage result = members.search(new MemberQuery(
                club,
                unit,
                activeOn != null ? activeOn : LocalDate.now(clock),
                sex,
                older,
                q,
                page,
                Math.min(size, 500)));
        return new PageDto(
                result.members().stream().map(MemberDto::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{membershipId}")
    @Operation(summary = "One membership with its person (404 outside the caller's scope)")
    MemberDto get(@PathVariable long membershipId) {
        return MemberDto.of(members.membership(membershipId));
    }

    @PostMapping
    @Operation(summary = "Register a new person as a member of a club (409 with candidates when possibly a duplicate)")
    ResponseEntity<SavedDto> create(@Valid @RequestBody RegisterRequest request) {
        MemberSaved saved = members.register(new RegisterMember(
                request.clubId(),
                request.person().details(),
                request.joinedOn(),
                request.joinReason(),
                Boolean.TRUE.equals(request.notADuplicate())));
        return ResponseEntity.created(
                        URI.create("/api/v1/members/" + saved.member().membershipId()))
                .body(SavedDto.of(saved));
    }

    @PutMapping("/{membershipId}")
    @Operation(summary = "Correct the person's details; `version` must be the one read (409 otherwise)")
    SavedDto update(@PathVariable long membershipId, @Valid @RequestBody UpdateRequest request) {
        MemberView member = members.membership(membershipId);
        return SavedDto.of(members.update(new UpdatePerson(
                member.personId(),
                request.version(),
                request.person().details(),
                Boolean.TRUE.equals(request.notADuplicate()))));
    }

    @ExceptionHandler(PossibleDuplicates.class)
    ProblemDetail duplicates(PossibleDuplicates e, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        p.setTitle(messages.getMessage("member.duplicates.title", null, locale));
        p.setDetail(messages.getMessage("member.duplicates.api", null, locale));
        p.setProperty("candidates", e.candidates());
        return p;
    }
}
