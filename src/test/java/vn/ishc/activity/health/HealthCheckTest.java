package vn.ishc.activity.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.ScreeningLine;

/** A health check decides its own rules; no Spring. */
class HealthCheckTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate FOUNDED = LocalDate.of(2020, 3, 1);
    static final Instant AT = Instant.parse("2026-11-29T03:00:00Z");
    static final HealthCheck.Context CTX = new HealthCheck.Context(TODAY, FOUNDED, Map.of(1L, "A", 2L, "B", 3L, "C"));

    static RecordHealthCheck check(LocalDate on, List<ScreeningLine> lines) {
        return new RecordHealthCheck(7, on, "Trạm y tế phường Tân Lập", "BS. Lê Thị Hoa", lines);
    }

    static ScreeningLine line(long person, Integer sys, Integer dia, String sugar) {
        return new ScreeningLine(person, sys, dia, sugar == null ? null : new BigDecimal(sugar), null);
    }

    static String refused(RecordHealthCheck c) {
        try {
            HealthCheck.record(c, CTX, "u", AT);
            return null;
        } catch (HealthRefused r) {
            return r.field() + " " + r.messageKey();
        }
    }

    @Test
    void aCheckOfThreeMembersIsRecordedWithTheirReadings() {
        HealthCheck c = HealthCheck.record(
                check(TODAY, List.of(line(1, 240, 120, "30"), line(2, null, null, "5.6"), line(3, 118, 76, null))),
                CTX,
                "demo-club",
                AT);
        assertThat(c.examined()).isEqualTo(3);
        assertThat(c.screenings().get(0).bloodSugar()).isEqualByComparingTo("30.0");
        assertThat(c.station()).isEqualTo("Trạm y tế phường Tân Lập");
    }

    @Test
    void theDayIsNotInTheFutureNorBeforeTheFounding() {
        assertThat(refused(check(TODAY.plusDays(1), List.of(line(1, null, null, null)))))
                .isEqualTo("checkedOn health.error.future");
        assertThat(refused(check(FOUNDED.minusDays(1), List.of(line(1, null, null, null)))))
                .isEqualTo("checkedOn health.error.beforeFounding");
        assertThat(refused(check(FOUNDED, List.of(line(1, null, null, null))))).isNull();
        assertThat(refused(check(null, List.of(line(1, null, null, null))))).isEqualTo("checkedOn validation.required");
    }

    @Test
    void theStationAndExaminerAreNamed() {
        assertThat(refused(new RecordHealthCheck(7, TODAY, " ", "BS", List.of(line(1, null, null, null)))))
                .isEqualTo("station validation.required");
        assertThat(refused(new RecordHealthCheck(7, TODAY, "Trạm", null, List.of(line(1, null, null, null)))))
                .isEqualTo("examiner validation.required");
        assertThat(refused(new RecordHealthCheck(7, TODAY, "x".repeat(201), "BS", List.of(line(1, null, null, null)))))
                .isEqualTo("station validation.tooLong");
    }

    @Test
    void somebodyIsExaminedOnceEachAndEachAMember() {
        assertThat(refused(check(TODAY, List.of()))).isEqualTo("lines health.error.nobodyExamined");
        assertThat(refused(check(TODAY, List.of(line(1, null, null, null), line(9, null, null, null)))))
                .isEqualTo("lines[1].personId health.error.notAMember");
        assertThat(refused(check(TODAY, List.of(line(2, null, null, null), line(2, null, null, null)))))
                .isEqualTo("lines[1].personId health.error.twice");
    }

    @Test
    void aReadingOutsideTheBoundsNamesItsLine() {
        assertThat(refused(check(TODAY, List.of(line(1, 120, 80, null), line(2, 400, 90, null)))))
                .isEqualTo("lines[1].systolic health.error.systolic");
        assertThat(refused(check(TODAY, List.of(line(3, 120, 130, null)))))
                .isEqualTo("lines[0].diastolic health.error.diastolicAbove");
    }

    @Test
    void anExerciseGroupTakesMembersOnceAndStartsNotInTheFuture() {
        ExerciseGroup g = ExerciseGroup.start(
                7, "Dưỡng sinh sáng", "dưỡng sinh", TODAY, List.of(1L), TODAY, FOUNDED, Set.of(1L, 2L));
        g.join(2, Set.of(1L, 2L));
        assertThat(g.personIds()).containsExactly(1L, 2L);
        assertThatThrownBy(() -> g.join(2, Set.of(1L, 2L))).hasMessage("health.error.alreadyInGroup");
        assertThatThrownBy(() -> g.join(5, Set.of(1L, 2L))).hasMessage("health.error.notAMember");
        assertThatThrownBy(
                        () -> ExerciseGroup.start(7, "X", "Y", TODAY.plusDays(1), List.of(), TODAY, FOUNDED, Set.of()))
                .hasMessage("health.error.future");
        assertThatThrownBy(() -> ExerciseGroup.start(7, "X", "", TODAY, List.of(), TODAY, FOUNDED, Set.of()))
                .hasMessage("validation.required");
    }
}
