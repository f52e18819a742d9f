package vn.ishc.web;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import vn.ishc.shared.EditedConcurrently;
import vn.ishc.shared.Refused;

/**
 * A form's POST handed to its service: runs the change unless the form already has errors, and turns
 * what the user can fix into messages on the form instead of an error page. A {@link Refused} becomes
 * an error beside its field (or above the form when it names no field of this form), an {@link
 * EditedConcurrently} the form's "someone else saved it" message when one is given (else it goes on to
 * the 409 page). The controller then redirects on success or shows the form again:
 *
 * <pre>{@code
 * Optional<ClubView> club = FormSubmission.of(errors).get(() -> clubs.found(command));
 * if (club.isEmpty()) return formPage(model);
 * }</pre>
 */
public final class FormSubmission {
    private final BindingResult errors;
    private final String concurrentEditKey;
    private final UnaryOperator<String> formField;

    private FormSubmission(BindingResult errors, String concurrentEditKey, UnaryOperator<String> formField) {
        this.errors = errors;
        this.concurrentEditKey = concurrentEditKey;
        this.formField = formField;
    }

    /** A submission of the form bound into {@code errors}. */
    public static FormSubmission of(BindingResult errors) {
        return new FormSubmission(errors, null, UnaryOperator.identity());
    }

    /** Shows a change refused because someone else saved the record first as this global message. */
    public FormSubmission concurrentEdit(String messageKey) {
        return new FormSubmission(errors, messageKey, formField);
    }

    /**
     * Names the form's field for a refused command field (a form may call it otherwise); {@code null}
     * puts the message above the form.
     */
    public FormSubmission fields(UnaryOperator<String> formField) {
        return new FormSubmission(errors, concurrentEditKey, formField);
    }

    /** Runs the change if the form is valid; true when it went through. */
    public boolean run(Runnable change) {
        return get(() -> {
                    change.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs the change if the form is valid; its result when it went through, else empty. */
    public <T> Optional<T> get(Supplier<T> change) {
        if (errors.hasErrors()) return Optional.empty();
        try {
            return Optional.of(change.get());
        } catch (Refused e) {
            reject(e);
        } catch (EditedConcurrently e) {
            if (concurrentEditKey == null) throw e;
            errors.reject(concurrentEditKey);
        }
        return Optional.empty();
    }

    /** The refusal as an error of the form: beside its field, or global when the form has no such field. */
    public void reject(Refused refused) {
        String field = refused.field() == null ? null : formField.apply(refused.field());
        if (field == null || errors.getFieldType(field) == null) {
            errors.reject(refused.messageKey(), refused.args(), refused.messageKey());
        } else {
            errors.rejectValue(field, refused.messageKey(), refused.args(), refused.messageKey());
        }
    }

    /** {@link #reject(Refused)} for a form with no renamed fields. */
    public static void reject(BindingResult errors, Refused refused) {
        of(errors).reject(refused);
    }
}
