package vn.ishc.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {
    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
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
                false); // no account locks itself any more (V49); AccountUser keeps its form for stored sessions
    }
}
