package vn.ishc.web;

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
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
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

    private ProblemDetail problem(HttpStatus status, String titleKey) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(messages.getMessage(titleKey, null, locale()));
        return p;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
