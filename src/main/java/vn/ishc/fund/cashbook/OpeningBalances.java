package vn.ishc.fund.cashbook;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundEvents;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.fund.loan.Instalment;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanProduct;
import vn.ishc.fund.loan.Loans;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/**
 * The cut-off sheet of a club whose funds existed before the system: loan fund capital and cash, activity
 * fund cash, and each member's outstanding loan with its remaining schedule. Entered once, before any other
 * fund record, then locked (a second attempt is refused).
 *
 * <p>The loan fund must balance from the first day, so the difference {@code cash − capital + loans
 * outstanding} (what the fund earned, net, before the cut-off) is posted as {@link EntryKind#OPENING_INCOME}
 * when positive and {@link EntryKind#OPENING_LOSS} when negative. An outstanding loan's remaining principal is
 * spread equally over its remaining instalments (the remainder on the last), one a month from the next due
 * date, each with the fee per instalment from the paper book.
 */
@Service
public class OpeningBalances {
    private final FundAccess access;
    private final FundBooks books;
    private final Loans loans;
    private final MemberRegistry members;
    private final JdbcClient jdbc;
    private final FundRules rules;
    private final ApplicationEventPublisher events;

    OpeningBalances(
            FundAccess access,
            FundBooks books,
            Loans loans,
            MemberRegistry members,
            JdbcClient jdbc,
            FundRules rules,
            ApplicationEventPublisher events) {
        this.access = access;
        this.books = books;
        this.loans = loans;
        this.members = members;
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
    }

    public record OpeningLoan(
            long membershipId,
            Purpose purpose,
            Vnd originalAmount,
            LocalDate disbursedOn,
            Vnd remaining,
            int months,
            LocalDate nextDue,
            Vnd feePerInstalment) {}

    public record EnterOpeningBalances(
            long clubId, LocalDate cutOff, Vnd loanCapital, Vnd loanCash, Vnd activityCash, List<OpeningLoan> loans) {}

    /** When and by whom the opening balances were entered, if they were. */
    public record Entered(LocalDate on, String by) {}

    @Transactional(readOnly = true)
    public Optional<Entered> entered(long clubId) {
        access.readable(clubId);
        return jdbc.sql(
                        "select opening_on, opening_by from fund_account where club_id = :club and opening_on is not null")
                .param("club", clubId)
                .query((rs, n) -> new Entered(rs.getObject("opening_on", LocalDate.class), rs.getString("opening_by")))
                .optional();
    }

    @Transactional
    public void enter(EnterOpeningBalances c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        if (entered(club.id()).isPresent()) throw new FundRefused("cutOff", "fund.opening.error.locked");
        if (!books.entries(club.id()).isEmpty()) throw new FundRefused("cutOff", "fund.opening.error.afterEntries");
        rules.requireDate(club, c.cutOff(), "cutOff");
        Vnd capital = zeroOrAmount(c.loanCapital(), "loanCapital");
        Vnd cash = zeroOrAmount(c.loanCash(), "loanCash");
        Vnd activity = zeroOrAmount(c.activityCash(), "activityCash");
        Posting p = rules.posting();
        List<Loan> opened = new ArrayList<>();
        long outstanding = 0;
        for (int i = 0; i < c.loans().size(); i++) {
            OpeningLoan o = c.loans().get(i);
            String f = "loans[" + i + "].";
            MemberView m;
            try {
                m = members.membership(o.membershipId());
            } catch (vn.ishc.shared.NotFoundException e) {
                throw new FundRefused(f + "membershipId", "fund.loan.error.member");
            }
            if (m.clubId() != club.id()) throw new FundRefused(f + "membershipId", "fund.loan.error.member");
            if (o.purpose() == null) throw new FundRefused(f + "purpose", "validation.required");
            rules.requireAmount(o.originalAmount(), f + "originalAmount");
            rules.requireAmount(o.remaining(), f + "remaining");
            if (o.remaining().compareTo(o.originalAmount()) > 0) {
                throw new FundRefused(f + "remaining", "fund.opening.error.remaining");
            }
            if (o.disbursedOn() == null || o.disbursedOn().isAfter(c.cutOff())) {
                throw new FundRefused(f + "disbursedOn", "fund.opening.error.disbursedOn");
            }
            if (o.months() < 1 || o.months() > LoanProduct.MAX_TERM) {
                throw new FundRefused(f + "months", "fund.product.error.terms", LoanProduct.MAX_TERM);
            }
            if (o.nextDue() == null) throw new FundRefused(f + "nextDue", "validation.required");
            Vnd fee = o.feePerInstalment() == null ? Vnd.ZERO : o.feePerInstalment();
            if (fee.isNegative()) throw new FundRefused(f + "feePerInstalment", "fund.error.amountNotPositive");
            LoanProduct product = loans.currentProduct(club.id())
                    .orElseThrow(() -> new FundRefused("cutOff", "fund.loan.error.noProduct"));
            long each = o.remaining().dong() / o.months();
            List<Instalment> schedule = new ArrayList<>();
            for (int k = 0; k < o.months(); k++) {
                long pr = k == o.months() - 1 ? o.remaining().dong() - each * (o.months() - 1) : each;
                schedule.add(new Instalment(1, k + 1, o.nextDue().plusMonths(k), Vnd.of(pr), fee));
            }
            opened.add(Loan.opening(
                    club.id(),
                    m.personId(),
                    product,
                    o.purpose(),
                    o.originalAmount(),
                    o.disbursedOn(),
                    schedule,
                    c.cutOff(),
                    p));
            outstanding += o.remaining().dong();
        }
        List<Entry> entries = new ArrayList<>();
        long earned = cash.dong() - capital.dong() + outstanding;
        add(entries, club.id(), EntryKind.OPENING_CAPITAL, c.cutOff(), capital.dong(), p);
        if (earned > 0) add(entries, club.id(), EntryKind.OPENING_INCOME, c.cutOff(), earned, p);
        if (earned < 0) add(entries, club.id(), EntryKind.OPENING_LOSS, c.cutOff(), -earned, p);
        add(entries, club.id(), EntryKind.OPENING_BALANCE, c.cutOff(), activity.dong(), p);
        books.post(entries);
        for (Loan loan : opened) loans.insert(loan);
        jdbc.sql("update fund_account set opening_on = :on, opening_by = :by, opening_at = :at where club_id = :club")
                .param("on", c.cutOff())
                .param("by", p.by())
                .param("at", Timestamp.from(p.at()))
                .param("club", club.id())
                .update();
        events.publishEvent(new FundEvents.OpeningBalancesEntered(club.id(), club.unitId(), c.cutOff(), opened.size()));
    }

    private Vnd zeroOrAmount(Vnd v, String field) {
        if (v == null || v.dong() == 0) return Vnd.ZERO;
        return rules.requireAmount(v, field);
    }

    private static void add(List<Entry> out, long club, EntryKind kind, LocalDate on, long amount, Posting p) {
        if (amount > 0) {
            out.add(new Entry(
                    null,
                    club,
                    kind,
                    on,
                    Vnd.of(amount),
                    null,
                    null,
                    p.number(),
                    null,
                    null,
                    null,
                    null,
                    p.by(),
                    p.at()));
        }
    }
}
