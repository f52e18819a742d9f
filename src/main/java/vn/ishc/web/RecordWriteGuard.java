package vn.ishc.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.OpenToReadOnlyScopes;
import vn.ishc.shared.WriteGuard;

/**
 * Decides access to the record a write names before anything of the request is bound (issue 17): Spring MVC
 * calls an interceptor's {@code preHandle} after it has chosen the handler and before it resolves the handler's
 * arguments, so before {@code @RequestBody}, {@code @Valid} and {@code @ModelAttribute}. For every write (any
 * method but GET, HEAD and OPTIONS), page or API, whose address names a record (the first path variable after a
 * segment some module's {@link WriteGuard} answers for: {@code /clubs/{id}/edit}, {@code
 * /api/v1/loans/{id}/repayments}), the owning module's guard answers 404 outside the scope or for a record that
 * does not exist and 403 for a role that may not change it, so an invalid body can no longer say a record
 * exists. Then a read-only scope (a viewer's) is refused every write (403) but those marked {@link
 * OpenToReadOnlyScopes} (their own password, tokens and language; health checks by the health department). Its exceptions are answered as any controller's (problem JSON by {@code ApiErrors}, the error page by
 * {@code PageErrors}, 403 by Spring Security). The administration's addresses ({@code /admin/**}) are the
 * administrator's alone (SecurityConfig), whose scope is everything; AuthorizationMatrixTest fails on any other
 * write that names a record no guard answers for.
 */
final class RecordWriteGuard implements HandlerInterceptor {
    private final ObjectProvider<WriteGuard> guards;
    private final ObjectProvider<CurrentUser> user;
    private volatile Map<String, WriteGuard> byCollection;

    RecordWriteGuard(ObjectProvider<WriteGuard> guards, ObjectProvider<CurrentUser> user) {
        this.guards = guards;
        this.user = user;
    }

    /** A record named in an address: the segment before its id, and the name of the id's variable. */
    record Named(String collection, String variable) {}

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || !method.getBeanType().getPackageName().startsWith("vn.ishc")) return true;
        String verb = request.getMethod();
        if (verb.equals("GET") || verb.equals("HEAD") || verb.equals("OPTIONS")) return true;
        OpenToReadOnlyScopes open = method.getMethodAnnotation(OpenToReadOnlyScopes.class);
        boolean write = open == null;
        Object best = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String pattern = best instanceof PathPattern p ? p.getPatternString() : best instanceof String s ? s : null;
        if (pattern != null) checkRecord(request, pattern, write);
        // A read-only scope writes nothing but what is marked open to it: refused before the body is read.
        CurrentUser current = user.getObject();
        if (write && !current.scope().writable()) throw new AccessDeniedException("read-only scope");
        if (open != null && open.healthChecks() && !current.mayRecordHealthChecks())
            throw new AccessDeniedException("may not record health checks");
        return true;
    }

    private void checkRecord(HttpServletRequest request, String pattern, boolean write) {
        Map<String, WriteGuard> guards = byCollection();
        Optional<Named> named = recordOf(pattern, guards.keySet());
        if (named.isEmpty()) return;
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get(named.get().variable());
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            return; // not an id at all: the handler's binding refuses it (400), as for anyone
        }
        guards.get(named.get().collection()).check(named.get().collection(), id, write);
    }

    /** The collections the modules' guards answer for. */
    Set<String> collections() {
        return byCollection().keySet();
    }

    private Map<String, WriteGuard> byCollection() {
        Map<String, WriteGuard> map = byCollection;
        if (map == null) {
            map = new HashMap<>();
            for (WriteGuard g : guards) {
                for (String c : g.collections()) {
                    WriteGuard before = map.put(c, g);
                    if (before != null && before != g)
                        throw new IllegalStateException("two guards answer for /" + c + "/{id}: " + before + ", " + g);
                }
            }
            byCollection = map;
        }
        return map;
    }

    /** The first path variable of {@code pattern} that follows one of the {@code collections}. */
    static Optional<Named> recordOf(String pattern, Set<String> collections) {
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (!s.startsWith("{") || !collections.contains(segments[i - 1])) continue;
            int end = s.indexOf(':');
            if (end < 0 || s.indexOf('}') < end) end = s.indexOf('}');
            return Optional.of(new Named(segments[i - 1], s.substring(1, end)));
        }
        return Optional.empty();
    }
}
