package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import vn.ishc.shared.EditedConcurrently;
import vn.ishc.shared.Refused;

class FormSubmissionTest {
    static class Form {
        public String name;
        public String on;
    }

    static class Said extends Refused {
        Said(String field, String key, Object... args) {
            super(field, key, args);
        }
    }

    static class Stale extends EditedConcurrently {
        Stale() {
            super("stale");
        }
    }

    final BindingResult errors = new DirectFieldBindingResult(new Form(), "form");

    @Test
    void aRefusalGoesBesideItsFieldWithItsArguments() {
        boolean done = FormSubmission.of(errors).run(() -> {
            throw new Said("name", "club.error.name", 3);
        });

        assertThat(done).isFalse();
        assertThat(errors.getFieldErrorCount()).isEqualTo(1);
        var error = errors.getFieldError("name");
        assertThat(error.getCode()).isEqualTo("club.error.name");
        assertThat(error.getArguments()).containsExactly(3);
        assertThat(error.getDefaultMessage()).isEqualTo("club.error.name");
    }

    @Test
    void aRefusalOfNoFieldOrOfAFieldTheFormLacksGoesAboveTheForm() {
        FormSubmission.reject(errors, new Said(null, "a.key"));
        FormSubmission.reject(errors, new Said("personId", "b.key"));

        assertThat(errors.getFieldErrorCount()).isZero();
        assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("a.key", "b.key");
    }

    @Test
    void theFormMayNameTheFieldOtherwise() {
        FormSubmission.of(errors)
                .fields(field -> field.equals("leftOn") ? "on" : null)
                .run(() -> {
                    throw new Said("leftOn", "member.error.date");
                });
        FormSubmission.of(errors).fields(field -> null).reject(new Said("name", "member.error.other"));

        assertThat(errors.getFieldError("on").getCode()).isEqualTo("member.error.date");
        assertThat(errors.getGlobalError().getCode()).isEqualTo("member.error.other");
    }

    @Test
    void aValidChangeRunsAndGivesItsResult() {
        assertThat(FormSubmission.of(errors).get(() -> 42L)).contains(42L);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aFormWithErrorsDoesNotRunTheChange() {
        errors.rejectValue("name", "validation.required");

        assertThat(FormSubmission.of(errors).get(() -> {
                    throw new AssertionError("ran");
                }))
                .isEmpty();
    }

    @Test
    void aConcurrentEditIsSaidAboveTheFormWhenTheFormHasAMessageForIt() {
        assertThat(FormSubmission.of(errors)
                        .concurrentEdit("club.error.concurrent")
                        .run(() -> {
                            throw new Stale();
                        }))
                .isFalse();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("club.error.concurrent");

        assertThatThrownBy(() -> FormSubmission.of(new DirectFieldBindingResult(new Form(), "form"))
                        .run(() -> {
                            throw new Stale();
                        }))
                .isInstanceOf(Stale.class);
    }
}
