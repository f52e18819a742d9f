package vn.ishc.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms and request parameters follow the same {@link InputRules} as JSON: text the rules refuse and dates
 * outside the range fail binding like any value of the wrong type, so a form comes back with the message
 * beside the field ({@code typeMismatch.java.lang.String}, {@code typeMismatch.java.time.LocalDate}) and a
 * parameter answers 400.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void rules(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
    }

    /** Text as typed, refused when the rules refuse it. */
    static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && !InputRules.acceptableText(text)) {
                throw new IllegalArgumentException(InputRules.TEXT_REFUSED);
            }
            setValue(text);
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
