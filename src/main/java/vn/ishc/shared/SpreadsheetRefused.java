package vn.ishc.shared;

import java.util.Arrays;

/**
 * An uploaded spreadsheet refused before anything was imported: the message key to show and its
 * arguments (a cell reference such as {@code C7}, or the maximum number of rows). The keys are the
 * constants of {@link SpreadsheetReader}; the caller owns their texts.
 */
public class SpreadsheetRefused extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public SpreadsheetRefused(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    SpreadsheetRefused(String messageKey, Throwable cause, Object... args) {
        super(args.length == 0 ? messageKey : messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message arguments, for {@code MessageSource.getMessage(messageKey(), args(), locale)}. */
    public Object[] args() {
        return args.clone();
    }
}
