package vn.ishc.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import vn.ishc.shared.DatabaseOutage;

/**
 * Two filter chains: {@code /api/v1/**} for clients (HTTP Basic, stateless, answers in RFC 9457 problem
 * JSON) and everything else for people (form login, sessions in the database, CSRF, security headers).
 * Both authenticate against the same accounts, so both see the same scopes.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final boolean basicAuth;

    SecurityConfig(
            MessageSource messages,
            LocaleResolver locales,
            @Value("${ishc.security.api-basic-auth}") boolean basicAuth) {
        this.messages = messages;
        this.locales = locales;
        this.basicAuth = basicAuth;
    }

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The API: a personal API token ({@code Authorization: Bearer …}, {@link ApiTokenFilter}) or, unless
     * {@code ishc.security.api-basic-auth} is off, HTTP Basic with the password, on every request, never
     * creating a session. The application's own pages may call it
     * too (the meeting sheet sends its queued sheets from the browser): a request with no Authorization header
     * is then authenticated by the web session it already has, and must carry that session's CSRF token in a
     * header, as the pages' forms carry it in a field. A session is read, never created or changed, here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountUserDetailsService users) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, users, this::unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(this::unauthorized)
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(new WebSessionLogin()))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfig::sessionWrite));
        if (basicAuth) http.httpBasic(b -> b.authenticationEntryPoint(this::unauthorized));
        return http.build();
    }

    /** An API call that changes something with the web session's login rather than its own credentials. */
    static boolean sessionWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }

    /** Reads the login of the web session the request already has; saves nothing (the API keeps no state). */
    static final class WebSessionLogin implements SecurityContextRepository {
        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        WebSessionLogin() {
            sessions.setAllowSessionCreation(false);
        }

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(HttpRequestResponseHolder holder) {
            return sessions.loadDeferredContext(holder.getRequest()).get();
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return sessions.loadDeferredContext(request);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {}

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return sessions.containsContext(request);
        }
    }

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * The API's answer to a request it cannot authenticate: problem JSON, 401 (naming the schemes it
     * accepts), or 429 with {@code Retry-After} while the source address must wait ({@link LoginThrottled}).
     */
    private void unauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
            throws IOException {
        // The account could not be read because the database is out of reach: not the caller's fault, so
        // not a 401; web.DatabaseOutageFilter answers 503.
        if (DatabaseOutage.in(ex)) throw DatabaseOutage.rethrow(ex.getCause() != null ? ex.getCause() : ex);
        if (ex instanceof LoginThrottled t) {
            res.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(t.retryAfterSeconds()));
            String detail = messages.getMessage(
                    "api.problem.throttled", new Object[] {t.retryAfterSeconds()}, locales.resolveLocale(req));
            res.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            res.setCharacterEncoding("UTF-8");
            res.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                            + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        res.setHeader("WWW-Authenticate", basicAuth ? "Bearer, Basic realm=\"ISHC Manager\"" : "Bearer");
        problem(res, HttpStatus.UNAUTHORIZED);
    }

    private static void problem(HttpServletResponse res, HttpStatus status) throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + "}");
    }

    /**
     * The API description: for API clients with HTTP Basic, as the API itself, and for a person already
     * logged in to the web pages (Swagger UI reads it with the session), so both chains' logins work.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDescription(HttpSecurity http, ApiTokens tokens, AccountUserDetailsService users)
            throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, users, this::unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(this::unauthorized)
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN)))
                .csrf(c -> c.disable());
        if (basicAuth) http.httpBasic(b -> b.authenticationEntryPoint(this::unauthorized));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/language",
                                "/webjars/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/manifest.webmanifest",
                                "/sw.js",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    ThrottledLogin authenticationProvider(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            Clock clock,
            LoginThrottle throttle,
            @Value("${ishc.security.remember-verified-password}") Duration remember) {
        return new ThrottledLogin(new RememberingPasswordCheck(users, encoder, clock, remember), throttle);
    }
}
