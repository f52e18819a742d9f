package vn.ishc.fund.cashbook;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundEvents;
import vn.ishc.fund.cashbook.CashBookCommands.ApproveExpense;
import vn.ishc.fund.cashbook.CashBookCommands.ContributeCapital;
import vn.ishc.fund.cashbook.CashBookCommands.Receipt;
import vn.ishc.fund.cashbook.CashBookCommands.ReceiveAll;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookCommands.ReversePosting;
import vn.ishc.fund.cashbook.CashBookCommands.TransferFees;
import vn.ishc.fund.ledger.Balances;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.ledger.Invariants;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.fund.ledger.Term;
import vn.ishc.fund.loan.Loans;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.Vnd;

/**
 * The activity fund cash book and the loan fund's capital and transfers. Every write locks the club's
 * fund account first (see {@link FundBooks#lock}). Money may only go out of a fund if the fund still has it
 * on that day and every later day. An expense that would make the activity fund negative is not posted: it
 * waits as a request until a board member other than the one who entered it approves it.
 */
@Service
public class CashBookService {
    private final MonthLocks monthLocks;
    private final FundBooks books;
    private final FundAccess access;
    private final Loans loans;
    private final JdbcClient jdbc;
    private final FundRules rules;
    private final ApplicationEventPublisher events;

    CashBookService(
            MonthLocks monthLocks,
            FundBooks books,
            FundAccess access,
            Loans loans,
            JdbcClient jdbc,
            FundRules rules,
            ApplicationEventPublisher events) {
        this.monthLocks = monthLocks;
        this.books = books;
        this.access = access;
        this.loans = loans;
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
    }

    /** The outcome of recording a cash-book entry: posted, or waiting for a second approver. */
    public record Recorded(List<Entry> posted, Long pendingRequest) {
        public boolean pending() {
            return pendingRequest != null;
        }
    }

    /** An expense waiting for a second approver. */
    public record PendingExpense(
            long id,
            EntryKind kind,
            LocalDate date,
            Vnd amount,
            String counterpart,
            String documentNo,
            String note,
            String requestedBy) {}

    // ---- reads ----

    @Transactional(readOnly = true)
    public List<Entry> entries(long clubId) {
        access.readable(clubId);
        return books.entries(clubId);
    }

    /** Both sides of the fund equations on a date, from the ledger and the loans. */
    @Transactional(readOnly = true)
    public Invariants.Check check(long clubId, LocalDate asOf) {
        access.readable(clubId);
        return Invariants.check(books.entries(clubId), loans.ofClub(clubId), asOf);
    }

    @Transactional(readOnly = true)
    public List<PendingExpense> pending(long clubId) {
        access.readable(clubId);
        return jdbc.sql("select * from fund_expense_request where club_id = :club and status = 'PENDING' order by id")
                .param("club", clubId)
                .query((ResultSet rs, int n) -> new PendingExpense(
                        rs.getLong("id"),
                        EntryKind.valueOf(rs.getString("kind")),
                        rs.getObject("entry_date", LocalDate.class),
                        Vnd.of(rs.getLong("amount")),
                        rs.getString("counterpart"),
                        rs.getString("document_no"),
                        rs.getString("note"),
                        rs.getString("requested_by")))
                .list();
    }

    // ---- writes ----

    @Transactional
    public List<Entry> contribute(ContributeCapital c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        rules.requireDate(club, c.on(), "date");
        rules.requireAmount(c.amount(), "amount");
        if (c.source() == null) throw new FundRefused("source", "validation.required");
        Posting p = rules.posting();
        return posted(
                club,
                books.post(List.of(new Entry(
                        null,
                        club.id(),
                        EntryKind.CAPITAL,
                        c.on(),
                        c.amount(),
                        null,
                        null,
                        p.number(),
                        c.source(),
                        c.counterpart(),
                        c.documentNo(),
                        c.note(),
                        p.by(),
                        p.at()))));
    }

    /** A receipt or expense of the activity fund (only the kinds a treasurer enters by hand). */
    @Transactional
    public Recorded record(RecordCashEntry c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        rules.requireDate(club, c.on(), "date");
        rules.requireAmount(c.amount(), "amount");
        if (c.kind() == null || !c.kind().isCashBookEntry()) throw new FundRefused("kind", "validation.required");
        Posting p = rules.posting();
        Entry e = new Entry(
                null,
                club.id(),
                c.kind(),
                c.on(),
                c.amount(),
                null,
                null,
                p.number(),
                null,
                c.counterpart(),
                c.documentNo(),
                c.note(),
                p.by(),
                p.at());
        if (c.kind().isExpense()
                && Balances.lowestFrom(books.entries(club.id()), Fund.ACTIVITY_FUND, c.on())
                        < c.amount().dong()) {
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into fund_expense_request (club_id, kind, entry_date, amount, counterpart, document_no, note,
                      requested_by, requested_at, status)
                    values (:club, :kind, :date, :amount, :counterpart, :doc, :note, :by, :at, 'PENDING')""")
                    .param("club", club.id())
                    .param("kind", c.kind().name())
                    .param("date", c.on())
                    .param("amount", c.amount().dong())
                    .param("counterpart", c.counterpart())
                    .param("doc", c.documentNo())
                    .param("note", c.note())
                    .param("by", p.by())
                    .param("at", Timestamp.from(p.at()))
                    .update(key, "id");
            long request = key.getKeyAs(Number.class).longValue();
            events.publishEvent(new FundEvents.ExpenseRequested(
                    club.id(), club.unitId(), request, c.kind().name(), c.amount(), c.on()));
            return new Recorded(List.of(), request);
        }
        return new Recorded(posted(club, books.post(List.of(e))), null);
    }

    /**
     * Receipts of one document posted together (a meeting sheet's fees and contributions): the club's
     * access checked and its books locked once, every receipt checked as {@link #record} and {@link
     * #contribute} check one, one posting for them all, inserted in one batch, one event per kind. A refused
     * receipt is a {@link ReceiptRefused} naming its index; nothing is posted then.
     */
    @Transactional
    public long receiveAll(ReceiveAll c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        Posting p = null;
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < c.receipts().size(); i++) {
            Receipt r = c.receipts().get(i);
            try {
                rules.requireDate(club, r.on(), "date");
                rules.requireAmount(r.amount(), "amount");
                boolean capital = r.kind() == EntryKind.CAPITAL;
                if (r.kind() == null
                        || !(capital || (r.kind().isCashBookEntry() && r.kind().isReceipt())))
                    throw new FundRefused("kind", "validation.required");
                if (capital && r.source() == null) throw new FundRefused("source", "validation.required");
            } catch (FundRefused e) {
                throw new ReceiptRefused(i, e);
            }
            if (p == null) p = rules.posting();
            entries.add(new Entry(
                    null,
                    club.id(),
                    r.kind(),
                    r.on(),
                    r.amount(),
                    null,
                    null,
                    p.number(),
                    r.kind() == EntryKind.CAPITAL ? r.source() : null,
                    r.counterpart(),
                    r.documentNo(),
                    r.note(),
                    p.by(),
                    p.at()));
        }
        if (p == null) return 0;
        books.ensureOpen(entries);
        books.postAll(entries);
        java.util.Map<EntryKind, Long> byKind = new java.util.LinkedHashMap<>();
        entries.forEach(e -> byKind.merge(e.kind(), e.amount().dong(), Long::sum));
        LocalDate on = entries.get(0).date();
        long posting = p.number();
        byKind.forEach((kind, total) -> events.publishEvent(
                new FundEvents.FundEntriesPosted(club.id(), club.unitId(), kind.name(), Vnd.of(total), on, posting)));
        return posting;
    }

    /** A receipt of {@link #receiveAll} refused: its index and the reason. */
    public static class ReceiptRefused extends FundRefused {
        private final int index;

        ReceiptRefused(int index, FundRefused cause) {
            super(cause.field(), cause.messageKey(), cause.args());
            this.index = index;
            initCause(cause);
        }

        public int index() {
            return index;
        }
    }

    /** A second board member approves an expense that takes the activity fund below zero; it is posted. */
    @Transactional
    public List<Entry> approve(ApproveExpense c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        PendingExpense x = pending(club.id()).stream()
                .filter(r -> r.id() == c.requestId())
                .findFirst()
                .orElseThrow(() -> new FundRefused("request", "fund.cash.error.noRequest"));
        Posting p = rules.posting();
        if (p.by().equals(x.requestedBy())) throw new FundRefused("request", "fund.cash.error.ownExpense");
        List<Entry> posted = books.post(List.of(new Entry(
                null,
                club.id(),
                x.kind(),
                x.date(),
                x.amount(),
                null,
                null,
                p.number(),
                null,
                x.counterpart(),
                x.documentNo(),
                x.note() == null ? "" : x.note(),
                x.requestedBy(),
                p.at())));
        jdbc.sql("update fund_expense_request set status = 'APPROVED', decided_by = :by, decided_at = :at,"
                        + " posting = :posting where id = :id and status = 'PENDING'")
                .param("by", p.by())
                .param("at", Timestamp.from(p.at()))
                .param("posting", p.number())
                .param("id", x.id())
                .update();
        return posted(club, posted);
    }

    /**
     * Withdraws an expense request: still waiting, it is marked withdrawn (and can no longer be approved) and
     * nothing is returned; approved since, the posting it made is returned for the caller to reverse.
     */
    @Transactional
    public java.util.Optional<Long> withdraw(long clubId, long requestId, LocalDate on, String reason) {
        ClubView club = access.writable(clubId);
        books.lock(club.id());
        if (reason == null || reason.isBlank()) throw new FundRefused("reason", "fund.error.reversalReason");
        var row = jdbc.sql("select status, posting from fund_expense_request where id = :id and club_id = :club")
                .param("id", requestId)
                .param("club", club.id())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2)})
                .optional()
                .orElseThrow(() -> new FundRefused("request", "fund.cash.error.noRequest"));
        if ("APPROVED".equals(row[0])) return java.util.Optional.of((Long) row[1]);
        if (!"PENDING".equals(row[0])) throw new FundRefused("request", "fund.cash.error.noRequest");
        Posting p = rules.posting();
        jdbc.sql("update fund_expense_request set status = 'WITHDRAWN', decided_by = :by, decided_at = :at"
                        + " where id = :id and status = 'PENDING'")
                .param("by", p.by())
                .param("at", Timestamp.from(p.at()))
                .param("id", requestId)
                .update();
        events.publishEvent(new FundEvents.ExpenseWithdrawn(club.id(), club.unitId(), requestId, on, reason.strip()));
        return java.util.Optional.empty();
    }

    /**
     * Passes fees and interest from the loan fund to the activity fund: one posting with both sides. At most
     * the income not yet passed on, and at most the cash the loan fund has from that day on.
     */
    @Transactional
    public List<Entry> transfer(TransferFees c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        rules.requireDate(club, c.on(), "date");
        rules.requireAmount(c.amount(), "amount");
        List<Entry> all = books.entries(club.id());
        long income = 0, transferred = 0;
        for (Entry e : all) {
            if (e.date().isAfter(c.on())) continue;
            if (e.kind().term() == Term.INCOME) income += e.termAmount();
            if (e.kind().term() == Term.TRANSFER) transferred += e.termAmount();
        }
        long available = Math.min(income - transferred, Balances.lowestFrom(all, Fund.LOAN_FUND, c.on()));
        if (c.amount().dong() > available) {
            throw new FundRefused(
                    "amount",
                    "fund.transfer.error.tooMuch",
                    Vnd.of(Math.max(0, available)).format());
        }
        Posting p = rules.posting();
        return posted(
                club,
                books.post(List.of(
                        new Entry(
                                null,
                                club.id(),
                                EntryKind.TRANSFER_TO_ACTIVITY,
                                c.on(),
                                c.amount(),
                                null,
                                null,
                                p.number(),
                                null,
                                null,
                                c.documentNo(),
                                c.note(),
                                p.by(),
                                p.at()),
                        new Entry(
                                null,
                                club.id(),
                                EntryKind.INTEREST_SHARE,
                                c.on(),
                                c.amount(),
                                null,
                                null,
                                p.number(),
                                null,
                                null,
                                c.documentNo(),
                                c.note(),
                                p.by(),
                                p.at()))));
    }

    /**
     * Corrects a posting that is not a loan's (capital, cash-book entry, transfer) by posting its reversal.
     * Refused when it would take out money a fund no longer has from that day on.
     */
    @Transactional
    public List<Entry> reverse(ReversePosting c) {
        ClubView club = access.writable(c.clubId());
        books.lock(club.id());
        rules.requireDate(club, c.on(), "date");
        if (c.note() == null || c.note().isBlank()) throw new FundRefused("note", "fund.error.reversalReason");
        List<Entry> all = books.entries(club.id());
        List<Entry> originals = books.posting(club.id(), c.posting()).stream()
                .filter(e -> !e.isReversal())
                .toList();
        if (originals.isEmpty()) throw new FundRefused("posting", "fund.error.noSuchPosting");
        if (originals.stream().anyMatch(e -> e.loanId() != null))
            throw new FundRefused("posting", "fund.error.loanPosting");
        if (originals.stream().anyMatch(e -> e.kind().name().startsWith("OPENING"))) {
            throw new FundRefused("posting", "fund.error.notReversible");
        }
        if (all.stream()
                .anyMatch(e -> e.isReversal() && originals.stream().anyMatch(o -> o.id().equals(e.reverses())))) {
            throw new FundRefused("posting", "fund.error.alreadyReversed");
        }
        if (originals.stream().anyMatch(e -> c.on().isBefore(e.date()))) {
            throw new FundRefused("date", "fund.error.reversalBeforeEntry");
        }
        for (Fund fund : Fund.values()) {
            long effect = -originals.stream()
                    .filter(e -> e.fund() == fund)
                    .mapToLong(Entry::cash)
                    .sum();
            long lowest = Balances.lowestFrom(all, fund, c.on());
            if (effect < 0 && lowest + effect < 0) {
                throw new FundRefused(
                        "posting",
                        "fund.error.reversalCashShort",
                        Vnd.of(lowest).format());
            }
        }
        Posting p = rules.posting();
        List<Entry> out = new ArrayList<>();
        for (Entry e : originals)
            out.add(e.reversal(p.number(), c.on(), c.note().strip(), p.by(), p.at()));
        List<Entry> reversal = books.post(out);
        events.publishEvent(new FundEvents.PostingReversed(
                club.id(), club.unitId(), c.posting(), c.on(), c.note().strip(), p.number()));
        return reversal;
    }

    /** Publishes what was posted (one posting: its first entry's kind, the total, the date) and returns it. */
    private List<Entry> posted(ClubView club, List<Entry> entries) {
        if (entries.isEmpty()) return entries;
        Entry first = entries.get(0);
        events.publishEvent(new FundEvents.FundEntriesPosted(
                first.clubId(), club.unitId(), first.kind().name(), first.amount(), first.date(), first.posting()));
        return entries;
    }
}
