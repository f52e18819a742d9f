package vn.ishc.fund.ledger;

import java.time.Instant;

/** Who posts entries, when (from the clock), under which posting number (shared by entries posted together). */
public record Posting(long number, String by, Instant at) {}
