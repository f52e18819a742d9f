package vn.ishc.fund;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.PlacedWriteGuard;

/** A write to a loan ({@code /loans/{id}/...}) is decided by its club's place in the scope before its body is read. */
@Component
class LoanWriteGuard extends PlacedWriteGuard {
    LoanWriteGuard(JdbcClient jdbc, CurrentUser user) {
        super(jdbc, user, Map.of("loans", ofClub("fund_loan")));
    }
}
