package vn.ishc.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubPage;
import vn.ishc.club.ClubQuery;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;

/**
 * The areas calendar: what clubs did, month by month and area by area, adding up every {@link AreaTally}
 * there is (activities, and whatever else records work in an area: health checks, home-care visits, cases).
 * A club's year is a grid of areas × months, an empty cell a month where nothing happened in that area; the
 * ward's and the city's view is a grid of clubs × areas for a year or a month. Reads follow the caller's scope.
 */
@Service
public class AreaCalendar {
    private final List<AreaTally> tallies;
    private final Activities activities;
    private final ClubDirectory clubs;
    private final java.time.Clock clock;

    AreaCalendar(List<AreaTally> tallies, Activities activities, ClubDirectory clubs, java.time.Clock clock) {
        this.tallies = List.copyOf(tallies);
        this.activities = activities;
        this.clubs = clubs;
        this.clock = clock;
    }

    /** The message keys of what the calendar counts, for its legend. */
    public List<String> counted() {
        return tallies.stream().map(AreaTally::labelKey).sorted().toList();
    }

    /** One area's row of a club's year: the count in each month, January first. */
    public record AreaRow(Area area, long[] months, long total) {
        public long month(int m) {
            return months[m - 1];
        }
    }

    /**
     * A club's year: a row per area (every area, also those where nothing happened), the months that have not
     * come yet ({@code months} after {@code lastMonth}) and those before its founding are counted as nothing.
     */
    public record ClubYear(ClubView club, int year, List<AreaRow> rows, int lastMonth, long total) {
        /** The areas where nothing happened all year. */
        public List<Area> empty() {
            return rows.stream().filter(r -> r.total() == 0).map(AreaRow::area).toList();
        }
    }

    @Transactional(readOnly = true)
    public ClubYear clubYear(long clubId, int year) {
        ActivityService.checkPeriod(year, null);
        ClubView club = clubs.get(clubId);
        Map<String, long[]> grid = new HashMap<>();
        for (AreaTally.AreaCount c : counts(List.of(club.id()), year))
            grid.computeIfAbsent(c.area(), k -> new long[12])[c.month().getMonthValue() - 1] += c.count();
        List<AreaRow> rows = new ArrayList<>();
        long total = 0;
        for (Area a : activities.areas()) {
            long[] months = grid.getOrDefault(a.code(), new long[12]);
            long sum = java.util.Arrays.stream(months).sum();
            total += sum;
            rows.add(new AreaRow(a, months, sum));
        }
        LocalDate today = LocalDate.now(clock);
        int last = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
        return new ClubYear(club, year, rows, last, total);
    }

    /** One kind of record's counts in a club's month (activities, health checks, home-care visits, cases). */
    public record MonthTally(String labelKey, Map<String, Long> byArea, long total) {}

    /**
     * A club's month by area, one tally per kind of record that counts (activities, health checks,
     * home-care visits, cases), standing records only, read without a scope check: for the report module,
     * whose service decides who may see the club's report. Reads only.
     */
    @Transactional(readOnly = true)
    public List<MonthTally> month(long clubId, java.time.YearMonth month) {
        List<MonthTally> out = new ArrayList<>();
        for (AreaTally t : tallies) {
            Map<String, Long> byArea = new LinkedHashMap<>();
            for (Area a : activities.areas()) byArea.put(a.code(), 0L);
            long total = 0;
            for (AreaTally.AreaCount c : t.count(List.of(clubId), month.getYear())) {
                if (!c.month().equals(month)) continue;
                byArea.merge(c.area(), c.count(), Long::sum);
                total += c.count();
            }
            out.add(new MonthTally(t.labelKey(), byArea, total));
        }
        return out;
    }

    /** A club's row of the ward's or city's view: its count in each area shown. */
    public record ClubRow(ClubView club, Map<String, Long> counts, long total) {
        public long count(String area) {
            return counts.getOrDefault(area, 0L);
        }
    }

    /**
     * The filters of the ward's and the city's view: a year and optionally a month, the clubs on the territory
     * of a unit (or the whole scope), one area (or all), and whether to list only the clubs with nothing in
     * that area ({@code emptyOnly}).
     */
    public record Query(int year, Integer month, Long unitId, String area, boolean emptyOnly, int page, int size) {
        public Query {
            page = Math.max(page, 0);
            size = size <= 0 ? ClubQuery.DEFAULT_SIZE : Math.min(size, 100_000);
            area = area == null || area.isBlank() ? null : area.strip().toUpperCase(Locale.ROOT);
        }

        public Query everything() {
            return new Query(year, month, unitId, area, emptyOnly, 0, 100_000);
        }
    }

    /**
     * One page of the view: the areas shown (one, or all), the clubs on the page with their counts, how many
     * clubs there are in all, and for each area shown how many of them did nothing in it.
     */
    public record Overview(
            Query query, List<Area> areas, List<ClubRow> rows, long total, Map<String, Long> clubsWithNothing) {
        public int page() {
            return query.page();
        }

        public int pages() {
            return (int) Math.max(1, (total + query.size() - 1) / query.size());
        }

        public boolean hasNext() {
            return page() + 1 < pages();
        }

        public boolean hasPrevious() {
            return page() > 0;
        }
    }

    /**
     * The ward's and city's view: the clubs of the scope (on the unit's territory, when given) active at the
     * end of the period (or today, if earlier), by name, each with what it did in each area in the period.
     */
    @Transactional(readOnly = true)
    public Overview overview(Query q) {
        ActivityService.checkPeriod(q.year(), q.month());
        List<Area> all = activities.areas();
        List<Area> shown = q.area() == null
                ? all
                : all.stream().filter(a -> a.code().equals(q.area())).toList();
        if (shown.isEmpty()) throw new ActivityRefused("area", "activity.error.noSuchArea");
        LocalDate end = q.month() == null
                ? LocalDate.of(q.year(), 12, 31)
                : YearMonth.of(q.year(), q.month()).atEndOfMonth();
        LocalDate today = LocalDate.now(clock);
        if (end.isAfter(today)) end = today;
        ClubPage page = clubs.search(new ClubQuery(q.unitId(), end, ClubStatus.ACTIVE, null, null, 0, 100_000));
        List<ClubView> inScope = page.clubs();
        List<Long> ids = inScope.stream().map(ClubView::id).toList();
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (AreaTally.AreaCount c : counts(ids, q.year())) {
            if (q.month() != null && c.month().getMonthValue() != q.month()) continue;
            counts.computeIfAbsent(c.clubId(), k -> new HashMap<>()).merge(c.area(), c.count(), Long::sum);
        }
        Set<String> codes = shown.stream().map(Area::code).collect(Collectors.toSet());
        List<ClubRow> rows = new ArrayList<>();
        for (ClubView club : inScope) {
            Map<String, Long> mine = new LinkedHashMap<>();
            long total = 0;
            for (Map.Entry<String, Long> e :
                    counts.getOrDefault(club.id(), Map.of()).entrySet()) {
                if (!codes.contains(e.getKey())) continue;
                mine.put(e.getKey(), e.getValue());
                total += e.getValue();
            }
            rows.add(new ClubRow(club, mine, total));
        }
        Map<String, Long> nothing = new LinkedHashMap<>();
        for (Area a : shown)
            nothing.put(
                    a.code(), rows.stream().filter(r -> r.count(a.code()) == 0).count());
        Predicate<ClubRow> keep = r -> !q.emptyOnly() || r.total() == 0;
        List<ClubRow> kept = rows.stream().filter(keep).toList();
        int from = Math.min(q.page() * q.size(), kept.size());
        int to = Math.min(from + q.size(), kept.size());
        return new Overview(q, shown, kept.subList(from, to), kept.size(), nothing);
    }

    private List<AreaTally.AreaCount> counts(Collection<Long> clubIds, int year) {
        if (clubIds.isEmpty()) return List.of();
        List<AreaTally.AreaCount> out = new ArrayList<>();
        for (AreaTally t : tallies) out.addAll(t.count(clubIds, year));
        return out;
    }
}
