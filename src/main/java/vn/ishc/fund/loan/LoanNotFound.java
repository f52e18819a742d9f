package vn.ishc.fund.loan;

import vn.ishc.shared.NotFoundException;

/** No such loan, or none the current user may see. */
public class LoanNotFound extends NotFoundException {
    public LoanNotFound(long id) {
        super("loan " + id);
    }
}
