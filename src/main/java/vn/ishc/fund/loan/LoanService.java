package vn.ishc.fund.loan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundEvents;
import vn.ishc.fund.ledger.Balances;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.fund.loan.LoanCommands.AdoptProduct;
import vn.ishc.fund.loan.LoanCommands.ApplyForLoan;
import vn.ishc.fund.loan.LoanCommands.ApproveLoan;
import vn.ishc.fund.loan.LoanCommands.DisburseLoan;
import vn.ishc.fund.loan.LoanCommands.RecordRepayment;
import vn.ishc.fund.loan.LoanCommands.RefundCredit;
import vn.ishc.fund.loan.LoanCommands.RescheduleLoan;
import vn.ishc.fund.loan.LoanCommands.ReverseLoanPosting;
import vn.ishc.fund.loan.LoanCommands.WriteOffLoan;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/**
 * Loan operations, each one typed command in one transaction. Every write locks the club's fund account
 * and then the loan row ({@code select … for update}, always in that order), reloads the loan and the
 * balances under the lock, lets the {@link Loan} decide, and posts what it returns: two treasurers
 * repaying the same loan at once are served one after the other and both repayments land. Reads follow
 * the caller's scope (404 outside it); writes need a scope that may change the club (403 otherwise).
 */
@Service
public class LoanService {
    private final Loans loans;
    private final FundBooks books;
    private final FundAccess access;
    private final MemberRegistry members;
    private final FundRules rules;
    private final ApplicationEventPublisher events;

    LoanService(
            Loans loans,
            FundBooks books,
            FundAccess access,
            MemberRegistry members,
            FundRules rules,
            ApplicationEventPublisher events) {
        this.loans = loans;
        this.books = books;
        this.access = access;
        this.members = members;
        this.rules = rules;
        this.events = events;
    }

    // ---- reads ----

    @Transactional(readOnly = true)
    public Loan get(long loanId) {
        long club = loans.clubOf(loanId).orElseThrow(() -> new LoanNotFound(loanId));
        try {
            access.readable(club);
        } catch (vn.ishc.shared.NotFoundException e) {
            throw new LoanNotFound(loanId);
        }
        return loans.get(loanId);
    }

    @Transactional(readOnly = true)
    public List<Loan> ofClub(long clubId) {
        access.readable(clubId);
        return loans.ofClub(clubId);
    }

    /** The loans of clubs the caller has already read through {@link FundAccess} (several clubs at once). */
    @Transactional(readOnly = true)
    public List<Loan> ofClubs(Collection<Long> clubIds) {
        return loans.ofClubs(clubIds);
    }

    @Transactional(readOnly = true)
    public List<Loan> ofPerson(long clubId, long personId) {
        access.readable(clubId);
        return loans.ofPerson(personId, clubId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<LoanProduct> currentProduct(long clubId) {
        access.readable(clubId);
        return loans.currentProduct(clubId);
    }

    @Transactional(readOnly = true)
    public List<LoanProduct> products(long clubId) {
        access.readable(clubId);
        return loans.products(clubId);
    }

    /**
     * Borrowers' names by person id, for lists and pages, from the member module ({@link
     * MemberRegistry#namesOf}): a borrower may have left the club since, so the scoped "members of the club
     * on a date" list would miss them; the loan itself is already in the caller's scope.
     */
    public Map<Long, String> names(Collection<Long> personIds) {
        return members.namesOf(personIds);
    }

    // ---- regulations ----

    /** A new version of the club's lending rules; loans already made keep theirs. */
    @Transactional
    public LoanProduct adopt(AdoptProduct c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        rules.requireDate(club, c.adoptedOn(), "adoptedOn");
        if (c.maxAmount() != null) rules.requireAmount(c.maxAmount(), "maxAmount");
        if (c.feeMethod() == null) throw new FundRefused("feeMethod", "validation.required");
        if (c.frequency() == null) throw new FundRefused("frequency", "validation.required");
        if (c.overpayment() == null) throw new FundRefused("overpayment", "validation.required");
        LoanProduct p = new LoanProduct(
                null,
                club.id(),
                0,
                c.feeMethod(),
                c.rateBasisPoints(),
                c.terms(),
                c.maxAmount(),
                c.frequency(),
                c.graceMonths(),
                c.overpayment(),
                c.adoptedOn());
        p.check();
        Posting who = rules.posting();
        LoanProduct adopted = loans.addProduct(p, who.by(), who.at());
        events.publishEvent(new FundEvents.LendingRulesAdopted(
                club.id(), club.unitId(), adopted.id(), adopted.versionNo(), adopted.adoptedOn()));
        return adopted;
    }

    // ---- the loan's life ----

    @Transactional
    public Loan apply(ApplyForLoan c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        rules.requireDate(club, c.appliedOn(), "appliedOn");
        rules.requireAmount(c.amount(), "amount");
        if (c.termMonths() == null) throw new FundRefused("termMonths", "validation.required");
        MemberView m;
        try {
            m = members.membership(c.membershipId());
        } catch (vn.ishc.shared.NotFoundException e) {
            throw new FundRefused("membershipId", "fund.loan.error.member");
        }
        if (m.clubId() != club.id()) throw new FundRefused("membershipId", "fund.loan.error.member");
        if (c.appliedOn().isBefore(m.joinedOn())
                || (m.leftOn() != null && c.appliedOn().isAfter(m.leftOn()))) {
            throw new FundRefused("membershipId", "fund.loan.error.notMemberOnDate");
        }
        LoanProduct product = loans.currentProduct(club.id())
                .orElseThrow(() -> new FundRefused("amount", "fund.loan.error.noProduct"));
        Posting who = rules.posting();
        Loan loan = Loan.apply(
                club.id(),
                m.personId(),
                product,
                c.purpose(),
                c.amount(),
                c.termMonths(),
                c.appliedOn(),
                who.by(),
                who.at());
        loans.insert(loan);
        events.publishEvent(new FundEvents.LoanApplied(
                loan.id(),
                club.id(),
                club.unitId(),
                loan.personId(),
                loan.amount(),
                loan.termMonths(),
                loan.appliedOn()));
        return loan;
    }

    @Transactional
    public Loan approve(ApproveLoan c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        Posting who = rules.posting();
        l.loan.approve(c.on(), who.by(), who.at());
        loans.update(l.loan);
        events.publishEvent(new FundEvents.LoanApproved(l.loan.id(), l.club.id(), l.club.unitId(), c.on()));
        return l.loan;
    }

    /** Pays the loan out, refused when the fund's cash on that date or any later day is short. */
    @Transactional
    public Loan disburse(DisburseLoan c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        long cash = Balances.lowestFrom(books.entries(l.club.id()), Fund.LOAN_FUND, c.on());
        Entry paid = l.loan.disburse(c.on(), Vnd.of(Math.max(0, cash)), rules.posting());
        loans.update(l.loan);
        events.publishEvent(new FundEvents.LoanDisbursed(
                l.loan.id(), l.club.id(), l.club.unitId(), l.loan.personId(), paid.amount(), c.on(), paid.posting()));
        return l.loan;
    }

    /**
     * Takes a repayment. Public for the meeting sheet of the club-life issue: called inside the meeting
     * sheet's transaction it joins it, so attendance, fees and repayments commit or fail together.
     */
    @Transactional
    public Loan.Allocation repay(RecordRepayment c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        rules.requireAmount(c.amount(), "amount");
        Posting p = rules.posting();
        Loan.Allocation a = l.loan.repay(c.amount(), c.on(), p, c.documentNo(), c.note());
        loans.update(l.loan);
        events.publishEvent(new FundEvents.LoanRepaid(
                l.loan.id(),
                l.club.id(),
                l.club.unitId(),
                l.loan.personId(),
                c.amount(),
                a.fee(),
                a.principal(),
                a.credit(),
                c.on(),
                p.number()));
        return a;
    }

    @Transactional
    public Loan reschedule(RescheduleLoan c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        if (c.termMonths() == null) throw new FundRefused("termMonths", "validation.required");
        Posting who = rules.posting();
        int before = l.loan.termMonths();
        l.loan.reschedule(c.on(), c.termMonths(), c.reason(), who.by(), who.at());
        loans.update(l.loan);
        events.publishEvent(new FundEvents.LoanRescheduled(
                l.loan.id(), l.club.id(), l.club.unitId(), c.on(), before, c.termMonths(), c.reason()));
        return l.loan;
    }

    @Transactional
    public Loan writeOff(WriteOffLoan c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        Entry off = l.loan.writeOff(c.on(), c.reason(), rules.posting());
        loans.update(l.loan);
        events.publishEvent(new FundEvents.LoanWrittenOff(
                l.loan.id(), l.club.id(), l.club.unitId(), off.amount(), c.on(), c.reason(), off.posting()));
        return l.loan;
    }

    @Transactional
    public Loan reverse(ReverseLoanPosting c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        if (c.note() == null || c.note().isBlank()) throw new FundRefused("note", "fund.error.reversalReason");
        long cash = Balances.lowestFrom(books.entries(l.club.id()), Fund.LOAN_FUND, c.on());
        Posting p = rules.posting();
        l.loan.reverse(c.posting(), c.on(), c.note().strip(), Vnd.of(cash), p);
        loans.update(l.loan);
        events.publishEvent(new FundEvents.LoanPostingReversed(
                l.loan.id(),
                l.club.id(),
                l.club.unitId(),
                c.posting(),
                c.on(),
                c.note().strip(),
                p.number()));
        return l.loan;
    }

    @Transactional
    public Loan refundCredit(RefundCredit c) {
        Locked l = lock(c.loanId());
        rules.requireDate(l.club, c.on(), "date");
        Entry refund = l.loan.refundCredit(c.on(), rules.posting(), c.note());
        loans.update(l.loan);
        events.publishEvent(new FundEvents.CreditRefunded(
                l.loan.id(), l.club.id(), l.club.unitId(), refund.amount(), c.on(), refund.posting()));
        return l.loan;
    }

    private record Locked(ClubView club, Loan loan) {}

    private Locked lock(long loanId) {
        long clubId = loans.clubOf(loanId).orElseThrow(() -> new LoanNotFound(loanId));
        ClubView club;
        try {
            club = access.writable(clubId);
        } catch (vn.ishc.shared.NotFoundException e) {
            throw new LoanNotFound(loanId);
        }
        books.lock(clubId);
        loans.lock(loanId);
        return new Locked(club, loans.get(loanId));
    }
}
