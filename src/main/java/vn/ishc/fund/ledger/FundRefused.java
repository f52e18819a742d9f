package vn.ishc.fund.ledger;

import vn.ishc.shared.Refused;

/** A fund operation refused for a reason the user can fix; nothing was posted. */
public class FundRefused extends Refused {
    public FundRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
