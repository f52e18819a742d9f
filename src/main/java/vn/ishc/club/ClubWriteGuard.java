package vn.ishc.club;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.PlacedWriteGuard;

/** A write to a club ({@code /clubs/{id}/...}) is decided by the club's place in the scope before its body is read. */
@Component
class ClubWriteGuard extends PlacedWriteGuard {
    ClubWriteGuard(JdbcClient jdbc, CurrentUser user) {
        super(jdbc, user, Map.of("clubs", "select unit_id, id from club where id = ?"));
    }
}
