package vn.ishc.fund.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.club.ClubPanel;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.report.FundOverview;
import vn.ishc.fund.report.FundReports;
import vn.ishc.member.MemberSection;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/** The funds' sections on the club page (balances, link to the funds) and on the member page (the passbook). */
final class FundPanels {
    private FundPanels() {}

    /** What the club page's fund panel shows. */
    record Summary(Vnd loanCash, Vnd outstanding, Vnd atRisk30, Vnd activityBalance) {}

    @Component
    static class Club implements ClubPanel {
        private final FundReports reports;
        private final FundRules rules;

        Club(FundReports reports, FundRules rules) {
            this.reports = reports;
            this.rules = rules;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public String fragment() {
            return "funds/panels :: club";
        }

        @Override
        public void addTo(Model model, ClubView club) {
            FundOverview o = reports.overview(club.id(), rules.today());
            model.addAttribute(
                    "fundPanel",
                    new Summary(
                            Vnd.of(o.check().loanCash()),
                            o.outstanding(),
                            o.atRisk30(),
                            Vnd.of(o.check().activityBalance())));
        }
    }

    @Component
    static class Member implements MemberSection {
        private final LoanService loans;

        Member(LoanService loans) {
            this.loans = loans;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public String fragment() {
            return "funds/panels :: member";
        }

        @Override
        public void addTo(Model model, MemberView member) {
            var list = loans.ofPerson(member.clubId(), member.personId());
            model.addAttribute("fundLoans", list.size());
            model.addAttribute(
                    "fundOwed",
                    list.stream().map(l -> l.outstanding((LocalDate) null)).reduce(Vnd.ZERO, Vnd::plus));
        }
    }
}
