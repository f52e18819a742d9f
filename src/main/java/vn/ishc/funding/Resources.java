package vn.ishc.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.ClubDirectory;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Vnd;

/**
 * The resources mobilised, read (the public query API of the module, for the pages, the API and the reports):
 * every figure comes from {@code funding_resource_v}, the entries not cancelled and the capital clubs' loan
 * funds received (each counted once), within the current user's scope; a unit's figures are those of its
 * territory through time ({@link UnitDirectory#territory}: the units that merged into it count for it).
 */
@Service
public class Resources {
    private final JdbcClient jdbc;
    private final ClubDirectory clubs;
    private final CurrentUser user;

    Resources(JdbcClient jdbc, ClubDirectory clubs, CurrentUser user) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.user = user;
    }

    /** Which resources: a year (of the day received), a unit's territory, a source; each may be left out. */
    public record Filter(Integer year, Long unitId, String source) {
        public Filter {
            source = source == null || source.isBlank() ? null : source.strip().toUpperCase(Locale.ROOT);
            if (year != null && (year < 1900 || year > 9999)) throw new ResourceRefused("year", "funding.error.year");
        }

        public static Filter all() {
            return new Filter(null, null, null);
        }
    }

    /** The total of one source: the sum and how many entries (and fund receipts) make it. */
    public record SourceTotal(String source, Vnd amount, long count) {}

    /**
     * A row of {@code funding_resource_v}: an entry of this module ({@code ENTRY}) or capital of a club's loan
     * fund ({@code FUND_CAPITAL}, the fund entry's id).
     */
    public record Row(
            String origin,
            long entryId,
            String source,
            ResourceKind kind,
            LocalDate receivedOn,
            Vnd amount,
            RecipientLevel level,
            long unitId,
            Long clubId) {}

    /**
     * The totals table: for each source (in the plan's order) and year, the sum; with the totals of each source,
     * each year and all.
     */
    public record Totals(
            List<Source> sources,
            List<Integer> years,
            Map<String, Map<Integer, Vnd>> cells,
            Map<String, Vnd> bySource,
            Map<Integer, Vnd> byYear,
            Vnd total) {
        public Vnd cell(String source, int year) {
            return cells.getOrDefault(source, Map.of()).getOrDefault(year, Vnd.ZERO);
        }
    }

    /**
     * The totals by source of the resources received between two days (both included; null: no bound) within
     * a unit's territory (null: the whole scope), in the plan's order of the sources, every source listed.
     */
    @Transactional(readOnly = true)
    public List<SourceTotal> totalsBySource(Long unitId, LocalDate from, LocalDate to) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Source s : sources()) sums.put(s.code(), new long[2]);
        String sql = "select v.source, sum(v.amount), count(*) from funding_resource_v v where "
                + where(unitId, null, from, to) + " group by v.source";
        jdbc.sql(sql).query(rs -> {
            long[] t = sums.computeIfAbsent(rs.getString(1), k -> new long[2]);
            t[0] += rs.getLong(2);
            t[1] += rs.getLong(3);
        });
        List<SourceTotal> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new SourceTotal(k, Vnd.of(v[0]), v[1])));
        return out;
    }

    /** The totals by source and year of the resources the filter selects. */
    @Transactional(readOnly = true)
    public Totals totals(Filter f) {
        List<Source> sources = sources();
        LocalDate from = f.year() == null ? null : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? null : LocalDate.of(f.year(), 12, 31);
        Map<String, Map<Integer, Vnd>> cells = new LinkedHashMap<>();
        Map<String, Vnd> bySource = new LinkedHashMap<>();
        Map<Integer, Vnd> byYear = new TreeMap<>();
        Set<Integer> years = new TreeSet<>();
        long[] total = {0};
        String sql = "select v.source, extract(year from v.received_on) as y, sum(v.amount) from funding_resource_v v"
                + " where " + where(f.unitId(), f.source(), from, to)
                + " group by v.source, extract(year from v.received_on)";
        jdbc.sql(sql).query(rs -> {
            String source = rs.getString(1);
            int year = rs.getInt(2);
            Vnd sum = Vnd.of(rs.getLong(3));
            cells.computeIfAbsent(source, k -> new TreeMap<>()).merge(year, sum, Vnd::plus);
            bySource.merge(source, sum, Vnd::plus);
            byYear.merge(year, sum, Vnd::plus);
            years.add(year);
            total[0] += sum.dong();
        });
        List<Source> shown =
                sources.stream().filter(s -> bySource.containsKey(s.code())).toList();
        return new Totals(shown, List.copyOf(years), cells, bySource, byYear, Vnd.of(total[0]));
    }

    /** The capital clubs' loan funds received, as the fund module publishes it, read-only, latest first. */
    @Transactional(readOnly = true)
    public List<Row> fundCapital(Filter f) {
        return rows(f, "v.origin = 'FUND_CAPITAL'");
    }

    /** Every row of {@code funding_resource_v} the filter selects, latest first. */
    @Transactional(readOnly = true)
    public List<Row> rows(Filter f) {
        return rows(f, "1 = 1");
    }

    private List<Row> rows(Filter f, String origin) {
        LocalDate from = f.year() == null ? null : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? null : LocalDate.of(f.year(), 12, 31);
        return jdbc.sql("select v.origin, v.entry_id, v.source, v.kind, v.received_on, v.amount, v.recipient_level,"
                        + " v.unit_id, v.club_id from funding_resource_v v where " + origin + " and "
                        + where(f.unitId(), f.source(), from, to) + " order by v.received_on desc, v.entry_id desc")
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        ResourceKind.valueOf(rs.getString(4)),
                        rs.getDate(5).toLocalDate(),
                        Vnd.of(rs.getLong(6)),
                        RecipientLevel.valueOf(rs.getString(7)),
                        rs.getLong(8),
                        (Long) rs.getObject(9, Long.class)))
                .list();
    }

    /** A page of the module's entries (cancelled ones too, marked) the filter selects, latest first. */
    public record EntryPage(List<Resource> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    @Transactional(readOnly = true)
    public EntryPage entries(Filter f, int page, int size) {
        String where = entryWhere(f);
        long total = jdbc.sql("select count(*) from funding_entry f where " + where)
                .query(Long.class)
                .single();
        int p = Math.max(0, page);
        List<Resource> rows = jdbc.sql("select " + ResourceEntries.COLUMNS + " from funding_entry f where " + where
                        + " order by f.received_on desc, f.id desc limit " + size + " offset " + ((long) p * size))
                .query(ResourceEntries::row)
                .list();
        return new EntryPage(rows, total, p, size);
    }

    /** Every entry the filter selects (for the exports), latest first. */
    @Transactional(readOnly = true)
    public List<Resource> allEntries(Filter f) {
        return jdbc.sql("select " + ResourceEntries.COLUMNS + " from funding_entry f where " + entryWhere(f)
                        + " order by f.received_on desc, f.id desc")
                .query(ResourceEntries::row)
                .list();
    }

    /** The sources of section 5, in the plan's order. */
    @Transactional(readOnly = true)
    public List<Source> sources() {
        return jdbc.sql("select code, position, label_vi, label_en from funding_source order by position, code")
                .query((rs, n) -> new Source(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private String entryWhere(Filter f) {
        StringBuilder w = new StringBuilder(user.scope().unitPredicate("f.recipient_unit_id", "f.club_id"));
        if (f.unitId() != null)
            w.append(" and f.recipient_unit_id in (")
                    .append(territory(f.unitId()))
                    .append(")");
        if (f.source() != null)
            w.append(" and f.source_code = '").append(code(f.source())).append("'");
        if (f.year() != null) {
            w.append(" and f.received_on >= date '")
                    .append(LocalDate.of(f.year(), 1, 1))
                    .append("' and f.received_on <= date '")
                    .append(LocalDate.of(f.year(), 12, 31))
                    .append("'");
        }
        return w.toString();
    }

    private String where(Long unitId, String source, LocalDate from, LocalDate to) {
        StringBuilder w = new StringBuilder(user.scope().unitPredicate("v.unit_id", "v.club_id"));
        if (unitId != null)
            w.append(" and v.unit_id in (").append(territory(unitId)).append(")");
        if (source != null) w.append(" and v.source = '").append(code(source)).append("'");
        if (from != null) w.append(" and v.received_on >= date '").append(from).append("'");
        if (to != null) w.append(" and v.received_on <= date '").append(to).append("'");
        return w.toString();
    }

    /**
     * The ids of a unit's territory, for SQL (numbers from the unit graph); a unit that does not exist or lies
     * outside the scope is not found ({@link ClubDirectory#visibleUnit}).
     */
    private String territory(long unitId) {
        return clubs.visibleTerritory(unitId).stream()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** A source code as written in SQL: only a known code (else refused), so nothing else is ever inlined. */
    private String code(String source) {
        for (Source s : sources()) if (s.code().equals(source)) return s.code();
        throw new ResourceRefused("source", "funding.error.source");
    }
}
