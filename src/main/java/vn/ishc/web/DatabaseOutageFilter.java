package vn.ishc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import vn.ishc.shared.DatabaseOutage;

/**
 * The database out of reach outside a controller (reading the session, loading the account, rendering the
 * layout): the request is answered 503 with {@code Retry-After}, problem JSON for the API and a short page
 * in the person's language for the rest, never a stack trace. Outermost of the filters, so it sees what
 * the session and security filters throw; a controller's own failure is answered the same way by {@link
 * ApiErrors} and {@link PageErrors}. Nothing of the request was saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseOutageFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * Bytes of an answer kept back before the first of them is sent: a page (the club page is about 40 KB) is
     * then whole, and its session saved, before anything leaves, so that the database going away while it is
     * made is still answered 503 rather than cut off half-way. Larger answers (long lists, downloads) are sent
     * as they are made.
     */
    static final int ANSWER_BUFFER = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted() && response.getBufferSize() < ANSWER_BUFFER) response.setBufferSize(ANSWER_BUFFER);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.in(e) || response.isCommitted()) throw e;
            log.warn(
                    "The database is out of reach: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("error.503.title", null, locale);
        String text = messages.getMessage("error.503.text", null, locale);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiErrors.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,\"detail\":\""
                            + json(text) + "\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + HtmlUtils.htmlEscape(title) + "</title></head><body><main class=\"error-page\"><h1>"
                        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p><p><a href=\""
                        + request.getContextPath() + "/\">"
                        + HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale))
                        + "</a></p></main></body></html>");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
