package vn.ishc.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;

/**
 * The administrator's home: how many accounts there are and how many are turned off, the failed logins of the
 * last 24 hours (by how many sources), and the accounts and the failed logins a tap away. The last backup
 * is the backup module's own section ({@code backup.BackupHome}).
 */
@Component
class AdminHome implements HomePanel {
    private final AccountService accounts;
    private final LoginThrottle throttle;

    AdminHome(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Optional<Section> sectionFor(CurrentUser user) {
        if (!user.loggedIn() || !user.mayAdminister()) return Optional.empty();
        List<Account> all = accounts.all();
        LoginThrottle.LastDay failed = throttle.lastDay();
        return Optional.of(new Section(
                "account/home :: admin",
                Map.of(
                        "accounts", all.size(),
                        "disabled", all.stream().filter(a -> !a.enabled()).count(),
                        "failures", failed.failures(),
                        "sources", failed.sources())));
    }

    @Override
    public int order() {
        return 50;
    }
}
