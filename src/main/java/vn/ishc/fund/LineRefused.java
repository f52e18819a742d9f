package vn.ishc.fund;

import vn.ishc.shared.Refused;

/**
 * A line of a document ({@link FundCommands.PostLines}) that was refused: nothing of the document was
 * posted. The field names the line the way forms name list items ({@code lines[3].amount}), {@link #row()}
 * is the caller's own key for it (a member's row), and the message is the reason the line alone would have
 * been refused for.
 */
public class LineRefused extends Refused {
    private final String row;
    private final int line;

    LineRefused(int line, String row, Refused cause) {
        super(
                "lines[" + line + "]" + (cause.field() == null ? "" : "." + cause.field()),
                cause.messageKey(),
                cause.args());
        this.row = row;
        this.line = line;
        initCause(cause);
    }

    /** The caller's key of the refused line. */
    public String row() {
        return row;
    }

    /** The refused line's index in the document, from 0. */
    public int line() {
        return line;
    }
}
