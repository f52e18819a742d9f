package vn.ishc.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The rules every piece of text and every date that comes in must pass, whatever the form or API field:
 * applied once, by the JSON reader ({@link StrictJson}) and the form binder ({@link InputBinding}).
 *
 * <p>Text may not hold NUL or another control character (tab, line feed and carriage return excepted:
 * browsers send a multi-line field's line breaks as CR LF), nor half of a surrogate pair (PostgreSQL
 * cannot store either, and neither is anything a person typed). Dates are real calendar dates written
 * {@code yyyy-MM-dd}, from {@link #EARLIEST} to {@link #LATEST}: nothing the clubs record lies outside.
 */
final class InputRules {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final String TEXT_REFUSED = "error.input.text";
    static final String DATE_REFUSED = "error.input.date";

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private InputRules() {}

    /** True when every character of the text may be stored. */
    static boolean acceptableText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The date the text names, or null when it is not a real date within the range. */
    static LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text, ISO_DATE);
            return inRange(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
