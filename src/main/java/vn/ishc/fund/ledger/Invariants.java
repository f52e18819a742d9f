package vn.ishc.fund.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The equations both funds obey for every club at every date (issue 4, item 5), computed from two sides
 * so a wrong posting shows up as a difference:
 *
 * <ul>
 *   <li>loan fund: {@code cash = capital + fees/interest received − principal outstanding − written off −
 *       transfers to the activity fund + credit held for borrowers}, where cash, capital, income, write-offs
 *       and transfers are sums over the ledger and outstanding principal and credit come from the loans
 *       themselves (their schedule-independent records); credit held is borrowers' overpayments, money in
 *       the cash that belongs to them (zero unless a product holds overpayments as credit);
 *   <li>activity fund: {@code balance = receipts − expenses};
 *   <li>every transfer out of the loan fund arrives in the activity fund as an interest share;
 *   <li>no loan owes negative principal or holds negative credit; every loan entry belongs to a known loan;
 *       nothing is reversed twice and no reversal names an entry of another club or kind.
 * </ul>
 */
public final class Invariants {
    private Invariants() {}

    /** Both sides of the equations on {@code asOf}, in đồng. */
    public record Check(
            long loanCash,
            long capital,
            long income,
            long outstanding,
            long writtenOff,
            long transfers,
            long creditHeld,
            long activityBalance,
            long receipts,
            long expenses,
            long interestShare,
            List<String> problems) {

        public long loanCashExpected() {
            return capital + income - outstanding - writtenOff - transfers + creditHeld;
        }

        public boolean holds() {
            return problems.isEmpty();
        }
    }

    public static Check check(List<Entry> ledger, Collection<? extends LoanBalance> loans, LocalDate asOf) {
        long cash = 0, capital = 0, income = 0, writtenOff = 0, transfers = 0;
        long activity = 0, receipts = 0, expenses = 0, share = 0;
        List<String> problems = new ArrayList<>();
        Map<Long, Entry> byId = new HashMap<>();
        ledger.stream().filter(e -> e.id() != null).forEach(e -> byId.put(e.id(), e));
        Set<Long> reversed = new HashSet<>();
        Set<Long> loanIds = new HashSet<>();
        loans.forEach(l -> loanIds.add(l.id()));
        for (Entry e : ledger) {
            if (e.isReversal()) {
                Entry original = byId.get(e.reverses());
                if (original == null || original.kind() != e.kind() || original.clubId() != e.clubId()) {
                    problems.add("reversal " + e.id() + " does not match the entry it reverses");
                } else if (!reversed.add(e.reverses())) {
                    problems.add("entry " + e.reverses() + " reversed twice");
                }
            }
            if (e.loanId() != null && !loanIds.contains(e.loanId())) {
                problems.add("entry " + e.id() + " names unknown loan " + e.loanId());
            }
            if (e.date().isAfter(asOf)) continue;
            long t = e.termAmount();
            if (e.fund() == Fund.LOAN_FUND) {
                cash += e.cash();
                switch (e.kind().term()) {
                    case CAPITAL -> capital += t;
                    case INCOME -> income += t;
                    case WRITTEN_OFF -> writtenOff += t;
                    case TRANSFER -> transfers += t;
                    default -> {}
                }
            } else {
                activity += e.cash();
                if (e.kind().isReceipt()) receipts += t;
                if (e.kind().isExpense()) expenses += t;
                if (e.kind() == EntryKind.INTEREST_SHARE) share += t;
            }
        }
        long outstanding = 0, credit = 0;
        for (LoanBalance l : loans) {
            long o = l.outstanding(asOf).dong();
            long c = l.creditHeld(asOf).dong();
            if (o < 0) problems.add("loan " + l.id() + " owes negative principal " + o);
            if (c < 0) problems.add("loan " + l.id() + " holds negative credit " + c);
            outstanding += o;
            credit += c;
        }
        Check partial = new Check(
                cash,
                capital,
                income,
                outstanding,
                writtenOff,
                transfers,
                credit,
                activity,
                receipts,
                expenses,
                share,
                problems);
        if (cash != partial.loanCashExpected()) {
            problems.add("loan fund cash " + cash + " != " + partial.loanCashExpected());
        }
        if (activity != receipts - expenses) {
            problems.add("activity fund balance " + activity + " != " + (receipts - expenses));
        }
        if (transfers != share) problems.add("transfers " + transfers + " != interest share " + share);
        return new Check(
                cash,
                capital,
                income,
                outstanding,
                writtenOff,
                transfers,
                credit,
                activity,
                receipts,
                expenses,
                share,
                List.copyOf(problems));
    }
}
