package vn.ishc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.DemoData;

/**
 * The demo plans' ward roadmaps and the wards' shares of the count targets, so that a ward's dashboard is
 * judged against its own share. A demo ward's roadmap is the new clubs it founded under the plan up to the
 * clock's today (the demo clubs, read from the club module's view {@code club_fact_v}): in the demo every
 * ward kept to its roadmap; a ward with no new club plans 0 (an empty cell of the roadmap). The members'
 * shares are the plan's own proposal ({@link Plan#proposedShare}). Written through {@link PlanService} like
 * every plan change, once (a plan that already has a roadmap or shares is left alone).
 */
@Component
class DemoPlanShares implements DemoData {
    private final PlanService plans;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPlanShares(PlanService plans, JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        for (Plan p : plans.all()) {
            if (!p.roadmap().isEmpty() || !p.unitTargets().isEmpty()) continue;
            List<Plan.RoadmapEntry> roadmap = new ArrayList<>();
            LocalDate upTo = p.end().isBefore(today) ? p.end() : today;
            jdbc.sql("select unit_id, extract(year from founded_on) yr, count(*) n from club_fact_v"
                            + " where founded_on between ? and ? group by unit_id, extract(year from founded_on)"
                            + " order by unit_id, yr")
                    .params(p.start(), upTo)
                    .query(rs -> {
                        long unit = rs.getLong("unit_id");
                        if (p.units().contains(unit))
                            roadmap.add(new Plan.RoadmapEntry(unit, rs.getInt("yr"), rs.getInt("n")));
                    });
            if (roadmap.isEmpty()) continue;
            plans.seedShares(p.id(), roadmap);
        }
    }
}
