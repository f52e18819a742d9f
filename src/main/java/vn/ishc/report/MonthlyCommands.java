package vn.ishc.report;

import java.time.YearMonth;

/**
 * The steps of a club's monthly report, each naming the report (club and month) and the version the user
 * read (null: whatever is stored now, as for an API client that read nothing first).
 */
public final class MonthlyCommands {
    private MonthlyCommands() {}

    public record Submit(long clubId, YearMonth month, String narrative, Integer version) {}

    public record Approve(long clubId, YearMonth month, String comment, Integer version) {}

    public record Return(long clubId, YearMonth month, String comment, Integer version) {}

    public record Accept(long clubId, YearMonth month, String comment, Integer version) {}

    public record Unlock(long clubId, YearMonth month, String reason, Integer version) {}
}
