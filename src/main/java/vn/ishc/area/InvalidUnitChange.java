package vn.ishc.area;

/** A correction that would leave a unit ending before it starts; {@link #messageKey()} says why. */
public class InvalidUnitChange extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    InvalidUnitChange(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
