package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Links that keep a list's filters, for templates ({@code ${@links.page(2)}}, {@code ${@links.filters()}}):
 * the current request's query parameters, without its page, so a pager or an export asks for the same rows
 * the page shows. The links start with the application's context path, like those of {@code @{...}}.
 */
@Component("links")
public class PageLinks {
    static final String PAGE = "page";

    /** This address with the same filters and page {@code page} (counted from 0). */
    public String page(int page) {
        HttpServletRequest request = request();
        String query = query(request.getParameterMap());
        return request.getRequestURI() + (query.isEmpty() ? "?" : query + "&") + PAGE + "=" + page;
    }

    /**
     * The address {@code path} (from the application's root) with {@code filters} ({@code ?club=5}), or with
     * this request's filters when {@code filters} is null.
     */
    public String export(String path, String filters) {
        HttpServletRequest request = request();
        return request.getContextPath() + path + (filters != null ? filters : query(request.getParameterMap()));
    }

    /** This request's filters as a query ({@code ?q=T%C3%A2n&unit=10}), without the page; empty without any. */
    public String filters() {
        return query(request().getParameterMap());
    }

    static String query(Map<String, String[]> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> {
            if (name.equals(PAGE)) return;
            for (String value : values) {
                if (value == null || value.isEmpty()) continue;
                query.add(encode(name) + "=" + encode(value));
            }
        });
        return query.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
