package vn.ishc.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link WriteGuard} for records whose place in the scope one query finds: for each collection, a query of the
 * record's unit and club by its id (one row per place; none when it does not exist). Most records belong to a
 * club and are found with {@link #ofClub}.
 */
public abstract class PlacedWriteGuard implements WriteGuard {
    private final JdbcClient jdbc;
    private final CurrentUser user;
    private final Map<String, String> places;

    /** {@code places}: for each collection, a query of (unit id, club id) with the record's id as its parameter. */
    protected PlacedWriteGuard(JdbcClient jdbc, CurrentUser user, Map<String, String> places) {
        this.jdbc = jdbc;
        this.user = user;
        this.places = Map.copyOf(places);
    }

    /** The query of the place of a record of {@code table} that has a {@code club_id}: its club's unit and club. */
    protected static String ofClub(String table) {
        return "select c.unit_id, c.id from " + table + " x join club_fact_v c on c.id = x.club_id where x.id = ?";
    }

    @Override
    public final Set<String> collections() {
        return places.keySet();
    }

    @Override
    public final void check(String collection, long id, boolean write) {
        Scope scope = user.scope();
        List<Place> found = jdbc.sql(places.get(collection))
                .param(id)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2)))
                .list();
        WriteGuard.decide(scope, visible(collection, scope, found), write);
    }

    /** The places the scope may know of (all of them unless a collection is shown to fewer). */
    protected List<Place> visible(String collection, Scope scope, List<Place> found) {
        return found;
    }
}
