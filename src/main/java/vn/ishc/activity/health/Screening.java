package vn.ishc.activity.health;

import java.math.BigDecimal;

/** A member examined at a check and the readings taken (any may be absent; pressures together). */
public record Screening(long personId, Integer systolic, Integer diastolic, BigDecimal bloodSugar, String notes) {
    public boolean hasPressure() {
        return systolic != null;
    }
}
