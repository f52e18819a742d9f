package vn.ishc.fund;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.shared.Scope;
import vn.ishc.shared.Vnd;

/**
 * Read-only sums of the clubs' funds and loans for reports over many clubs (the periodic reports of the
 * report module), grouped by the unit each club was recorded under, in the caller's scope. Two set-based
 * statements whatever the number of clubs; the sums follow the ledger as {@code fund.ledger.Entry} does (a
 * reversing entry counts with the opposite sign of the entry it reverses).
 */
@Service
public class FundTotals {
    private final JdbcClient jdbc;

    FundTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The funds and loans of the clubs recorded under one unit.
     *
     * @param loansDisbursed loans paid out in the period (not counting loans brought in as opening balances)
     * @param disbursed the principal paid out in the period
     * @param principalRepaid the principal repaid in the period
     * @param outstanding the principal owed at the end of the period (paid out less repaid and written off)
     * @param loanFundCash the loan funds' cash at the end of the period
     * @param activityReceipts the activity funds' receipts in the period
     * @param activityExpenses the activity funds' expenses in the period
     * @param activityFundCash the activity funds' cash at the end of the period
     */
    public record UnitTotals(
            long loansDisbursed,
            Vnd disbursed,
            Vnd principalRepaid,
            Vnd outstanding,
            Vnd loanFundCash,
            Vnd activityReceipts,
            Vnd activityExpenses,
            Vnd activityFundCash) {

        public static final UnitTotals ZERO =
                new UnitTotals(0, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO, Vnd.ZERO);

        public UnitTotals plus(UnitTotals o) {
            return new UnitTotals(
                    loansDisbursed + o.loansDisbursed,
                    disbursed.plus(o.disbursed),
                    principalRepaid.plus(o.principalRepaid),
                    outstanding.plus(o.outstanding),
                    loanFundCash.plus(o.loanFundCash),
                    activityReceipts.plus(o.activityReceipts),
                    activityExpenses.plus(o.activityExpenses),
                    activityFundCash.plus(o.activityFundCash));
        }
    }

    /**
     * The totals of the clubs recorded under {@code units} that the scope sees, by recording unit, for the
     * period {@code from}–{@code to}; units without fund records are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, UnitTotals> byRecordingUnit(Set<Long> units, Scope scope, LocalDate from, LocalDate to) {
        Map<Long, UnitTotals> out = new HashMap<>();
        if (units.isEmpty()) return out;
        String filter = "c.unit_id in ("
                + new TreeSet<>(units).stream().map(String::valueOf).collect(Collectors.joining(","))
                + ") and " + scope.unitPredicate("c.unit_id", "c.id");
        String signed = "(case when e.reverses_id is null then 1 else -1 end) * e.amount";
        String cash = "(case e.kind " + cashSigns() + " else 0 end) * " + signed;
        String inPeriod = "e.entry_date >= :from";
        String sql = "select c.unit_id,"
                + " sum(case when e.kind = 'DISBURSEMENT' and " + inPeriod + " then " + signed
                + " else 0 end) as disbursed,"
                + " sum(case when e.kind = 'PRINCIPAL_REPAID' and " + inPeriod + " then " + signed
                + " else 0 end) as repaid,"
                + " sum(case when e.kind in ('DISBURSEMENT', 'OPENING_LOAN') then " + signed
                + " when e.kind in ('PRINCIPAL_REPAID', 'WRITE_OFF') then -" + signed + " else 0 end) as outstanding,"
                + " sum(case when e.fund = 'LOAN_FUND' then " + cash + " else 0 end) as loan_cash,"
                + " sum(case when e.fund = 'ACTIVITY_FUND' and " + inPeriod + " and e.kind in (" + kinds(true)
                + ") then " + signed + " else 0 end) as receipts,"
                + " sum(case when e.fund = 'ACTIVITY_FUND' and " + inPeriod + " and e.kind in (" + kinds(false)
                + ") then " + signed + " else 0 end) as expenses,"
                + " sum(case when e.fund = 'ACTIVITY_FUND' then " + cash + " else 0 end) as activity_cash"
                + " from fund_entry e join club_fact_v c on c.id = e.club_id"
                + " where " + filter + " and e.entry_date <= :to"
                + " group by c.unit_id";
        jdbc.sql(sql).param("from", from).param("to", to).query(rs -> {
            out.put(
                    rs.getLong("unit_id"),
                    new UnitTotals(
                            0,
                            Vnd.of(rs.getLong("disbursed")),
                            Vnd.of(rs.getLong("repaid")),
                            Vnd.of(rs.getLong("outstanding")),
                            Vnd.of(rs.getLong("loan_cash")),
                            Vnd.of(rs.getLong("receipts")),
                            Vnd.of(rs.getLong("expenses")),
                            Vnd.of(rs.getLong("activity_cash"))));
        });
        jdbc.sql("select c.unit_id, count(*) as loans from fund_loan l join club_fact_v c on c.id = l.club_id"
                        + " where " + filter + " and l.opening = false and l.disbursed_on between :from and :to"
                        + " group by c.unit_id")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    UnitTotals t = out.getOrDefault(rs.getLong("unit_id"), UnitTotals.ZERO);
                    out.put(
                            rs.getLong("unit_id"),
                            new UnitTotals(
                                    rs.getLong("loans"),
                                    t.disbursed(),
                                    t.principalRepaid(),
                                    t.outstanding(),
                                    t.loanFundCash(),
                                    t.activityReceipts(),
                                    t.activityExpenses(),
                                    t.activityFundCash()));
                });
        return out;
    }

    /** {@code when 'KIND' then sign ...} for every kind that moves cash, from {@link EntryKind#cashSign()}. */
    private static String cashSigns() {
        StringBuilder s = new StringBuilder();
        for (EntryKind k : EntryKind.values()) {
            if (k.cashSign() != 0)
                s.append(" when '").append(k.name()).append("' then ").append(k.cashSign());
        }
        return s.toString();
    }

    private static String kinds(boolean receipts) {
        return java.util.Arrays.stream(EntryKind.values())
                .filter(k -> k.fund() == vn.ishc.fund.ledger.Fund.ACTIVITY_FUND)
                .filter(k -> receipts ? k.isReceipt() : k.isExpense())
                .map(k -> "'" + k.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
