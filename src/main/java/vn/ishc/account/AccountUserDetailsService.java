package vn.ishc.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {
    private final Accounts accounts;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        RequestAccounts.remember(a);
        return new AccountUser(
                a.id(),
                a.username(),
                a.displayName(),
                a.passwordHash(),
                a.role(),
                a.enabled(),
                a.lockedAt(clock.instant()));
    }
}
