package vn.ishc.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own personal API tokens: list, create (shown once), revoke. */
@Controller
class ApiTokenController {
    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("nameMax", ApiTokens.NAME_MAX);
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    @vn.ishc.shared.OpenToReadOnlyScopes("everyone makes their own API tokens")
    String create(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        ApiTokens.NewToken created;
        try {
            created = tokens.create(user.id(), name);
        } catch (AccountRefused e) {
            model.addAttribute("nameError", e.messageKey());
            model.addAttribute("name", name);
            return list(user, model);
        }
        // Shown once, on the page the redirect leads to; never stored in clear.
        redirect.addFlashAttribute("newToken", created.secret());
        redirect.addFlashAttribute("flash", "tokens.created");
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @vn.ishc.shared.OpenToReadOnlyScopes("everyone revokes their own API tokens")
    String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("flash", "tokens.revoked");
        return "redirect:/account/tokens";
    }
}
