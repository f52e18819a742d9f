package vn.ishc.activity.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The plausibility bounds of a screening, in one place: what a person can measure at a health check. The
 * impossible is refused with a message naming the bound; the extreme but real is accepted (a systolic of 240
 * mmHg in a hypertensive crisis, a blood sugar of 30 mmol/L in an untreated diabetic). Bounds inclusive:
 * <ul>
 *   <li>systolic blood pressure 50–260 mmHg, whole numbers;
 *   <li>diastolic blood pressure 30–160 mmHg, whole numbers, and below the systolic (a pressure with a
 *       diastolic equal to or above its systolic is a typing error, never a reading);
 *   <li>blood sugar 1.0–35.0 mmol/L, at most one decimal (glucometers show 1.1–33.3 "HI"/"LO" beyond).
 * </ul>
 * The two pressures go together: one without the other is refused.
 */
public final class HealthBounds {
    public static final int SYSTOLIC_MIN = 50;
    public static final int SYSTOLIC_MAX = 260;
    public static final int DIASTOLIC_MIN = 30;
    public static final int DIASTOLIC_MAX = 160;
    public static final BigDecimal SUGAR_MIN = new BigDecimal("1.0");
    public static final BigDecimal SUGAR_MAX = new BigDecimal("35.0");

    private HealthBounds() {}

    /** A pressure typed as a number (from a form or JSON): a whole number of mmHg, or refused. */
    public static Integer pressure(BigDecimal value, String field) {
        if (value == null) return null;
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new HealthRefused(field, "health.error.pressureWhole");
        }
    }

    /** A blood sugar typed as a number: at most one decimal, or refused. */
    public static BigDecimal sugar(BigDecimal value, String field) {
        if (value == null) return null;
        if (value.stripTrailingZeros().scale() > 1) throw new HealthRefused(field, "health.error.sugarDecimals");
        return value.setScale(1, RoundingMode.UNNECESSARY);
    }

    /**
     * Checks one screening; {@code prefix} names its fields ({@code lines[2].}). Every reading may be absent,
     * but the two pressures only together.
     */
    public static void check(Integer systolic, Integer diastolic, BigDecimal bloodSugar, String prefix) {
        if ((systolic == null) != (diastolic == null))
            throw new HealthRefused(
                    prefix + (systolic == null ? "systolic" : "diastolic"), "health.error.pressurePair");
        if (systolic != null) {
            if (systolic < SYSTOLIC_MIN || systolic > SYSTOLIC_MAX)
                throw new HealthRefused(
                        prefix + "systolic", "health.error.systolic", systolic, SYSTOLIC_MIN, SYSTOLIC_MAX);
            if (diastolic < DIASTOLIC_MIN || diastolic > DIASTOLIC_MAX)
                throw new HealthRefused(
                        prefix + "diastolic", "health.error.diastolic", diastolic, DIASTOLIC_MIN, DIASTOLIC_MAX);
            if (diastolic >= systolic)
                throw new HealthRefused(prefix + "diastolic", "health.error.diastolicAbove", diastolic, systolic);
        }
        if (bloodSugar != null) {
            if (bloodSugar.stripTrailingZeros().scale() > 1)
                throw new HealthRefused(prefix + "bloodSugar", "health.error.sugarDecimals");
            if (bloodSugar.compareTo(SUGAR_MIN) < 0 || bloodSugar.compareTo(SUGAR_MAX) > 0)
                throw new HealthRefused(
                        prefix + "bloodSugar",
                        "health.error.sugar",
                        bloodSugar.toPlainString(),
                        SUGAR_MIN.toPlainString(),
                        SUGAR_MAX.toPlainString());
        }
    }
}
