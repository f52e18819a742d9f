package vn.ishc.web;

import java.time.LocalDate;
import org.springframework.core.convert.converter.Converter;

/**
 * Forms and request parameters follow the same {@link InputRules} as JSON: the converters below run ahead
 * of the default ones ({@link WebConfig#addFormatters}), so text the rules refuse and dates outside the
 * range fail binding like any value of the wrong type. A form comes back with the message beside the
 * field ({@code typeMismatch.java.lang.String}, {@code typeMismatch.java.time.LocalDate}); a parameter
 * answers 400.
 */
final class InputBinding {
    private InputBinding() {}

    /** Text as typed, refused when the rules refuse it. */
    static final class TextConverter implements Converter<String, String> {
        @Override
        public String convert(String source) {
            if (!InputRules.acceptableText(source)) throw new IllegalArgumentException(InputRules.TEXT_REFUSED);
            return source;
        }
    }

    /** Dates typed into forms and parameters: {@code yyyy-MM-dd}, real, within the range. */
    static final class DateConverter implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            if (source.isBlank()) return null;
            LocalDate date = InputRules.date(source.strip());
            if (date == null) throw new IllegalArgumentException(InputRules.DATE_REFUSED);
            return date;
        }
    }
}
