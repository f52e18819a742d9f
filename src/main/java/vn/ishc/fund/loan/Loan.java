package vn.ishc.fund.loan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.shared.Vnd;

/**
 * A member's loan from the club's revolving fund (R10), guarding its own state: application → approval by
 * a board member other than the one who recorded it → disbursement → repayments → repaid, or written off.
 * Rescheduling and write-off also need someone other than the recorder. The loan's money is the ledger
 * entries that name it; each operation returns the entries to post, and the loan's figures are sums over
 * them as of a date.
 *
 * <p><b>Allocation of a repayment</b> (one rule, fee first then principal, oldest instalment first): the
 * money goes to every instalment due on or before the payment date and to the instalment in progress (the
 * next one to fall due), oldest first, each fee before its principal; what is left repays principal of later
 * instalments ahead of time, oldest first; fees of later months are never taken in advance, so paying off
 * early saves them. What is left after all the principal is overpayment: refused, or held for the borrower as
 * a credit, by the product's rule. Which instalments are paid follows from the totals: the fees received cover
 * the fees in order, the principal repaid covers the principal in order.
 *
 * <p><b>Closing</b>: the loan is repaid when no principal is owed and every fee due by the last payment's date
 * is paid. <b>Days overdue</b> as of a date count from the due date of the oldest instalment due by then that
 * the money received by then does not fully cover.
 */
public class Loan implements vn.ishc.fund.ledger.LoanBalance {
    private Long id;
    private final long clubId;
    private final long personId;
    private final LoanProduct product;
    private final Purpose purpose;
    private final Vnd amount;
    private final int termMonths;
    private final LocalDate appliedOn;
    private final boolean opening;
    private final String recordedBy;
    private final Instant recordedAt;
    private LoanStatus status;
    private String approvedBy;
    private LocalDate approvedOn;
    private Instant approvedAt;
    private LocalDate disbursedOn;
    private String disbursedBy;
    private LocalDate writtenOffOn;
    private String writtenOffBy;
    private String writeOffReason;
    private int scheduleNo;
    private List<Instalment> schedule;
    private final List<Instalment> superseded = new ArrayList<>();
    private final List<Reschedule> reschedules = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private int version;

    /** A rescheduling, as the loan page shows it. */
    public record Reschedule(int scheduleNo, LocalDate on, int termMonths, String reason, String by, Instant at) {}

    /** What an instalment has received (as of a date). */
    public record InstalmentState(Instalment instalment, Vnd feePaid, Vnd principalPaid) {
        public boolean paid() {
            return feePaid.equals(instalment.fee()) && principalPaid.equals(instalment.principal());
        }

        public Vnd due() {
            return instalment.total().minus(feePaid).minus(principalPaid);
        }
    }

    /** The result of a repayment: entries to post, and how the money went. */
    public record Allocation(Vnd fee, Vnd principal, Vnd credit, List<Entry> entries) {}

    public Loan(
            Long id,
            long clubId,
            long personId,
            LoanProduct product,
            Purpose purpose,
            Vnd amount,
            int termMonths,
            LocalDate appliedOn,
            boolean opening,
            String recordedBy,
            Instant recordedAt) {
        this.id = id;
        this.clubId = clubId;
        this.personId = personId;
        this.product = product;
        this.purpose = purpose;
        this.amount = amount;
        this.termMonths = termMonths;
        this.appliedOn = appliedOn;
        this.opening = opening;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.status = LoanStatus.APPLIED;
        this.schedule = List.of();
    }

    /** A new application under the club's current product; checks amount and term against it. */
    public static Loan apply(
            long clubId,
            long personId,
            LoanProduct product,
            Purpose purpose,
            Vnd amount,
            int termMonths,
            LocalDate appliedOn,
            String by,
            Instant at) {
        if (purpose == null) throw new FundRefused("purpose", "validation.required");
        if (amount.compareTo(product.maxAmount()) > 0) {
            throw new FundRefused(
                    "amount", "fund.loan.error.aboveMax", product.maxAmount().format());
        }
        if (!product.terms().contains(termMonths)) {
            throw new FundRefused(
                    "termMonths", "fund.loan.error.term", product.terms().toString());
        }
        return new Loan(null, clubId, personId, product, purpose, amount, termMonths, appliedOn, false, by, at);
    }

    /**
     * A loan outstanding when the club started using the system (opening balances): already disbursed on
     * {@code disbursedOn}, with its remaining schedule as the paper book has it. Posts an {@link
     * EntryKind#OPENING_LOAN} for the outstanding principal.
     */
    public static Loan opening(
            long clubId,
            long personId,
            LoanProduct product,
            Purpose purpose,
            Vnd originalAmount,
            LocalDate disbursedOn,
            List<Instalment> remaining,
            LocalDate cutOff,
            Posting p) {
        Loan loan = new Loan(
                null,
                clubId,
                personId,
                product,
                purpose,
                originalAmount,
                remaining.size(),
                disbursedOn,
                true,
                p.by(),
                p.at());
        loan.status = LoanStatus.ACTIVE;
        loan.approvedOn = disbursedOn;
        loan.disbursedOn = disbursedOn;
        loan.disbursedBy = p.by();
        loan.scheduleNo = 1;
        loan.schedule = List.copyOf(remaining);
        Vnd outstanding = remaining.stream().map(Instalment::principal).reduce(Vnd.ZERO, Vnd::plus);
        loan.entries.add(loan.entry(EntryKind.OPENING_LOAN, cutOff, outstanding, p, null, null));
        return loan;
    }

    /** Rebuilds a stored loan (the repository). */
    public void restore(
            LoanStatus status,
            String approvedBy,
            LocalDate approvedOn,
            Instant approvedAt,
            LocalDate disbursedOn,
            String disbursedBy,
            LocalDate writtenOffOn,
            String writtenOffBy,
            String writeOffReason,
            int version,
            List<Instalment> allInstalments,
            List<Reschedule> reschedules,
            List<Entry> entries) {
        this.status = status;
        this.approvedBy = approvedBy;
        this.approvedOn = approvedOn;
        this.approvedAt = approvedAt;
        this.disbursedOn = disbursedOn;
        this.disbursedBy = disbursedBy;
        this.writtenOffOn = writtenOffOn;
        this.writtenOffBy = writtenOffBy;
        this.writeOffReason = writeOffReason;
        this.version = version;
        this.scheduleNo =
                allInstalments.stream().mapToInt(Instalment::scheduleNo).max().orElse(0);
        boolean paidOut = status != LoanStatus.APPLIED && status != LoanStatus.APPROVED;
        this.schedule = allInstalments.stream()
                .filter(i -> paidOut && i.scheduleNo() == scheduleNo)
                .toList();
        this.superseded.clear();
        allInstalments.stream()
                .filter(i -> !paidOut || i.scheduleNo() != scheduleNo)
                .forEach(superseded::add);
        this.reschedules.clear();
        this.reschedules.addAll(reschedules);
        this.entries.clear();
        this.entries.addAll(entries);
    }

    // ---- the board's decisions ----

    /** Approval by a board member other than the one who recorded the application. */
    public void approve(LocalDate on, String by, Instant at) {
        requireStatus(LoanStatus.APPLIED, "fund.loan.error.notApplied");
        requireOtherPerson(by, "fund.loan.error.ownApproval");
        if (on.isBefore(appliedOn)) throw new FundRefused("date", "fund.loan.error.beforeApplication");
        status = LoanStatus.APPROVED;
        approvedBy = by;
        approvedOn = on;
        approvedAt = at;
    }

    /**
     * Pays the loan out on {@code on} and computes its schedule. {@code cash} is the fund's cash available
     * (the lower of the cash on that date and today): a disbursement the fund cannot pay is refused.
     */
    public Entry disburse(LocalDate on, Vnd cash, Posting p) {
        requireStatus(LoanStatus.APPROVED, "fund.loan.error.notApproved");
        if (on.isBefore(approvedOn)) throw new FundRefused("date", "fund.loan.error.beforeApproval");
        if (cash.compareTo(amount) < 0) throw new FundRefused("date", "fund.loan.error.cashShort", cash.format());
        status = LoanStatus.ACTIVE;
        disbursedOn = on;
        disbursedBy = p.by();
        scheduleNo = scheduleNo + 1;
        schedule = Schedule.spread(product, amount, termMonths, on, Vnd.ZERO, scheduleNo, 1, product.graceMonths());
        Entry e = entry(EntryKind.DISBURSEMENT, on, amount, p, null, null);
        entries.add(e);
        return e;
    }

    /** Takes a repayment, allocated as the class describes; refused on a loan that is not running. */
    public Allocation repay(Vnd money, LocalDate on, Posting p, String documentNo, String note) {
        if (status.isClosed()) throw new FundRefused("amount", "fund.loan.error.closed");
        requireStatus(LoanStatus.ACTIVE, "fund.loan.error.notDisbursed");
        if (on.isBefore(disbursedOn)) throw new FundRefused("date", "fund.loan.error.beforeDisbursement");
        long rest = money.dong();
        long fee = 0;
        long principal = 0;
        List<InstalmentState> states = states(null);
        int inProgress = -1;
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).instalment().dueOn().isAfter(on)) {
                inProgress = i;
                break;
            }
        }
        for (int i = 0; i < states.size() && rest > 0; i++) {
            InstalmentState s = states.get(i);
            boolean takesFee = !s.instalment().dueOn().isAfter(on) || i == inProgress;
            if (takesFee) {
                long f = Math.min(rest, s.instalment().fee().minus(s.feePaid()).dong());
                fee += f;
                rest -= f;
            }
            long pr = Math.min(
                    rest, s.instalment().principal().minus(s.principalPaid()).dong());
            principal += pr;
            rest -= pr;
        }
        if (rest > 0 && product.overpayment() == OverpaymentRule.REFUSE) {
            throw new FundRefused(
                    "amount",
                    "fund.loan.error.overpaid",
                    Vnd.of(money.dong() - rest).format());
        }
        List<Entry> posted = new ArrayList<>();
        if (fee > 0) posted.add(entry(EntryKind.FEE_RECEIVED, on, Vnd.of(fee), p, documentNo, note));
        if (principal > 0) posted.add(entry(EntryKind.PRINCIPAL_REPAID, on, Vnd.of(principal), p, documentNo, note));
        if (rest > 0) posted.add(entry(EntryKind.CREDIT_HELD, on, Vnd.of(rest), p, documentNo, note));
        entries.addAll(posted);
        settle(on);
        return new Allocation(Vnd.of(fee), Vnd.of(principal), Vnd.of(rest), posted);
    }

    /** Pays back the credit held for the borrower. */
    public Entry refundCredit(LocalDate on, Posting p, String note) {
        Vnd credit = creditHeld(null);
        if (credit.dong() <= 0) throw new FundRefused("amount", "fund.loan.error.noCredit");
        Entry e = entry(EntryKind.CREDIT_REFUNDED, on, credit, p, null, note);
        entries.add(e);
        return e;
    }

    /**
     * A new schedule for what is still owed, decided by someone other than the recorder: paid instalments
     * stay as they were (a partly paid one keeps what it received), the principal still owed is spread over
     * {@code newTerm} months from {@code on}, and fees due and unpaid are added to the first new instalment.
     */
    public void reschedule(LocalDate on, int newTerm, String reason, String by, Instant at) {
        requireStatus(LoanStatus.ACTIVE, "fund.loan.error.notActive");
        requireOtherPerson(by, "fund.loan.error.ownDecision");
        requireReason(reason);
        if (newTerm < 1 || newTerm > LoanProduct.MAX_TERM) {
            throw new FundRefused("termMonths", "fund.product.error.terms", LoanProduct.MAX_TERM);
        }
        if (on.isBefore(disbursedOn)) throw new FundRefused("date", "fund.loan.error.beforeDisbursement");
        List<Instalment> kept = new ArrayList<>();
        long unpaidDueFees = 0;
        int next = scheduleNo + 1;
        int seq = 1;
        for (InstalmentState s : states(null)) {
            Instalment i = s.instalment();
            if (!i.dueOn().isAfter(on))
                unpaidDueFees += i.fee().minus(s.feePaid()).dong();
            if (s.feePaid().dong() > 0 || s.principalPaid().dong() > 0) {
                kept.add(new Instalment(next, seq++, i.dueOn(), s.principalPaid(), s.feePaid()));
            }
        }
        Vnd owed = principalOwed(null);
        List<Instalment> fresh;
        if (owed.dong() > 0) {
            fresh = Schedule.spread(product, owed, newTerm, on, Vnd.of(unpaidDueFees), next, seq, 0);
        } else if (unpaidDueFees > 0) {
            fresh = List.of(new Instalment(next, seq, on.plusMonths(1), Vnd.ZERO, Vnd.of(unpaidDueFees)));
        } else {
            throw new FundRefused("termMonths", "fund.loan.error.nothingOwed");
        }
        superseded.addAll(schedule);
        kept.addAll(fresh);
        schedule = List.copyOf(kept);
        scheduleNo = next;
        reschedules.add(new Reschedule(next, on, newTerm, reason.strip(), by, at));
    }

    /** Writes off the principal still owed (unpaid fees are forgiven), decided by someone other than the recorder. */
    public Entry writeOff(LocalDate on, String reason, Posting p) {
        requireStatus(LoanStatus.ACTIVE, "fund.loan.error.notActive");
        requireOtherPerson(p.by(), "fund.loan.error.ownDecision");
        requireReason(reason);
        if (on.isBefore(disbursedOn)) throw new FundRefused("date", "fund.loan.error.beforeDisbursement");
        Vnd owed = principalOwed(null);
        if (owed.dong() <= 0) throw new FundRefused("reason", "fund.loan.error.nothingOwed");
        Entry e = entry(EntryKind.WRITE_OFF, on, owed, p, null, reason.strip());
        entries.add(e);
        status = LoanStatus.WRITTEN_OFF;
        writtenOffOn = on;
        writtenOffBy = p.by();
        writeOffReason = reason.strip();
        return e;
    }

    /**
     * Reverses one posting of this loan (a correction): a repayment, a credit refund, the write-off, or the
     * disbursement (only while nothing has been repaid; the loan goes back to approved). Returns the
     * reversing entries. {@code cash} is the lowest cash of the loan fund from {@code on} on: a reversal that
     * takes out money the fund no longer has (it was lent out since) is refused, and the later entries must be
     * corrected first.
     */
    public List<Entry> reverse(long postingNumber, LocalDate on, String note, Vnd cash, Posting p) {
        Set<Long> reversed = new HashSet<>();
        entries.stream().filter(Entry::isReversal).forEach(e -> reversed.add(e.reverses()));
        List<Entry> originals = entries.stream()
                .filter(e -> e.posting() == postingNumber && !e.isReversal())
                .toList();
        if (originals.isEmpty()) throw new FundRefused("posting", "fund.error.noSuchPosting");
        if (originals.stream().anyMatch(e -> reversed.contains(e.id()))) {
            throw new FundRefused("posting", "fund.error.alreadyReversed");
        }
        if (originals.stream().anyMatch(e -> on.isBefore(e.date()))) {
            throw new FundRefused("date", "fund.error.reversalBeforeEntry");
        }
        long effect = -originals.stream().mapToLong(Entry::cash).sum();
        if (effect < 0 && cash.dong() + effect < 0) {
            throw new FundRefused("posting", "fund.error.reversalCashShort", cash.format());
        }
        EntryKind kind = originals.get(0).kind();
        switch (kind) {
            case DISBURSEMENT -> {
                if (status != LoanStatus.ACTIVE
                        || principalRepaid(null).dong() != 0
                        || feesPaid(null).dong() != 0
                        || creditHeld(null).dong() != 0) {
                    throw new FundRefused("posting", "fund.loan.error.disbursementInUse");
                }
            }
            case WRITE_OFF -> requireStatus(LoanStatus.WRITTEN_OFF, "fund.loan.error.notWrittenOff");
            case FEE_RECEIVED, PRINCIPAL_REPAID, CREDIT_HELD -> {
                if (status == LoanStatus.WRITTEN_OFF) throw new FundRefused("posting", "fund.loan.error.writtenOff");
                long creditAfter = creditHeld(null).dong()
                        - originals.stream()
                                .filter(e -> e.kind() == EntryKind.CREDIT_HELD)
                                .mapToLong(e -> e.amount().dong())
                                .sum();
                if (creditAfter < 0) throw new FundRefused("posting", "fund.loan.error.creditRefunded");
            }
            case CREDIT_REFUNDED -> {}
            default -> throw new FundRefused("posting", "fund.error.notReversible");
        }
        List<Entry> out = originals.stream()
                .map(e -> e.reversal(p.number(), on, note, p.by(), p.at()))
                .toList();
        entries.addAll(out);
        switch (kind) {
            case DISBURSEMENT -> {
                status = LoanStatus.APPROVED;
                disbursedOn = null;
                disbursedBy = null;
                superseded.addAll(schedule);
                schedule = List.of();
            }
            case WRITE_OFF -> {
                status = LoanStatus.ACTIVE;
                writtenOffOn = null;
                writtenOffBy = null;
                writeOffReason = null;
                settle(on);
            }
            default -> settle(on);
        }
        return out;
    }

    // ---- figures as of a date (null: everything posted) ----

    private long sum(EntryKind kind, LocalDate asOf) {
        return entries.stream()
                .filter(e -> e.kind() == kind && (asOf == null || !e.date().isAfter(asOf)))
                .mapToLong(Entry::termAmount)
                .sum();
    }

    /** Principal lent: the disbursement (or the opening balance), net of a reversal. */
    public Vnd lent(LocalDate asOf) {
        return Vnd.of(sum(EntryKind.DISBURSEMENT, asOf) + sum(EntryKind.OPENING_LOAN, asOf));
    }

    public Vnd principalRepaid(LocalDate asOf) {
        return Vnd.of(sum(EntryKind.PRINCIPAL_REPAID, asOf));
    }

    public Vnd feesPaid(LocalDate asOf) {
        return Vnd.of(sum(EntryKind.FEE_RECEIVED, asOf));
    }

    @Override
    public Vnd creditHeld(LocalDate asOf) {
        return Vnd.of(sum(EntryKind.CREDIT_HELD, asOf) - sum(EntryKind.CREDIT_REFUNDED, asOf));
    }

    public Vnd writtenOff(LocalDate asOf) {
        return Vnd.of(sum(EntryKind.WRITE_OFF, asOf));
    }

    /** Principal the borrower still owes (written-off principal is no longer owed). */
    @Override
    public Vnd outstanding(LocalDate asOf) {
        return lent(asOf).minus(principalRepaid(asOf)).minus(writtenOff(asOf));
    }

    private Vnd principalOwed(LocalDate asOf) {
        return lent(asOf).minus(principalRepaid(asOf));
    }

    /** Each instalment of the current schedule with what it has received (from the money received by {@code asOf}). */
    public List<InstalmentState> states(LocalDate asOf) {
        long feePool = feesPaid(asOf).dong();
        long principalPool = principalRepaid(asOf).dong();
        List<InstalmentState> out = new ArrayList<>();
        for (Instalment i : schedule) {
            long f = Math.max(0, Math.min(feePool, i.fee().dong()));
            long pr = Math.max(0, Math.min(principalPool, i.principal().dong()));
            feePool -= f;
            principalPool -= pr;
            out.add(new InstalmentState(i, Vnd.of(f), Vnd.of(pr)));
        }
        return out;
    }

    /** Days since the oldest instalment due by {@code asOf} and not covered by then; 0 when none or closed. */
    public long daysOverdue(LocalDate asOf) {
        if (status != LoanStatus.ACTIVE || disbursedOn == null || asOf.isBefore(disbursedOn)) return 0;
        for (InstalmentState s : states(asOf)) {
            if (s.instalment().dueOn().isAfter(asOf)) return 0;
            if (!s.paid()) return ChronoUnit.DAYS.between(s.instalment().dueOn(), asOf);
        }
        return 0;
    }

    public OverdueBucket bucket(LocalDate asOf) {
        return OverdueBucket.of(daysOverdue(asOf));
    }

    /** What is due by {@code asOf} and not yet paid (fee and principal). */
    public Vnd arrears(LocalDate asOf) {
        if (status != LoanStatus.ACTIVE) return Vnd.ZERO;
        return states(asOf).stream()
                .filter(s -> !s.instalment().dueOn().isAfter(asOf))
                .map(InstalmentState::due)
                .reduce(Vnd.ZERO, Vnd::plus);
    }

    /**
     * What to collect from the borrower on {@code today}: what is due by then and unpaid, or, when nothing is
     * late, the unpaid part of the next instalment; zero for a loan not running. The repayment form starts
     * with it.
     */
    public Vnd toCollect(LocalDate today) {
        if (status != LoanStatus.ACTIVE) return Vnd.ZERO;
        Vnd late = arrears(today);
        if (late.dong() > 0) return late;
        return states(today).stream()
                .filter(s -> !s.paid())
                .findFirst()
                .map(InstalmentState::due)
                .orElse(Vnd.ZERO);
    }

    /** Whether every instalment due by {@code asOf} was paid in full by then (the on-time test). */
    public boolean onTime(LocalDate asOf) {
        return daysOverdue(asOf) == 0;
    }

    // ---- helpers ----

    private void settle(LocalDate on) {
        if (status != LoanStatus.ACTIVE && status != LoanStatus.REPAID) return;
        boolean feesDone = states(null).stream()
                .filter(s -> !s.instalment().dueOn().isAfter(on))
                .allMatch(s -> s.feePaid().equals(s.instalment().fee()));
        status = principalOwed(null).dong() == 0 && feesDone ? LoanStatus.REPAID : LoanStatus.ACTIVE;
    }

    private Entry entry(EntryKind kind, LocalDate on, Vnd money, Posting p, String doc, String note) {
        return new Entry(null, clubId, kind, on, money, id, null, p.number(), null, null, doc, note, p.by(), p.at());
    }

    private void requireStatus(LoanStatus wanted, String key) {
        if (status != wanted) throw new FundRefused("status", key);
    }

    private void requireOtherPerson(String by, String key) {
        if (by == null || by.equals(recordedBy)) throw new FundRefused("by", key);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) throw new FundRefused("reason", "fund.loan.error.reasonRequired");
    }

    /** Gives the loan its id once stored; entries made before get it from the repository. */
    public void identify(long id) {
        this.id = id;
        entries.replaceAll(e -> e.loanId() == null ? e.forLoan(id) : e);
    }

    /** The posted entries, replaced by their stored versions (with ids) once saved. */
    public void replaceEntry(Entry unsaved, Entry saved) {
        int i = entries.indexOf(unsaved);
        if (i >= 0) entries.set(i, saved);
    }

    @Override
    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public long personId() {
        return personId;
    }

    public LoanProduct product() {
        return product;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Vnd amount() {
        return amount;
    }

    public int termMonths() {
        return termMonths;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public boolean opening() {
        return opening;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public LoanStatus status() {
        return status;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public LocalDate disbursedOn() {
        return disbursedOn;
    }

    public String disbursedBy() {
        return disbursedBy;
    }

    public LocalDate writtenOffOn() {
        return writtenOffOn;
    }

    public String writtenOffBy() {
        return writtenOffBy;
    }

    public String writeOffReason() {
        return writeOffReason;
    }

    public int scheduleNo() {
        return scheduleNo;
    }

    public List<Instalment> schedule() {
        return schedule;
    }

    public List<Instalment> superseded() {
        return List.copyOf(superseded);
    }

    public List<Reschedule> reschedules() {
        return List.copyOf(reschedules);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public int version() {
        return version;
    }
}
