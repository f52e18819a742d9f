package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether a request came from htmx (it sends {@code HX-Request: true}), which gets a fragment of the
 * page rather than the page. Controllers take it as a parameter ({@code Htmx htmx}); {@link
 * HtmxArgumentResolver} fills it in.
 */
public record Htmx(boolean isRequest) {
    static final String REQUEST_HEADER = "HX-Request";

    /** Whether this request came from htmx. */
    public static Htmx of(HttpServletRequest request) {
        return new Htmx(request.getHeader(REQUEST_HEADER) != null);
    }

    /** The fragment's view for htmx, the page's otherwise. */
    public String view(String page, String fragment) {
        return isRequest ? page + " :: " + fragment : page;
    }

    /** Has htmx load {@code url} as a whole page (a redirect that replaces the page, not a fragment). */
    public static void redirect(HttpServletResponse response, String url) {
        response.setHeader("HX-Redirect", url);
    }
}
