package vn.ishc.account;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.WriteGuard;

/** A personal API token ({@code /account/tokens/{id}/revoke}) is its owner's alone: anyone else's is not found. */
@Component
class TokenWriteGuard implements WriteGuard {
    private final JdbcClient jdbc;
    private final CurrentUser user;

    TokenWriteGuard(JdbcClient jdbc, CurrentUser user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    @Override
    public Set<String> collections() {
        return Set.of("tokens");
    }

    @Override
    public void check(String collection, long id, boolean write) {
        long mine = jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.account_id"
                        + " where t.id = ? and u.username = ?")
                .param(id)
                .param(user.name())
                .query(Long.class)
                .single();
        if (mine == 0) throw new AccountNotFound(id);
    }
}
