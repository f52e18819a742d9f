package vn.ishc.report.periodic;

import java.util.Map;
import vn.ishc.plan.Era;

/** What a user asks of the periodic reports. */
public final class PeriodicCommands {
    private PeriodicCommands() {}

    /**
     * Start a report.
     *
     * @param number the quarter (1–4) for {@link PeriodKind#QUARTER}, ignored otherwise
     * @param unitId the unit whose territory it covers; null: the root of the caller's scope
     * @param planId the plan whose targets it reports against; null: the plan in force for the unit
     */
    public record CreatePeriodicReport(
            PeriodKind kind, Integer year, Integer number, Long unitId, Era era, Long planId, String documentNo) {}

    /** Save the narrative as written on {@code version} of the report. */
    public record SaveNarrative(long reportId, int version, Map<NarrativeSection, String> texts, String documentNo) {}
}
