package vn.ishc.account;

import vn.ishc.shared.Refused;

/** An account operation refused for a reason the user can fix; {@code field} and {@code messageKey} say which. */
class AccountRefused extends Refused {
    AccountRefused(String field, String messageKey) {
        super(field, messageKey);
    }
}
