package vn.ishc.fund;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.WriteGuard;

/** A write to a loan ({@code /loans/{id}/...}) is decided by its club's place in the scope before its body is read. */
@Component
class LoanWriteGuard implements WriteGuard {
    /** For each collection, where its record lies: its club's unit and its club. */
    private static final Map<String, String> PLACES = Map.of(
            "loans", "select c.unit_id, c.id from fund_loan x join club_fact_v c on c.id = x.club_id where x.id = ?");

    private final JdbcClient jdbc;
    private final CurrentUser user;

    LoanWriteGuard(JdbcClient jdbc, CurrentUser user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    @Override
    public Set<String> collections() {
        return PLACES.keySet();
    }

    @Override
    public void check(String collection, long id, boolean write) {
        List<Place> places = jdbc.sql(PLACES.get(collection))
                .param(id)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2)))
                .list();
        WriteGuard.decide(user.scope(), places, write);
    }
}
