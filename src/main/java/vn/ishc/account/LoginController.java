package vn.ishc.account;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {
    private final boolean demo;
    private final long lockoutMinutes;

    LoginController(@Value("${ishc.demo:false}") String demo, @Value("${ishc.security.lockout}") Duration lockout) {
        this.demo = "true".equalsIgnoreCase(demo.strip());
        this.lockoutMinutes = lockout.toMinutes();
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = last instanceof LockedException
                    ? "login.error.locked"
                    : last instanceof DisabledException ? "login.error.disabled" : "login.error.bad";
            model.addAttribute("loginError", key);
            model.addAttribute("lockoutMinutes", lockoutMinutes);
        }
        if (demo) {
            model.addAttribute("demoAccounts", DemoAccounts.ACCOUNTS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "account/login";
    }
}
