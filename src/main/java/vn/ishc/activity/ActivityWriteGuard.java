package vn.ishc.activity;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.PlacedWriteGuard;

/** A write to an activity, a care record, an exercise group or a help case ({@code /activities/{id}}, {@code /help-cases/{caseId}/steps}...) is decided by its club's place in the scope before its body is read. */
@Component
class ActivityWriteGuard extends PlacedWriteGuard {
    ActivityWriteGuard(JdbcClient jdbc, CurrentUser user) {
        super(
                jdbc,
                user,
                Map.of(
                        "activities", ofClub("activity"),
                        "care-pairings", ofClub("care_pairing"),
                        "care-recipients", ofClub("care_recipient"),
                        "care-volunteers", ofClub("care_volunteer"),
                        "exercise-groups", ofClub("health_exercise_group"),
                        "help-cases", ofClub("help_case")));
    }
}
