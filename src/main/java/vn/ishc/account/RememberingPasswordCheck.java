package vn.ishc.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password checking that remembers, for a few minutes, that a password matched the stored hash. API
 * clients send HTTP Basic credentials with every request, and a BCrypt check costs tens of milliseconds
 * by design; a repeated request is then answered without it. What is remembered is a SHA-256 digest of
 * username, stored hash and password, so a changed password (a new stored hash) is never matched from
 * memory, and a wrong password always goes through the full check. A disabled account is refused after
 * the password check, on every request: before it, the answer would tell anyone that the name exists.
 */
class RememberingPasswordCheck extends DaoAuthenticationProvider {
    private static final int MAX_REMEMBERED = 10_000;

    private final Clock clock;
    private final Duration remember;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    RememberingPasswordCheck(UserDetailsService users, PasswordEncoder encoder, Clock clock, Duration remember) {
        super(users);
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(RememberingPasswordCheck::usable);
        this.clock = clock;
        this.remember = remember;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials == null || user.getPassword() == null) {
            super.additionalAuthenticationChecks(user, authentication);
            return;
        }
        String key = digest(user.getUsername(), user.getPassword(), credentials.toString());
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && now.isBefore(until)) return;
        super.additionalAuthenticationChecks(user, authentication);
        if (verified.size() >= MAX_REMEMBERED) verified.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
        if (verified.size() < MAX_REMEMBERED) verified.put(key, now.plus(remember));
    }

    /** After the password: a disabled, locked or expired account or password is refused. */
    private static void usable(UserDetails user) {
        if (!user.isAccountNonLocked()) throw new LockedException("locked");
        if (!user.isEnabled()) throw new DisabledException("disabled");
        if (!user.isAccountNonExpired()) throw new AccountExpiredException("expired");
        if (!user.isCredentialsNonExpired()) throw new CredentialsExpiredException("password expired");
    }

    private static String digest(String username, String storedHash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {username, storedHash, password}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
