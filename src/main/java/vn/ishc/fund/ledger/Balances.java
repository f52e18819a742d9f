package vn.ishc.fund.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** Balances of a fund from its entries. */
public final class Balances {
    private Balances() {}

    /** The fund's cash on {@code asOf}: the sum of its entries dated on or before. */
    public static long cash(List<Entry> entries, Fund fund, LocalDate asOf) {
        return entries.stream()
                .filter(e -> e.fund() == fund && !e.date().isAfter(asOf))
                .mapToLong(Entry::cash)
                .sum();
    }

    /**
     * The lowest cash the fund has on any day from {@code from} on. Money taken out on {@code from} is
     * missing from every later day too, so a payment dated in the past must fit under this, not only under
     * the cash of its own day: otherwise a back-dated payment could make a later day's cash negative.
     */
    public static long lowestFrom(List<Entry> entries, Fund fund, LocalDate from) {
        TreeMap<LocalDate, Long> byDay = new TreeMap<>();
        for (Entry e : entries) {
            if (e.fund() == fund) byDay.merge(e.date(), e.cash(), Long::sum);
        }
        long running = 0;
        for (var d : byDay.headMap(from, true).values()) running += d;
        long lowest = running;
        for (var d : byDay.tailMap(from, false).values()) {
            running += d;
            lowest = Math.min(lowest, running);
        }
        return lowest;
    }
}
