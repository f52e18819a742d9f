package vn.ishc.fund.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.ishc.club.ClubView;
import vn.ishc.shared.Vnd;

/**
 * The funds of every club in the caller's scope on a date, one row a club, sorted as asked, with the totals:
 * the loan fund's cash, the activity fund's balance, the principal outstanding, the arrears (instalments due
 * by the date and not paid, fee and principal) and how many running loans are late.
 */
public record FundList(LocalDate asOf, Sort sort, boolean descending, List<Row> rows, Row totals) {

    /** One club's row; the totals row has no club. */
    public record Row(
            ClubView club, Vnd loanCash, Vnd activityFund, Vnd outstanding, Vnd arrears, int running, int late) {
        Row plus(Row o) {
            return new Row(
                    null,
                    loanCash.plus(o.loanCash),
                    activityFund.plus(o.activityFund),
                    outstanding.plus(o.outstanding),
                    arrears.plus(o.arrears),
                    running + o.running,
                    late + o.late);
        }

        static Row zero() {
            return new Row(null, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO, 0, 0);
        }
    }

    /** The columns the list sorts by; the request parameter is the lower-case name, with "-" for descending. */
    public enum Sort {
        NAME(Comparator.comparing(r -> r.club().name(), java.text.Collator.getInstance(Locale.forLanguageTag("vi")))),
        LOAN_CASH(Comparator.comparing(Row::loanCash)),
        ACTIVITY(Comparator.comparing(Row::activityFund)),
        OUTSTANDING(Comparator.comparing(Row::outstanding)),
        ARREARS(Comparator.comparing(Row::arrears)),
        LATE(Comparator.comparingInt(Row::late));

        final Comparator<Row> order;

        Sort(Comparator<Row> order) {
            this.order = order;
        }

        /** The parameter's value for this column, ascending or descending. */
        public String param(boolean descending) {
            return (descending ? "-" : "") + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The column a parameter names; by name for anything else (a hand-typed URL is not an error). */
        public static Sort of(String param) {
            if (param == null) return NAME;
            String p = param.strip()
                    .replaceFirst("^-", "")
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_');
            for (Sort s : values()) if (s.name().equals(p)) return s;
            return NAME;
        }

        public static boolean descending(String param) {
            return param != null && param.strip().startsWith("-");
        }
    }

    static FundList of(LocalDate asOf, String sortParam, List<Row> rows) {
        Sort sort = Sort.of(sortParam);
        boolean desc = Sort.descending(sortParam);
        Comparator<Row> order = sort.order.thenComparing(Sort.NAME.order);
        if (desc) order = sort.order.reversed().thenComparing(Sort.NAME.order);
        Row totals = rows.stream().reduce(Row.zero(), Row::plus);
        return new FundList(asOf, sort, desc, rows.stream().sorted(order).toList(), totals);
    }
}
