package vn.ishc.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <personal API token>} as the
 * token's owner, with the owner's role and scope ({@link ApiTokens}). A token that is unknown, revoked, or
 * whose account is disabled gets the API's 401 answer; a request without a bearer token passes on
 * untouched (to HTTP Basic, if it is on, or to the web session).
 */
final class ApiTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AccountUserDetailsService users;
    private final AuthenticationEntryPoint unauthorized;

    ApiTokenFilter(ApiTokens tokens, AccountUserDetailsService users, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.users = users;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user = tokens.authenticate(
                        header.substring(BEARER.length()).strip())
                .flatMap(this::load)
                .filter(UserDetails::isEnabled);
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<UserDetails> load(String username) {
        try {
            UserDetails u = users.loadUserByUsername(username);
            if (u instanceof AccountUser a) a.eraseCredentials();
            return Optional.of(u);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
