package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: stores the choice and returns to the page the person was on. */
@Controller
class LanguageController {
    private final LocaleResolver localeResolver;

    LanguageController(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @PostMapping("/language")
    @vn.ishc.shared.OpenToReadOnlyScopes("everyone chooses their language")
    String change(
            @RequestParam String lang,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : WebConfig.VIETNAMESE;
        localeResolver.setLocale(request, response, locale);
        boolean safe = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (safe ? back : "/");
    }
}
