package vn.ishc.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.web.FormSubmission;

@Controller
class PasswordController {
    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    static class PasswordForm {
        @NotBlank(message = "{validation.required}")
        private String currentPassword;

        @NotBlank(message = "{validation.required}")
        private String newPassword;

        @NotBlank(message = "{validation.required}")
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/account/password")
    @vn.ishc.shared.OpenToReadOnlyScopes("everyone changes their own password")
    String change(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.newPassword.equals(form.confirmPassword)) {
            errors.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (!FormSubmission.of(errors)
                .run(() ->
                        accounts.changePassword(new ChangePassword(user.id(), form.currentPassword, form.newPassword))))
            return "account/password";
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }
}
