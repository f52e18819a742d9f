package vn.ishc.fund.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.member.PersonalDataSection;

/**
 * The funds' sheet of a person's personal data export (Decree 13/2023/NĐ-CP): every loan of the person in
 * each club of their memberships, with what was lent, repaid, written off and is still owed today, read
 * through {@link LoanService} (so the caller's scope applies). Nothing of the ledger is changed by an
 * erasure: a loan points at the person's id, whose name then is an anonymous label.
 */
@Component
class FundPersonalData implements PersonalDataSection {
    private final LoanService loans;
    private final FundRules rules;

    FundPersonalData(LoanService loans, FundRules rules) {
        this.loans = loans;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "personal.loans";
    }

    @Override
    public List<String> headerKeys() {
        return List.of(
                "personal.loans.club",
                "personal.loans.number",
                "personal.loans.purpose",
                "personal.loans.amount",
                "personal.loans.term",
                "personal.loans.appliedOn",
                "personal.loans.disbursedOn",
                "personal.loans.status",
                "personal.loans.principalRepaid",
                "personal.loans.feesPaid",
                "personal.loans.writtenOff",
                "personal.loans.outstanding");
    }

    @Override
    public List<List<?>> rows(Subject person) {
        var today = rules.today();
        List<List<?>> rows = new ArrayList<>();
        for (Map.Entry<Long, String> club : person.clubs().entrySet()) {
            for (Loan l : loans.ofPerson(club.getKey(), person.personId())) {
                rows.add(Arrays.asList(
                        club.getValue(),
                        l.id(),
                        new Text("fund.loan.purpose." + l.purpose().name()),
                        l.amount(),
                        (long) l.termMonths(),
                        l.appliedOn(),
                        l.disbursedOn(),
                        new Text("fund.loan.status." + l.status().name()),
                        l.principalRepaid(today),
                        l.feesPaid(today),
                        l.writtenOff(today),
                        l.outstanding(today)));
            }
        }
        return rows;
    }
}
