package vn.ishc.fund;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.fund.FundCommands.Line;
import vn.ishc.fund.FundCommands.PostLines;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundCommands.Repay;
import vn.ishc.fund.FundResults.Balances;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.fund.FundResults.Posted;
import vn.ishc.fund.FundResults.Received;
import vn.ishc.fund.FundResults.Repaid;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.loan.Instalment;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanCommands.RecordRepayment;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.LoanStatus;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.Refused;
import vn.ishc.shared.Vnd;

/**
 * The fund module's API: what other modules (a meeting sheet, reports) may ask of a club's funds and
 * post into them, in typed commands ({@link FundCommands}) with plain results ({@link FundResults}). It goes
 * through the same services as the fund pages, so the same rules, locks and access apply: reads follow the
 * caller's scope (404 outside it), writes need a scope that may change the club (403), a refusal is a
 * {@link Refused} with the field and the reason.
 */
@Service
public class ClubFunds {
    private final LoanService loans;
    private final CashBookService cash;

    ClubFunds(LoanService loans, CashBookService cash) {
        this.loans = loans;
        this.cash = cash;
    }

    /** What each borrower owes on {@code on}, loan by loan: the club's loans running on that date. */
    @Transactional(readOnly = true)
    public List<Owed> owedOn(long clubId, java.time.LocalDate on) {
        List<Owed> out = new ArrayList<>();
        for (Loan l : loans.ofClub(clubId)) {
            if (l.status() != LoanStatus.ACTIVE
                    || l.disbursedOn() == null
                    || l.disbursedOn().isAfter(on)) continue;
            Instalment next = l.states(on).stream()
                    .map(Loan.InstalmentState::instalment)
                    .filter(i -> i.dueOn().isAfter(on))
                    .findFirst()
                    .orElse(null);
            out.add(new Owed(
                    l.id(),
                    l.personId(),
                    l.arrears(on),
                    l.arrears(on.minusDays(1)),
                    l.daysOverdue(on),
                    l.outstanding(on),
                    next == null ? null : next.dueOn(),
                    next == null ? null : next.principal().plus(next.fee())));
        }
        return out;
    }

    /** Both funds of the club on a date. */
    @Transactional(readOnly = true)
    public Balances balances(long clubId, java.time.LocalDate on) {
        var c = cash.check(clubId, on);
        return new Balances(
                clubId, on, Vnd.of(c.loanCash()), Vnd.of(c.outstanding()), Vnd.of(c.activityBalance()), c.holds());
    }

    /** One repayment of one loan. */
    @Transactional
    public Repaid repay(Repay c) {
        Loan.Allocation a = loans.repay(new RecordRepayment(c.loanId(), c.amount(), c.on(), c.documentNo(), c.note()));
        return new Repaid(c.loanId(), a.fee(), a.principal(), a.credit(), postingOf(a.entries()));
    }

    /** Money received into the club's activity fund. */
    @Transactional
    public Received receive(Receive c) {
        if (c.kind() == null) throw new FundRefused("kind", "validation.required");
        var r = cash.record(new RecordCashEntry(
                c.clubId(), c.kind().entryKind(), c.on(), c.amount(), c.counterpart(), c.documentNo(), c.note()));
        return new Received(c.clubId(), c.kind(), c.amount(), postingOf(r.posted()));
    }

    /**
     * Posts a document's lines in one transaction: every line is posted, or none is. A line that is refused
     * (or that belongs to another club) is reported as a {@link LineRefused} naming it.
     */
    @Transactional
    public Posted post(PostLines c) {
        if (c.lines().isEmpty()) throw new FundRefused("lines", "fund.error.noLines");
        List<Repaid> repaid = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            Line line = c.lines().get(i);
            try {
                if ((line.repay() == null) == (line.receive() == null))
                    throw new FundRefused(null, "fund.error.lineKind");
                if (line.repay() != null) {
                    if (!ofClub(line.repay().loanId(), c.clubId()))
                        throw new FundRefused("loanId", "fund.error.lineOtherClub");
                    repaid.add(repay(line.repay()));
                } else {
                    if (line.receive().clubId() != c.clubId())
                        throw new FundRefused("clubId", "fund.error.lineOtherClub");
                    received.add(receive(line.receive()));
                }
            } catch (LineRefused e) {
                throw e;
            } catch (Refused e) {
                throw new LineRefused(i, line.row(), e);
            }
        }
        return new Posted(repaid, received);
    }

    /** Whether the loan is the club's (a loan outside the caller's scope is not). */
    private boolean ofClub(long loanId, long clubId) {
        try {
            return loans.get(loanId).clubId() == clubId;
        } catch (NotFoundException outOfScope) {
            return false;
        }
    }

    private static long postingOf(List<Entry> entries) {
        return entries.isEmpty() ? 0 : entries.get(0).posting();
    }
}
