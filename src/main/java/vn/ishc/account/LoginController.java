package vn.ishc.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {
    private final boolean demo;

    LoginController(@Value("${ishc.demo:false}") String demo) {
        this.demo = "true".equalsIgnoreCase(demo.strip());
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = last instanceof LoginThrottled
                    ? "login.error.throttled"
                    : last instanceof DisabledException ? "login.error.disabled" : "login.error.bad";
            model.addAttribute("loginError", key);
            model.addAttribute("retryAfter", last instanceof LoginThrottled t ? t.retryAfterSeconds() : 0);
        }
        if (demo) {
            model.addAttribute("demoAccounts", DemoAccounts.ACCOUNTS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "account/login";
    }
}
