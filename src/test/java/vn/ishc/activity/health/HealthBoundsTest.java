package vn.ishc.activity.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plausibility bounds at their edges: the impossible refused, the extreme but real accepted. */
class HealthBoundsTest {

    static HealthRefused refusal(Integer sys, Integer dia, String sugar) {
        try {
            HealthBounds.check(sys, dia, sugar == null ? null : new BigDecimal(sugar), "lines[0].");
        } catch (HealthRefused r) {
            return r;
        }
        return null;
    }

    static void accepted(Integer sys, Integer dia, String sugar) {
        assertThatCode(() -> HealthBounds.check(sys, dia, sugar == null ? null : new BigDecimal(sugar), ""))
                .doesNotThrowAnyException();
    }

    @Test
    void theExtremeButRealIsAccepted() {
        accepted(240, 120, "30.0");
        accepted(260, 160, "35.0");
        accepted(50, 30, "1.0");
        accepted(120, 80, null);
        accepted(null, null, "5.6");
        accepted(null, null, null);
    }

    @Test
    void aSystolicOutsideItsBoundsIsRefusedWithTheValueAndTheBounds() {
        HealthRefused r = refusal(400, 90, null);
        assertThat(r.field()).isEqualTo("lines[0].systolic");
        assertThat(r.messageKey()).isEqualTo("health.error.systolic");
        assertThat(r.args()).containsExactly(400, 50, 260);
        assertThat(refusal(261, 90, null).messageKey()).isEqualTo("health.error.systolic");
        assertThat(refusal(49, 40, null).messageKey()).isEqualTo("health.error.systolic");
        assertThat(refusal(0, 0, null).messageKey()).isEqualTo("health.error.systolic");
        assertThat(refusal(-120, 80, null).messageKey()).isEqualTo("health.error.systolic");
    }

    @Test
    void aDiastolicAboveOrEqualToTheSystolicIsRefused() {
        HealthRefused r = refusal(120, 130, null);
        assertThat(r.field()).isEqualTo("lines[0].diastolic");
        assertThat(r.messageKey()).isEqualTo("health.error.diastolicAbove");
        assertThat(refusal(100, 100, null).messageKey()).isEqualTo("health.error.diastolicAbove");
        accepted(100, 99, null);
    }

    @Test
    void aDiastolicOutsideItsBoundsIsRefused() {
        assertThat(refusal(200, 161, null).messageKey()).isEqualTo("health.error.diastolic");
        assertThat(refusal(120, 29, null).messageKey()).isEqualTo("health.error.diastolic");
        assertThat(refusal(120, -5, null).messageKey()).isEqualTo("health.error.diastolic");
    }

    @Test
    void oneOfThePressuresWithoutTheOtherIsRefused() {
        assertThat(refusal(120, null, null).field()).isEqualTo("lines[0].diastolic");
        assertThat(refusal(null, 80, null).field()).isEqualTo("lines[0].systolic");
        assertThat(refusal(null, 80, null).messageKey()).isEqualTo("health.error.pressurePair");
    }

    @Test
    void bloodSugarOutsideItsBoundsOrWithTwoDecimalsIsRefused() {
        assertThat(refusal(null, null, "35.1").messageKey()).isEqualTo("health.error.sugar");
        assertThat(refusal(null, null, "0.9").messageKey()).isEqualTo("health.error.sugar");
        assertThat(refusal(null, null, "0").messageKey()).isEqualTo("health.error.sugar");
        assertThat(refusal(null, null, "-4.0").messageKey()).isEqualTo("health.error.sugar");
        assertThat(refusal(null, null, "6.55").messageKey()).isEqualTo("health.error.sugarDecimals");
        assertThat(refusal(null, null, "6.50")).isNull();
    }

    @Test
    void pressuresAreWholeNumbersAndSugarKeepsOneDecimal() {
        assertThat(HealthBounds.pressure(new BigDecimal("120.0"), "s")).isEqualTo(120);
        assertThat(HealthBounds.pressure(null, "s")).isNull();
        assertThatThrownBy(() -> HealthBounds.pressure(new BigDecimal("120.5"), "lines[1].systolic"))
                .isInstanceOfSatisfying(HealthRefused.class, r -> {
                    assertThat(r.field()).isEqualTo("lines[1].systolic");
                    assertThat(r.messageKey()).isEqualTo("health.error.pressureWhole");
                });
        assertThat(HealthBounds.sugar(new BigDecimal("7"), "b")).isEqualByComparingTo("7.0");
        assertThat(HealthBounds.sugar(new BigDecimal("7"), "b").scale()).isEqualTo(1);
    }
}
