package vn.ishc.activity.care;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ishc.activity.AreaTally;

/** Home-care visits count in the plan's area {@code HOME_CARE}, in the month of the visit. */
@Component
class CareTally implements AreaTally {
    static final String AREA = "HOME_CARE";
    private final HomeCare care;

    CareTally(HomeCare care) {
        this.care = care;
    }

    @Override
    public String labelKey() {
        return "care.tally";
    }

    @Override
    public List<AreaCount> count(Collection<Long> clubIds, int year) {
        List<AreaCount> out = new ArrayList<>();
        care.countByMonth(clubIds, year)
                .forEach((club, months) ->
                        months.forEach((m, n) -> out.add(new AreaCount(club, YearMonth.of(year, m), AREA, n))));
        return out;
    }
}
