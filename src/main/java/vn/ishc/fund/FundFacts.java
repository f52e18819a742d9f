package vn.ishc.fund;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Term;

/**
 * The fund module's facts for other modules' SQL, written by the module over its own ledger. Beside the
 * views it publishes ({@code fund_receipt_v}, {@code fund_established_v}, {@code fund_loan_disbursed_v}),
 * {@link #receivedBy} asks whether a club's fund had received money by a day as a probe of the ledger
 * itself: the first receipt found through {@code fund_entry_club_idx} (club, fund, day) ends the search on
 * both databases. The same question over {@code fund_receipt_v} makes H2 read every receipt of the club
 * (it computes a view's rows in full before the probe's {@code limit 1}): at city scale that was most of
 * the dashboard's time on H2 (docs/performance.md). {@code FundFactsTest} holds the probe equal to the
 * view.
 */
public final class FundFacts {

    /** The kinds of entry that are money a fund received: its capital and the activity fund's receipts. */
    static final String RECEIPT_KINDS = Arrays.stream(EntryKind.values())
            .filter(k -> k.term() == Term.CAPITAL || k.term() == Term.RECEIPT)
            .map(k -> "'" + k.name() + "'")
            .collect(Collectors.joining(", "));

    private FundFacts() {}

    /**
     * True when {@code fund} ({@code LOAN_FUND} or {@code ACTIVITY_FUND}) of club {@code clubId} (an SQL
     * expression) had received money on or before {@code day} (an SQL date expression): a receipt of it,
     * not a reversal and not reversed, dated on or before the day, as {@code fund_receipt_v} lists them (so
     * the fund was established by then, {@code fund_established_v}). A condition, false when there is none.
     */
    public static String receivedBy(String clubId, String fund, String day) {
        Fund f = Fund.valueOf(fund);
        return "(select 1 from fund_entry fe where fe.club_id = " + clubId + " and fe.fund = '" + f.name()
                + "' and fe.entry_date <= " + day + " and fe.kind in (" + RECEIPT_KINDS + ")"
                + " and coalesce(fe.reverses_id, 0) = 0"
                + " and not exists (select 1 from fund_entry fr where fr.reverses_id = fe.id) limit 1) = 1";
    }
}
