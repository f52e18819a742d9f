package vn.ishc.activity.cases;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ishc.activity.AreaTally;

/**
 * Cases count in the month they were opened, in the area of their kind ({@link CaseKind#area()}): rights
 * ({@code RIGHTS}) for entitlements and legal advice, self-help ({@code SELF_HELP}) for the others.
 */
@Component
class CaseTally implements AreaTally {
    private final HelpCases cases;

    CaseTally(HelpCases cases) {
        this.cases = cases;
    }

    @Override
    public String labelKey() {
        return "case.tally";
    }

    @Override
    public List<AreaCount> count(Collection<Long> clubIds, int year) {
        List<AreaCount> out = new ArrayList<>();
        cases.countByMonth(clubIds, year)
                .forEach((club, months) -> months.forEach((m, kinds) -> {
                    Map<String, Long> byArea = new HashMap<>();
                    kinds.forEach((kind, n) -> byArea.merge(kind.area(), n, Long::sum));
                    byArea.forEach((area, n) -> out.add(new AreaCount(club, YearMonth.of(year, m), area, n)));
                }));
        return out;
    }
}
