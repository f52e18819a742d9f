package vn.ishc.account;

import jakarta.servlet.http.HttpSession;
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

    LoginController(@Value("${ishc.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = last instanceof LockedException
                    ? "login.error.locked"
                    : last instanceof DisabledException ? "login.error.disabled" : "login.error.bad";
            model.addAttribute("loginError", key);
        }
        if (demo) {
            model.addAttribute("demoAccounts", DemoAccounts.ACCOUNTS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "account/login";
    }
}
