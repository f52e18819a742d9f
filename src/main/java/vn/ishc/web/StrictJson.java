package vn.ishc.web;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The API reads JSON strictly, for every request body: a value of the wrong JSON type is refused, never
 * converted (no number or boolean taken as text, no text as a number, no fraction as an id, no number as
 * a date or as an enum's position), unknown fields are refused (a misspelt field would otherwise be
 * dropped without a word), text must pass {@link InputRules#acceptableText} and dates must be real
 * {@code yyyy-MM-dd} dates within {@link InputRules#EARLIEST}..{@link InputRules#LATEST}. Every refusal
 * becomes a 400 problem in the caller's language ({@link ApiErrors}).
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        SimpleModule rules = new SimpleModule("ishc-input-rules")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer());
        return builder -> builder.addModule(rules)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Integer,
                        refuse(
                                CoercionInputShape.Float,
                                CoercionInputShape.String,
                                CoercionInputShape.EmptyString,
                                CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Float,
                        refuse(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        refuse(
                                CoercionInputShape.Integer,
                                CoercionInputShape.Float,
                                CoercionInputShape.String,
                                CoercionInputShape.EmptyString))
                .withCoercionConfig(
                        LogicalType.Enum,
                        refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.EmptyString))
                .withCoercionConfig(
                        LogicalType.DateTime,
                        refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.EmptyString));
    }

    private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) config.setCoercion(shape, CoercionAction.Fail);
        };
    }

    /** A value the input rules refuse, with the message key that says why. */
    static final class InputRefused extends DatabindException {
        private final String messageKey;

        InputRefused(JsonParser parser, String messageKey) {
            super(parser, messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Text only from a JSON string, and only text the rules accept. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {
        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (String) ctxt.handleUnexpectedToken(String.class, p);
            String text = p.getString();
            if (!InputRules.acceptableText(text)) throw new InputRefused(p, InputRules.TEXT_REFUSED);
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A date only from a JSON string {@code yyyy-MM-dd}, a real date within the range. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            LocalDate date = InputRules.date(p.getString());
            if (date == null) throw new InputRefused(p, InputRules.DATE_REFUSED);
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
