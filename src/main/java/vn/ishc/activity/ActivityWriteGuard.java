package vn.ishc.activity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.WriteGuard;

/** A write to an activity, a care record, an exercise group or a help case ({@code /activities/{id}}, {@code /help-cases/{caseId}/steps}...) is decided by its club's place in the scope before its body is read. */
@Component
class ActivityWriteGuard implements WriteGuard {
    /** For each collection, where its record lies: its club's unit and its club. */
    private static final Map<String, String> PLACES = Map.of(
            "activities",
                    "select c.unit_id, c.id from activity x join club_fact_v c on c.id = x.club_id where x.id = ?",
            "care-pairings",
                    "select c.unit_id, c.id from care_pairing x join club_fact_v c on c.id = x.club_id where x.id = ?",
            "care-recipients",
                    "select c.unit_id, c.id from care_recipient x join club_fact_v c on c.id = x.club_id where x.id = ?",
            "care-volunteers",
                    "select c.unit_id, c.id from care_volunteer x join club_fact_v c on c.id = x.club_id where x.id = ?",
            "exercise-groups",
                    "select c.unit_id, c.id from health_exercise_group x join club_fact_v c on c.id = x.club_id where x.id = ?",
            "help-cases",
                    "select c.unit_id, c.id from help_case x join club_fact_v c on c.id = x.club_id where x.id = ?");

    private final JdbcClient jdbc;
    private final CurrentUser user;

    ActivityWriteGuard(JdbcClient jdbc, CurrentUser user) {
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
