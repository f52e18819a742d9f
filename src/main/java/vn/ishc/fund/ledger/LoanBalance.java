package vn.ishc.fund.ledger;

import java.time.LocalDate;
import vn.ishc.shared.Vnd;

/** What {@link Invariants} needs of a loan, computed by the loan from its own records. */
public interface LoanBalance {
    Long id();

    /** Principal still owed on {@code asOf}. */
    Vnd outstanding(LocalDate asOf);

    /** Money held for the borrower beyond the loan on {@code asOf}. */
    Vnd creditHeld(LocalDate asOf);
}
