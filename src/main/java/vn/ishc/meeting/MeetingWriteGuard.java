package vn.ishc.meeting;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.PlacedWriteGuard;

/** A write to a meeting ({@code /meetings/{id}/...}) is decided by its club's place in the scope before its body is read. */
@Component
class MeetingWriteGuard extends PlacedWriteGuard {
    MeetingWriteGuard(JdbcClient jdbc, CurrentUser user) {
        super(jdbc, user, Map.of("meetings", ofClub("meeting")));
    }
}
