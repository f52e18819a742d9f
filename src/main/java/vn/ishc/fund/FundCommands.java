package vn.ishc.fund;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.Vnd;

/**
 * The typed commands of the fund module's API ({@link ClubFunds}), for other modules. Amounts are whole
 * đồng; dates are the days the money changed hands.
 */
public final class FundCommands {
    private FundCommands() {}

    /** A repayment of one loan: the money received, split by the loan's rules into fee and principal. */
    public record Repay(long loanId, Vnd amount, LocalDate on, String documentNo, String note) {}

    /** Money received into the club's activity fund: a membership fee, a donation, a contribution. */
    public record Receive(
            long clubId,
            ReceiptKind kind,
            LocalDate on,
            Vnd amount,
            String counterpart,
            String documentNo,
            String note) {}

    /**
     * One line of a document that posts many (a meeting sheet): the caller's key for the line (the member's
     * row, e.g. a membership id) and either a repayment or a receipt.
     */
    public record Line(String row, Repay repay, Receive receive) {
        public static Line repay(String row, Repay repay) {
            return new Line(row, repay, null);
        }

        public static Line receive(String row, Receive receive) {
            return new Line(row, null, receive);
        }
    }

    /** Lines of one club posted together: all of them or none. */
    public record PostLines(long clubId, List<Line> lines) {
        public PostLines {
            lines = List.copyOf(lines);
        }
    }
}
