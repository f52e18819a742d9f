package vn.ishc.shared;

import java.util.List;

/**
 * A change refused for a reason the user can fix: which field, the message key and its arguments. The
 * API answers it as a 400 problem with the message beside the field; forms show it beside the field.
 */
public abstract class Refused extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final transient List<Object> args;

    protected Refused(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    /**
     * What else a client needs to place the message (e.g. the member's line of a sheet), added to the API's
     * problem as properties; none by default.
     */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
