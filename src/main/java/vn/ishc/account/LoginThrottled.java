package vn.ishc.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from this source address (for any name, or for this name): wait, then try again. */
class LoginThrottled extends AuthenticationException {
    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("too many failed logins from this address; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
