package vn.ishc.fund.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.loan.Instalment;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.report.FundList;
import vn.ishc.fund.report.FundReports;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomePanel;
import vn.ishc.shared.HomeReminders;
import vn.ishc.shared.Vnd;

/**
 * The funds on the home page: the club board's month (who owes what this month, late first, each a tap from
 * its repayment form; the cash in both funds; the cash book a tap away) and, for officers, the clubs with
 * late loans.
 */
final class FundHome {
    private FundHome() {}

    /**
     * One borrower's line of the month: what is due by the month's end and not paid, how much of it is late
     * (due before today), since when, and the loan to repay.
     */
    record Due(long loanId, String borrower, Vnd due, Vnd late, long daysLate, LocalDate dueOn) {}

    /** The loans running on {@code today} with something due by the end of its month, the late first. */
    static List<Due> dueThisMonth(List<Loan> loans, Map<Long, String> names, LocalDate today) {
        LocalDate end = YearMonth.from(today).atEndOfMonth();
        List<Due> out = new ArrayList<>();
        for (Loan l : loans) {
            Vnd due = l.arrears(end);
            if (due.dong() <= 0) continue;
            LocalDate dueOn = l.states(today).stream()
                    .filter(s -> !s.paid())
                    .map(Loan.InstalmentState::instalment)
                    .map(Instalment::dueOn)
                    .findFirst()
                    .orElse(null);
            out.add(new Due(l.id(), names.get(l.personId()), due, l.arrears(today), l.daysOverdue(today), dueOn));
        }
        out.sort(Comparator.comparingLong(Due::daysLate)
                .reversed()
                .thenComparing(Due::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The club board's "this month": repayments due and late, both funds' cash, the links to record. */
    @Component
    static class Board implements HomePanel {
        private final FundAccess access;
        private final LoanService loans;
        private final FundReports reports;
        private final FundRules rules;

        Board(FundAccess access, LoanService loans, FundReports reports, FundRules rules) {
            this.access = access;
            this.loans = loans;
            this.reports = reports;
            this.rules = rules;
        }

        @Override
        public Optional<Section> sectionFor(CurrentUser user) {
            Long clubId = user.boardClub().orElse(null);
            if (clubId == null) return Optional.empty();
            ClubView club = access.readable(clubId);
            LocalDate today = rules.today();
            List<Loan> all = loans.ofClub(clubId);
            List<Due> due = dueThisMonth(
                    all, loans.names(all.stream().map(Loan::personId).toList()), today);
            var check = reports.overview(clubId, today).check();
            return Optional.of(new Section(
                    "funds/home :: board",
                    Map.of(
                            "club", club,
                            "month", YearMonth.from(today),
                            "due", due,
                            "totalDue", due.stream().map(Due::due).reduce(Vnd.ZERO, Vnd::plus),
                            "totalLate", due.stream().map(Due::late).reduce(Vnd.ZERO, Vnd::plus),
                            "loanCash", Vnd.of(check.loanCash()),
                            "activityFund", Vnd.of(check.activityBalance()),
                            "mayWrite", access.mayWrite(club))));
        }

        @Override
        public int order() {
            return 10;
        }
    }

    /** For ward and city officers: how many clubs of their scope have a loan late, linking to the funds list. */
    @Component
    static class LateLoans implements HomeReminders {
        private final FundReports reports;
        private final FundRules rules;

        LateLoans(FundReports reports, FundRules rules) {
            this.reports = reports;
            this.rules = rules;
        }

        @Override
        public List<Reminder> remindersFor(CurrentUser user) {
            if (!user.overseesUnits()) return List.of();
            FundList list = reports.clubs(rules.today(), "-late");
            long clubs = list.rows().stream().filter(r -> r.late() > 0).count();
            if (clubs == 0) return List.of();
            int loans = list.totals().late();
            return List.of(new Reminder(
                    "fund.reminder.lateLoans",
                    List.of(clubs, loans),
                    clubs,
                    "/funds?sort=" + FundList.Sort.LATE.param(true),
                    true));
        }

        @Override
        public int order() {
            return 10;
        }
    }
}
