package vn.ishc.web;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.ishc.shared.Busy;
import vn.ishc.shared.EditedConcurrently;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.Refused;

/**
 * Every error of {@code /api/v1} as RFC 9457 problem JSON, with the title and field messages in the
 * caller's language (Accept-Language; Vietnamese by default).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {
    /** How long a client is asked to wait while the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.404.title");
    }

    /** Someone else's change came first (a version or a unique value): nothing was saved. */
    @ExceptionHandler({
        EditedConcurrently.class,
        OptimisticLockingFailureException.class,
        DataIntegrityViolationException.class
    })
    ProblemDetail conflict(Exception e) {
        if (tooLongForItsColumn(e)) {
            ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.400.title");
            p.setDetail(messages.getMessage("error.input.tooLong", null, locale()));
            return p;
        }
        return problem(HttpStatus.CONFLICT, "error.409.title");
    }

    /**
     * The database is out of reach (restarting, the network): 503 with {@code Retry-After}; nothing was
     * saved by this request, and the connection pool reconnects by itself once the database answers.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "error.503.title");
        p.setDetail(messages.getMessage("error.503.text", null, locale()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(p);
    }

    /** Too many heavy requests at once ({@link vn.ishc.shared.Heavy}): 503 with {@code Retry-After}. */
    @ExceptionHandler(Busy.class)
    ResponseEntity<ProblemDetail> busy() {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "error.busy.title");
        p.setDetail(messages.getMessage("error.busy.text", null, locale()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(p);
    }

    /** SQLSTATE 22001 (string data, right truncation), on H2 and PostgreSQL alike: nothing was stored. */
    private static boolean tooLongForItsColumn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) return true;
        }
        return false;
    }

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.400.title");
        String message = messages.getMessage(e.messageKey(), e.args(), locale());
        p.setDetail(message);
        p.setProperty("errors", e.field() == null ? Map.of() : Map.of(e.field(), message));
        e.details().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.400.title");
        p.setDetail(messages.getMessage("error.badParameter", new Object[] {e.getName()}, locale()));
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.400.title");
        Map<String, String> fields = new LinkedHashMap<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> fields.putIfAbsent(f.getField(), messages.getMessage(f, locale())));
        p.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(p);
    }

    /**
     * A body that is not JSON, or not the JSON this request takes (a value of the wrong type, an unknown
     * field, text or a date the {@link InputRules} refuse): 400, naming the field.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.400.title");
        JacksonException json = cause(e, JacksonException.class);
        String field = json == null ? "" : field(json);
        StrictJson.InputRefused refused = cause(e, StrictJson.InputRefused.class);
        String message;
        if (refused != null) {
            message = messages.getMessage(refused.messageKey(), null, locale());
        } else if (json instanceof UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            message = messages.getMessage("error.input.unknownField", new Object[] {field}, locale());
        } else if (!field.isEmpty()) {
            message = messages.getMessage("error.input.wrongType", new Object[] {field}, locale());
        } else if (json != null) {
            message = messages.getMessage("error.input.malformed", null, locale());
        } else {
            message = messages.getMessage("error.input.missing", null, locale());
        }
        p.setDetail(message);
        p.setProperty("errors", field.isEmpty() ? Map.of() : Map.of(field, message));
        return ResponseEntity.badRequest().body(p);
    }

    /** Anything but JSON sent to a JSON endpoint: 415. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.input.mediaType.title");
        p.setDetail(messages.getMessage(
                "error.input.mediaType",
                new Object[] {
                    e.getContentType() == null
                            ? ""
                            : e.getContentType().getType() + "/"
                                    + e.getContentType().getSubtype()
                },
                locale()));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .headers(headers)
                .body(p);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    /** The JSON path of the value, as {@code lines[0].amount}. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ProblemDetail problem(HttpStatus status, String titleKey) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(messages.getMessage(titleKey, null, locale()));
        return p;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
