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
 * memory, and a wrong password always goes through the full check (and counts towards lockout). Locked
 * and disabled accounts are refused before this check, on every request.
 */
class RememberingPasswordCheck extends DaoAuthenticationProvider {
    private static final int MAX_REMEMBERED = 10_000;

    private final Clock clock;
    private final Duration remember;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    RememberingPasswordCheck(UserDetailsService users, PasswordEncoder encoder, Clock clock, Duration remember) {
        super(users);
        setPasswordEncoder(encoder);
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
