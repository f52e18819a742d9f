package vn.ishc.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;

/** Administrators list and open accounts, grant health data, and review failed logins. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {
    private final AccountService accounts;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final LoginThrottle throttle;
    private final MessageSource messages;

    /** How many failed logins the administrators' page lists. */
    static final int RECENT_FAILURES = 200;

    AccountAdminController(
            AccountService accounts,
            UnitDirectory units,
            ClubDirectory clubs,
            LoginThrottle throttle,
            MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.clubs = clubs;
        this.throttle = throttle;
        this.messages = messages;
    }

    /** One line of the account list. */
    public record AccountRow(
            long id,
            String username,
            String displayName,
            Role role,
            String unit,
            String club,
            long recentFailures,
            boolean healthData) {}

    static class AccountForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 60, message = "{validation.tooLong}")
        private String username;

        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.tooLong}")
        private String displayName;

        @NotBlank(message = "{validation.required}")
        private String password;

        @NotNull(message = "{validation.required}")
        private Role role;

        private Long scopeUnitId;
        private Long scopeClubId;
        private boolean healthData;

        public boolean isHealthData() {
            return healthData;
        }

        public void setHealthData(boolean healthData) {
            this.healthData = healthData;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public Long getScopeUnitId() {
            return scopeUnitId;
        }

        public void setScopeUnitId(Long scopeUnitId) {
            this.scopeUnitId = scopeUnitId;
        }

        public Long getScopeClubId() {
            return scopeClubId;
        }

        public void setScopeClubId(Long scopeClubId) {
            this.scopeClubId = scopeClubId;
        }
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", rows());
        return "account/list";
    }

    @GetMapping("/admin/accounts/export.{format}")
    void export(@PathVariable String format, Locale locale, HttpServletResponse response) throws IOException {
        List<String> headers = Stream.of(
                        "accounts.username",
                        "accounts.displayName",
                        "accounts.role",
                        "accounts.scope",
                        "accounts.recentFailures")
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        List<List<?>> rows = new ArrayList<>();
        for (AccountRow a : rows()) {
            rows.add(Arrays.asList(
                    a.username(),
                    a.displayName(),
                    messages.getMessage("role." + a.role(), null, locale),
                    a.unit() != null
                            ? a.unit()
                            : a.club() != null ? a.club() : messages.getMessage("accounts.scope.all", null, locale),
                    String.valueOf(a.recentFailures())));
        }
        TableDownload.send(
                format, "tai-khoan", messages.getMessage("accounts.title", null, locale), headers, rows, response);
    }

    private List<AccountRow> rows() {
        Map<String, Long> failures = throttle.failuresByNameLastDay();
        return accounts.all().stream()
                .map(a -> new AccountRow(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        a.role(),
                        a.scopeUnitId() == null
                                ? null
                                : units.find(a.scopeUnitId())
                                        .map(UnitView::name)
                                        .orElse(null),
                        a.scopeClubId() == null
                                ? null
                                : clubs.findForAdministration(a.scopeClubId())
                                        .map(ClubView::name)
                                        .orElse(null),
                        failures.getOrDefault(LoginThrottle.key(a.username()), 0L),
                        a.healthData()))
                .toList();
    }

    @GetMapping("/admin/accounts/new")
    String form(@ModelAttribute("form") AccountForm form, Model model) {
        return formPage(model);
    }

    @PostMapping("/admin/accounts/new")
    String open(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.of(errors)
                .run(() -> accounts.open(new OpenAccount(
                        form.username,
                        form.displayName,
                        form.password,
                        form.role,
                        form.scopeUnitId,
                        form.scopeClubId,
                        form.healthData)))) return formPage(model);
        redirect.addFlashAttribute("flash", "account.saved");
        return "redirect:/admin/accounts";
    }

    /** Recent failed logins: who tried which name from where, and the busiest sources of the last day. */
    @GetMapping("/admin/logins")
    String failedLogins(Model model) {
        model.addAttribute("failures", throttle.recent(RECENT_FAILURES));
        model.addAttribute("sources", throttle.bySourceLastDay());
        return "account/logins";
    }

    /** Grants or withdraws a viewer account's reading of health data (the health department's viewers). */
    @PostMapping("/admin/accounts/{id}/health-data")
    String healthData(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam boolean granted,
            RedirectAttributes redirect) {
        try {
            accounts.healthData(id, granted);
            redirect.addFlashAttribute("flash", "account.healthDataChanged");
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/admin/accounts";
    }

    private String formPage(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopeUnits", units.all());
        model.addAttribute("clubs", clubs.allForAdministration());
        return "account/form";
    }
}
