package vn.ishc.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.ishc.shared.Busy;
import vn.ishc.shared.EditedConcurrently;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.Refused;

/** Errors a person can cause on a screen become friendly pages in their language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({
        EditedConcurrently.class,
        OptimisticLockingFailureException.class,
        DataIntegrityViolationException.class
    })
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        BindException.class,
        MissingServletRequestParameterException.class,
        MaxUploadSizeExceededException.class,
        Refused.class
    })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    /**
     * The database is out of reach (restarting, the network): 503 and a page saying to try again shortly;
     * the connection pool reconnects by itself once it answers (docs/operations.md).
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class
    })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiErrors.RETRY_AFTER_SECONDS));
        return "error/503";
    }

    /** Too many heavy requests at once ({@link vn.ishc.shared.Heavy}): 503 and a page saying to try again. */
    @ExceptionHandler(Busy.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String busy(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiErrors.RETRY_AFTER_SECONDS));
        return "error/busy";
    }
}
