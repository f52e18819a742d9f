package vn.ishc.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An administrator's correction of a recorded change: its effective date, legal reference and note;
 * {@code version} is the one the administrator saw, so a concurrent correction is detected.
 */
public record CorrectUnitChange(
        long changeId,
        @NotNull(message = "{validation.required}") LocalDate effectiveDate,

        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
        String legalReference,

        boolean dateConfirmed,
        @Size(max = 1000, message = "{validation.tooLong}") String note,
        @NotNull(message = "{validation.required}") Integer version) {}
