package vn.ishc.club;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clubs")
@Tag(name = "Clubs", description = "The club registry, limited to the caller's scope")
class ClubApiController {

    private final ClubDirectory clubs;

    ClubApiController(ClubDirectory clubs) {
        this.clubs = clubs;
    }

    record ClubDto(long id, String name, long unitId, java.time.LocalDate foundedOn, int version) {
        static ClubDto of(ClubView c) {
            return new ClubDto(c.id(), c.name(), c.unitId(), c.foundedOn(), c.version());
        }
    }

    record RenameRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String name,

            @NotNull(message = "{validation.required}") Integer version) {}

    @GetMapping
    @Operation(summary = "The clubs in the caller's scope")
    List<ClubDto> list() {
        return clubs.visible().stream().map(ClubDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One club (404 when outside the caller's scope)")
    ClubDto get(@PathVariable long id) {
        return ClubDto.of(clubs.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a club; `version` must be the one read (409 otherwise)")
    ClubDto rename(@PathVariable long id, @Valid @RequestBody RenameRequest request) {
        return ClubDto.of(clubs.rename(new RenameClub(id, request.name(), request.version())));
    }
}
