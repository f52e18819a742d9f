package vn.ishc.club;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes a club's name; {@code version} is the one the user saw, so a concurrent edit is detected. */
public record RenameClub(
        long clubId,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String name,

        @NotNull(message = "{validation.required}") Integer version) {}
