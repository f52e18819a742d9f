package vn.ishc.report;

import java.util.List;

/**
 * A club's monthly report as built from its records (never typed): kept as JSON text with each submission,
 * so the version approved reads the same for ever. Money is in whole đồng; labels are message keys.
 */
public record MonthlyContent(
        long clubId,
        String clubName,
        String month,
        String from,
        String to,
        Members members,
        Meetings meetings,
        List<Tally> areas,
        Funds funds) {

    public MonthlyContent {
        areas = List.copyOf(areas);
    }

    /** Members: joined and left in the month, and the composition on its last day against the standard. */
    public record Members(
            int joined,
            int left,
            int atEnd,
            int women,
            int older,
            int younger,
            int disadvantaged,
            boolean meetsStandard,
            List<String> rulesBroken) {}

    /** The monthly meeting(s) held and their attendance. */
    public record Meetings(int held, int present, int excused, int absent, List<String> days) {}

    /** One kind of record counted by area (activities, health checks, home-care visits, cases). */
    public record Tally(String labelKey, List<AreaCount> byArea, long total) {}

    public record AreaCount(String area, long count) {}

    /** Both funds and the loans, in đồng. */
    public record Funds(
            long loanFundOpening,
            long loanFundReceipts,
            long loanFundPayments,
            long loanFundClosing,
            long activityFundOpening,
            long activityFundReceipts,
            long activityFundExpenses,
            long activityFundClosing,
            long disbursed,
            int loansDisbursed,
            long principalRepaid,
            long feesReceived,
            long outstanding,
            int loansRunning,
            long overdue,
            int loansOverdue) {}
}
