package vn.ishc.activity.health;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ishc.activity.AreaTally;

/** Health checks count in the plan's area {@code HEALTH}, in the month they were held. */
@Component
class HealthTally implements AreaTally {
    static final String AREA = "HEALTH";
    private final HealthChecks checks;

    HealthTally(HealthChecks checks) {
        this.checks = checks;
    }

    @Override
    public String labelKey() {
        return "health.tally";
    }

    @Override
    public List<AreaCount> count(Collection<Long> clubIds, int year) {
        List<AreaCount> out = new ArrayList<>();
        checks.countByMonth(clubIds, year)
                .forEach((club, months) ->
                        months.forEach((m, n) -> out.add(new AreaCount(club, YearMonth.of(year, m), AREA, n))));
        return out;
    }
}
