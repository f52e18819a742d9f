package vn.ishc.fund.loan;

import java.time.LocalDate;
import vn.ishc.shared.Vnd;

/** One line of a repayment schedule: what falls due on a date, principal and fee, in whole đồng. */
public record Instalment(int scheduleNo, int seq, LocalDate dueOn, Vnd principal, Vnd fee) {
    public Vnd total() {
        return principal.plus(fee);
    }
}
