package vn.ishc.activity.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One typed command per use of health checks and exercise groups. */
public final class HealthCommands {
    private HealthCommands() {}

    /** A health check with the ward health station and each member examined, recorded as one document. */
    public record RecordHealthCheck(
            long clubId, LocalDate checkedOn, String station, String examiner, List<ScreeningLine> lines) {
        public RecordHealthCheck {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** One member examined: blood pressure in mmHg (both or neither), blood sugar in mmol/L, notes. */
    public record ScreeningLine(
            long personId, Integer systolic, Integer diastolic, BigDecimal bloodSugar, String notes) {}

    /** A traditional exercise group of the club (dưỡng sinh, thái cực quyền…), with its first participants. */
    public record StartExerciseGroup(long clubId, String name, String kind, LocalDate since, List<Long> personIds) {
        public StartExerciseGroup {
            personIds = personIds == null ? List.of() : List.copyOf(personIds);
        }
    }

    /** A member of the club takes part in an exercise group. */
    public record JoinExerciseGroup(long groupId, long personId) {}
}
