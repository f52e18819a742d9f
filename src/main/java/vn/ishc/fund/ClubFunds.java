package vn.ishc.fund;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.fund.FundCommands.Contribute;
import vn.ishc.fund.FundCommands.Line;
import vn.ishc.fund.FundCommands.PostLines;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundCommands.Repay;
import vn.ishc.fund.FundCommands.ReversePostings;
import vn.ishc.fund.FundResults.Balances;
import vn.ishc.fund.FundResults.Contributed;
import vn.ishc.fund.FundResults.Owed;
import vn.ishc.fund.FundResults.Posted;
import vn.ishc.fund.FundResults.Received;
import vn.ishc.fund.FundResults.Repaid;
import vn.ishc.fund.FundResults.Reversed;
import vn.ishc.fund.FundResults.Taken;
import vn.ishc.fund.cashbook.CashBookCommands.ContributeCapital;
import vn.ishc.fund.cashbook.CashBookCommands.Receipt;
import vn.ishc.fund.cashbook.CashBookCommands.ReceiveAll;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookCommands.ReversePosting;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.MoneyText;
import vn.ishc.fund.loan.Instalment;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanCommands.RecordRepayment;
import vn.ishc.fund.loan.LoanCommands.ReverseLoanPosting;
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
    private final FundBooks books;
    private final FundRules rules;
    private final FundAccess access;
    private final vn.ishc.fund.loan.Loans loanRows;

    ClubFunds(
            LoanService loans,
            CashBookService cash,
            FundBooks books,
            FundRules rules,
            FundAccess access,
            vn.ishc.fund.loan.Loans loanRows) {
        this.loanRows = loanRows;
        this.loans = loans;
        this.cash = cash;
        this.books = books;
        this.rules = rules;
        this.access = access;
    }

    /**
     * An amount typed in a form ("50.000", "50 000 đ"), checked as every fund entry is: whole đồng, more than
     * zero, at most the ceiling; otherwise a {@link Refused} for {@code field}.
     */
    public Vnd amount(String text, String field) {
        return MoneyText.parse(text, rules.ceiling(), field);
    }

    /** An amount given as a JSON number, checked as {@link #amount(String, String)}. */
    public Vnd amount(java.math.BigDecimal number, String field) {
        return MoneyText.check(number, rules.ceiling(), field);
    }

    /** Whether the current user may write into the club's funds (404 when the club is outside the scope). */
    public boolean mayWrite(long clubId) {
        return access.mayWrite(access.readable(clubId));
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

    /**
     * Everything the club has taken from its members that stands, in posting order ({@link Taken}): the
     * membership fees, golden-heart donations, members' capital contributions and loan repayments. Whoever
     * the caller is: for a module that has checked the club against the scope itself, or that loads demo
     * data without one.
     */
    @Transactional(readOnly = true)
    public List<Taken> takenAt(long clubId) {
        List<Taken> out = new ArrayList<>();
        for (FundBooks.WithBorrower row : books.standing(clubId, TAKEN)) {
            Entry e = row.entry();
            FundResults.TakenKind kind = switch (e.kind()) {
                case MEMBERSHIP_FEE -> FundResults.TakenKind.MEMBERSHIP_FEE;
                case GOLDEN_HEART_DONATION -> FundResults.TakenKind.GOLDEN_HEART_DONATION;
                case CAPITAL -> FundResults.TakenKind.CAPITAL;
                default -> FundResults.TakenKind.REPAYMENT;
            };
            if (kind == FundResults.TakenKind.CAPITAL && e.source() != FundingSource.MEMBERS_COMMUNITY) continue;
            Taken last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.posting() == e.posting() && kind == FundResults.TakenKind.REPAYMENT) {
                // A repayment's fee, principal and credit share its posting: one payment.
                out.set(
                        out.size() - 1,
                        new Taken(
                                last.posting(),
                                last.on(),
                                last.kind(),
                                last.loanId(),
                                last.borrowerId(),
                                last.counterpart(),
                                last.amount().plus(e.amount())));
            } else {
                out.add(new Taken(
                        e.posting(),
                        e.date(),
                        kind,
                        e.loanId(),
                        kind == FundResults.TakenKind.REPAYMENT ? row.borrowerId() : null,
                        e.counterpart(),
                        e.amount()));
            }
        }
        return out;
    }

    private static final List<EntryKind> TAKEN = List.of(
            EntryKind.MEMBERSHIP_FEE,
            EntryKind.GOLDEN_HEART_DONATION,
            EntryKind.CAPITAL,
            EntryKind.FEE_RECEIVED,
            EntryKind.PRINCIPAL_REPAID,
            EntryKind.CREDIT_HELD);

    /** Both funds of the club on a date. */
    @Transactional(readOnly = true)
    public Balances balances(long clubId, java.time.LocalDate on) {
        var c = cash.check(clubId, on);
        return new Balances(
                clubId, on, Vnd.of(c.loanCash()), Vnd.of(c.outstanding()), Vnd.of(c.activityBalance()), c.holds());
    }

    /**
     * A club's funds from {@code from} to {@code to} (both included), read without a scope check: for the
     * report module, whose service decides who may see the club's report. Reads only.
     */
    @Transactional(readOnly = true)
    public FundResults.SpanFigures span(long clubId, java.time.LocalDate from, java.time.LocalDate to) {
        List<Entry> entries = books.entries(clubId);
        java.time.LocalDate before = from.minusDays(1);
        long[] in = new long[2], out = new long[2];
        long disbursed = 0, principal = 0, fees = 0;
        java.util.Set<Long> disbursedLoans = new java.util.HashSet<>();
        for (Entry e : entries) {
            if (e.date().isBefore(from) || e.date().isAfter(to)) continue;
            int f = e.fund() == vn.ishc.fund.ledger.Fund.LOAN_FUND ? 0 : 1;
            long signed = e.kind().cashSign() * e.termAmount();
            if (e.kind().cashSign() > 0) in[f] += signed;
            else if (e.kind().cashSign() < 0) out[f] -= signed;
            switch (e.kind()) {
                case DISBURSEMENT -> {
                    disbursed += e.termAmount();
                    if (!e.isReversal() && e.loanId() != null) disbursedLoans.add(e.loanId());
                }
                case PRINCIPAL_REPAID -> principal += e.termAmount();
                case FEE_RECEIVED -> fees += e.termAmount();
                default -> {}
            }
        }
        long outstanding = 0, overdue = 0;
        int running = 0, late = 0;
        for (Loan l : loanRows.ofClub(clubId)) {
            long owed = l.outstanding(to).dong();
            if (owed <= 0) continue;
            running++;
            outstanding += owed;
            if (l.daysOverdue(to) > 0) {
                late++;
                overdue += owed;
            }
        }
        var loanFund = vn.ishc.fund.ledger.Fund.LOAN_FUND;
        var activityFund = vn.ishc.fund.ledger.Fund.ACTIVITY_FUND;
        return new FundResults.SpanFigures(
                clubId,
                from,
                to,
                Vnd.of(vn.ishc.fund.ledger.Balances.cash(entries, loanFund, before)),
                Vnd.of(in[0]),
                Vnd.of(out[0]),
                Vnd.of(vn.ishc.fund.ledger.Balances.cash(entries, loanFund, to)),
                Vnd.of(vn.ishc.fund.ledger.Balances.cash(entries, activityFund, before)),
                Vnd.of(in[1]),
                Vnd.of(out[1]),
                Vnd.of(vn.ishc.fund.ledger.Balances.cash(entries, activityFund, to)),
                Vnd.of(disbursed),
                disbursedLoans.size(),
                Vnd.of(principal),
                Vnd.of(fees),
                Vnd.of(outstanding),
                running,
                Vnd.of(overdue),
                late);
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
     * An activity's expense from the club's activity fund: an {@code ACTIVITY} entry of the cash book, with
     * the cash book's rules (a date the club's, an amount within the ceiling); beyond what the fund has from
     * that day on it is not posted but waits for a second approver ({@link FundResults.Spent#pending()}).
     */
    @Transactional
    public FundResults.Spent spend(FundCommands.Spend c) {
        var r = cash.record(new RecordCashEntry(
                c.clubId(),
                vn.ishc.fund.ledger.EntryKind.ACTIVITY,
                c.on(),
                c.amount(),
                c.counterpart(),
                c.documentNo(),
                c.note()));
        return new FundResults.Spent(c.clubId(), c.amount(), postingOf(r.posted()), r.pendingRequest());
    }

    /**
     * Takes back an activity's expense ({@link FundCommands.CancelSpending}): its posting reversed through the
     * cash book (refused, as every reversal, if the fund would go short), or its request withdrawn while it
     * still waits, or reversed once approved.
     */
    @Transactional
    public FundResults.SpendingCancelled cancelSpending(FundCommands.CancelSpending c) {
        long posting = c.posting();
        if (posting == 0 && c.request() != null) {
            var approved = cash.withdraw(c.clubId(), c.request(), c.on(), c.reason());
            if (approved.isEmpty()) return new FundResults.SpendingCancelled(0, true);
            posting = approved.get();
        }
        if (posting == 0) return new FundResults.SpendingCancelled(0, false);
        var reversal = cash.reverse(new ReversePosting(c.clubId(), posting, c.on(), c.reason()));
        return new FundResults.SpendingCancelled(postingOf(reversal), false);
    }

    /** Members' own contribution to the loan fund's capital. */
    @Transactional
    public Contributed contribute(Contribute c) {
        var posted = cash.contribute(new ContributeCapital(
                c.clubId(),
                FundingSource.MEMBERS_COMMUNITY,
                c.on(),
                c.amount(),
                c.documentNo(),
                c.counterpart(),
                c.note()));
        return new Contributed(c.clubId(), c.amount(), postingOf(posted));
    }

    /**
     * Posts a document's lines in one transaction: every line is posted, or none is. The receipts and
     * capital contributions are one posting together (the document's cash taken in, reversed together); each
     * repayment is its loan's own posting. A line that is refused (or that belongs to another club) is
     * reported as a {@link LineRefused} naming it.
     */
    @Transactional
    public Posted post(PostLines c) {
        if (c.lines().isEmpty()) throw new FundRefused("lines", "fund.error.noLines");
        Long[] postings = new Long[c.lines().size()];
        List<Repaid> repaid = new ArrayList<>();
        List<Received> received = new ArrayList<>();
        List<Contributed> contributed = new ArrayList<>();
        // Receipts and contributions first, together: one check of the club, one lock, one posting, one batch.
        List<Integer> together = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            Line line = c.lines().get(i);
            try {
                if (line.parts() != 1) throw new FundRefused(null, "fund.error.lineKind");
                if (line.receive() != null) {
                    Receive r = line.receive();
                    if (r.clubId() != c.clubId()) throw new FundRefused("clubId", "fund.error.lineOtherClub");
                    if (r.kind() == null) throw new FundRefused("kind", "validation.required");
                    receipts.add(new Receipt(
                            r.kind().entryKind(), null, r.on(), r.amount(), r.counterpart(), r.documentNo(), r.note()));
                    together.add(i);
                } else if (line.contribute() != null) {
                    Contribute r = line.contribute();
                    if (r.clubId() != c.clubId()) throw new FundRefused("clubId", "fund.error.lineOtherClub");
                    receipts.add(new Receipt(
                            EntryKind.CAPITAL,
                            FundingSource.MEMBERS_COMMUNITY,
                            r.on(),
                            r.amount(),
                            r.counterpart(),
                            r.documentNo(),
                            r.note()));
                    together.add(i);
                }
            } catch (Refused e) {
                throw new LineRefused(i, c.lines().get(i).row(), e);
            }
        }
        if (!receipts.isEmpty()) {
            long posting;
            try {
                posting = cash.receiveAll(new ReceiveAll(c.clubId(), receipts));
            } catch (CashBookService.ReceiptRefused e) {
                int i = together.get(e.index());
                throw new LineRefused(i, c.lines().get(i).row(), e);
            }
            for (int i : together) {
                Line line = c.lines().get(i);
                postings[i] = posting;
                if (line.receive() != null) {
                    received.add(new Received(
                            c.clubId(), line.receive().kind(), line.receive().amount(), posting));
                } else {
                    contributed.add(
                            new Contributed(c.clubId(), line.contribute().amount(), posting));
                }
            }
        }
        // Then each repayment through its loan, with the loan's rules.
        for (int i = 0; i < c.lines().size(); i++) {
            Line line = c.lines().get(i);
            if (line.repay() == null) continue;
            try {
                if (!ofClub(line.repay().loanId(), c.clubId()))
                    throw new FundRefused("loanId", "fund.error.lineOtherClub");
                Repaid r = repay(line.repay());
                repaid.add(r);
                postings[i] = r.posting();
            } catch (Refused e) {
                throw new LineRefused(i, line.row(), e);
            }
        }
        return new Posted(List.of(postings), repaid, received, contributed);
    }

    /**
     * Reverses a document's postings (a meeting sheet's), the latest first, in one transaction: a loan's
     * posting through its loan (the loan's own rules apply), any other through the cash book. A posting that
     * cannot be reversed is a {@link LineRefused} naming it ({@code row} is the posting number), and nothing
     * is reversed.
     */
    @Transactional
    public Reversed reverse(ReversePostings c) {
        access.writable(c.clubId());
        if (c.reason() == null || c.reason().isBlank()) throw new FundRefused("reason", "fund.error.reversalReason");
        List<Long> order = new ArrayList<>(c.postings());
        order.sort(java.util.Comparator.reverseOrder());
        List<Long> out = new ArrayList<>();
        for (long posting : order) {
            try {
                List<Entry> entries = books.posting(c.clubId(), posting);
                if (entries.isEmpty()) throw new FundRefused("posting", "fund.error.noSuchPosting");
                Long loanId = entries.get(0).loanId();
                if (loanId != null) {
                    loans.reverse(new ReverseLoanPosting(loanId, posting, c.on(), c.reason()));
                } else {
                    cash.reverse(new ReversePosting(c.clubId(), posting, c.on(), c.reason()));
                }
                out.add(posting);
            } catch (Refused e) {
                throw new LineRefused(c.postings().indexOf(posting), Long.toString(posting), e);
            }
        }
        return new Reversed(out);
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
