package vn.ishc.account;

/** An account operation refused for a reason the user can fix; {@code field} and {@code messageKey} say which. */
class AccountRefused extends RuntimeException {
    private final String field;
    private final String messageKey;

    AccountRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
