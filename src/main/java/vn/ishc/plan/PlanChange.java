package vn.ishc.plan;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One entry of a plan's change log: who changed what, when (also as local time in the application's
 * zone), from which value to which, and why.
 */
public record PlanChange(
        long id,
        Instant changedAt,
        LocalDateTime localTime,
        String changedBy,
        String what,
        String oldValue,
        String newValue,
        String reason) {}
