package vn.ishc.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Every login (form and API) goes through here: first the {@link LoginThrottle} (a source that must wait is
 * refused before any password is checked), then the password check; a wrong password or an unknown name is
 * recorded as a failure of that source, a success forgets the name's failures from there.
 */
final class ThrottledLogin implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String source = LoginThrottle.source(attempt);
        boolean failedBefore = throttle.check(name, source);
        Authentication done;
        try {
            done = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(name, source);
            throw e;
        }
        if (failedBefore && done != null) throttle.succeeded(name, source);
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
