package vn.ishc.plan;

import java.time.Instant;

/** One entry of a plan's change log: who changed what, when, from which value to which, and why. */
public record PlanChange(
        long id, Instant changedAt, String changedBy, String what, String oldValue, String newValue, String reason) {}
