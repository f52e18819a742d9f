package vn.ishc.fund.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.Invariants;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.OverdueBucket;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.shared.Vnd;

/**
 * A club's funds on a date, as the funds page and the portfolio report show them.
 *
 * <p>Portfolio figures (R10), over loans paid out by the date and still running on it: <b>on-time rate</b>
 * = running loans with nothing overdue ÷ running loans; <b>portfolio at risk &gt; 30 days</b> = principal
 * outstanding of loans more than 30 days overdue ÷ all principal outstanding; <b>borrowers</b> = members of the
 * club on the date who have ever had a loan paid out ÷ members on the date.
 */
public record FundOverview(
        ClubView club,
        LocalDate asOf,
        Invariants.Check check,
        Map<FundingSource, Vnd> capitalBySource,
        Vnd openingCapital,
        List<LoanRow> loans,
        int running,
        int runningOnTime,
        Vnd outstanding,
        Vnd atRisk30,
        int members,
        int borrowers,
        Map<Purpose, PurposeRow> byPurpose,
        Map<OverdueBucket, Vnd> byBucket) {

    /** One loan in the list. */
    public record LoanRow(Loan loan, String borrower, Vnd outstanding, long daysOverdue, OverdueBucket bucket) {}

    /** Loans of one purpose: how many were paid out, how much, and how much is still owed. */
    public record PurposeRow(int loans, Vnd lent, Vnd outstanding) {
        PurposeRow plus(Vnd lentMore, Vnd owed) {
            return new PurposeRow(loans + 1, lent.plus(lentMore), outstanding.plus(owed));
        }
    }

    public static Map<Purpose, PurposeRow> emptyPurposes() {
        Map<Purpose, PurposeRow> m = new EnumMap<>(Purpose.class);
        for (Purpose p : Purpose.values()) m.put(p, new PurposeRow(0, Vnd.ZERO, Vnd.ZERO));
        return m;
    }

    /** Percentages with one decimal, or null when there is nothing to divide by. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal onTimeRate() {
        return percent(runningOnTime, running);
    }

    public BigDecimal portfolioAtRisk30() {
        return percent(atRisk30.dong(), outstanding.dong());
    }

    public BigDecimal borrowersShare() {
        return percent(borrowers, members);
    }
}
