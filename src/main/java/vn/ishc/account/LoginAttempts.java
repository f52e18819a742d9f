package vn.ishc.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords (form and API alike) and locks an account after too many in a row. */
@Component
class LoginAttempts {
    private final Accounts accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(
            Accounts accounts,
            Clock clock,
            @Value("${ishc.security.max-failed-logins}") int maxFailures,
            @Value("${ishc.security.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(
                        String.valueOf(event.getAuthentication().getName()).strip())
                .ifPresent(a -> {
                    a.loginFailed(clock.instant(), maxFailures, lockout);
                    accounts.save(a);
                });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser u) {
            // The account this request just read to authenticate says whether there is anything to reset.
            if (RequestAccounts.recalled(u.id())
                    .filter(a -> a.failedAttempts() == 0)
                    .isPresent()) return;
            accounts.findById(u.id()).filter(a -> a.failedAttempts() > 0).ifPresent(a -> {
                a.loginSucceeded();
                accounts.save(a);
            });
        }
    }
}
