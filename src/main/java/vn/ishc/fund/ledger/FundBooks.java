package vn.ishc.fund.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.Vnd;

/**
 * The ledger table (the storage alone; the rules every operation shares are {@link FundRules}): entries are only ever inserted (there is no update or delete of an entry anywhere).
 * Every write of a club's funds first {@linkplain #lock locks} the club's fund account row, so one club's
 * postings are serialised on H2 and PostgreSQL alike and each sees the balances the previous one left.
 */
@Repository
public class FundBooks {
    private final MonthLocks monthLocks;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FundBooks(MonthLocks monthLocks, JdbcClient jdbc, JdbcTemplate batch) {
        this.monthLocks = monthLocks;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Locks the club's fund account for the rest of the transaction (creating it on first use). */
    public void lock(long clubId) {
        monthLocks.hold(clubId);
        jdbc.sql("insert into fund_account (club_id) values (:club) on conflict do nothing")
                .param("club", clubId)
                .update();
        jdbc.sql("select club_id from fund_account where club_id = :club for update")
                .param("club", clubId)
                .query(Long.class)
                .single();
    }

    /** The clubs that have a fund account or entries. */
    public java.util.Set<Long> clubsWithBooks() {
        return new java.util.HashSet<>(jdbc.sql("select club_id from fund_account union select club_id from fund_entry")
                .query(Long.class)
                .list());
    }

    /** The next posting number (see {@link FundRules#posting()}). */
    public long nextPostingNumber() {
        return jdbc.sql("select nextval('fund_posting_seq')").query(Long.class).single();
    }

    /**
     * Inserts many entries in batches, without reading their ids back: for loading a book at once (the
     * demo data). An operation posts through {@link #post}.
     */
    public void postAll(Collection<Entry> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(new Object[] {
                e.clubId(),
                e.fund().name(),
                e.kind().name(),
                e.date(),
                e.amount().dong(),
                e.loanId(),
                e.reverses(),
                e.posting(),
                e.source() == null ? null : e.source().name(),
                blankToNull(e.counterpart()),
                blankToNull(e.documentNo()),
                blankToNull(e.note()),
                e.recordedBy(),
                Timestamp.from(e.recordedAt())
            });
        }
        batch.batchUpdate(
                "insert into fund_entry (club_id, fund, kind, entry_date, amount, loan_id, reverses_id, posting, source,"
                        + " counterpart, document_no, note, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * Refuses ({@code shared.MonthLocked}) entries dated in a locked club-month: every operation's entries
     * pass here ({@link #post}; {@link #postAll} for an operation's batch too), whatever wrote them.
     */
    public void ensureOpen(Collection<Entry> entries) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Entry e : entries)
            if (seen.add(e.clubId() + ":" + java.time.YearMonth.from(e.date())))
                monthLocks.ensureOpen(e.clubId(), e.date());
    }

    /** Moves the posting numbers on past {@code last}, after a bulk load that numbered its own postings. */
    public void postingsUsedUpTo(long last) {
        batch.execute("alter sequence fund_posting_seq restart with " + (last + 1));
    }

    /** Inserts the entries; returns them with their ids. */
    public List<Entry> post(Collection<Entry> entries) {
        ensureOpen(entries);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into fund_entry (club_id, fund, kind, entry_date, amount, loan_id, reverses_id, posting,
                      source, counterpart, document_no, note, recorded_by, recorded_at)
                    values (:club, :fund, :kind, :date, :amount, :loan, :reverses, :posting, :source, :counterpart,
                      :doc, :note, :by, :at)""")
                    .param("club", e.clubId())
                    .param("fund", e.fund().name())
                    .param("kind", e.kind().name())
                    .param("date", e.date())
                    .param("amount", e.amount().dong())
                    .param("loan", e.loanId())
                    .param("reverses", e.reverses())
                    .param("posting", e.posting())
                    .param("source", e.source() == null ? null : e.source().name())
                    .param("counterpart", blankToNull(e.counterpart()))
                    .param("doc", blankToNull(e.documentNo()))
                    .param("note", blankToNull(e.note()))
                    .param("by", e.recordedBy())
                    .param("at", Timestamp.from(e.recordedAt()))
                    .update(key, "id");
            out.add(e.withIds(key.getKeyAs(Number.class).longValue()));
        }
        return out;
    }

    static final String SELECT = "select id, club_id, kind, entry_date, amount, loan_id, reverses_id, posting, source,"
            + " counterpart, document_no, note, recorded_by, recorded_at from fund_entry";

    /** Every entry of a club, in posting order. */
    public List<Entry> entries(long clubId) {
        return jdbc.sql(SELECT + " where club_id = :club order by entry_date, id")
                .param("club", clubId)
                .query(FundBooks::entry)
                .list();
    }

    /** Every entry of these clubs, in posting order (for lists over many clubs: one query). */
    public List<Entry> entriesOfClubs(Collection<Long> clubIds) {
        if (clubIds.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where club_id in (:clubs) order by entry_date, id")
                .param("clubs", clubIds)
                .query(FundBooks::entry)
                .list();
    }

    public List<Entry> entriesOfLoans(Collection<Long> loanIds) {
        if (loanIds.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where loan_id in (:ids) order by id")
                .param("ids", loanIds)
                .query(FundBooks::entry)
                .list();
    }

    public List<Entry> posting(long clubId, long posting) {
        return jdbc.sql(SELECT + " where club_id = :club and posting = :posting order by id")
                .param("club", clubId)
                .param("posting", posting)
                .query(FundBooks::entry)
                .list();
    }

    /** An entry with the borrower of its loan (null when it is not a loan's). */
    public record WithBorrower(Entry entry, Long borrowerId) {}

    /**
     * The club's entries of the given kinds that stand (neither a reversal nor reversed), in posting order,
     * each with its loan's borrower.
     */
    public List<WithBorrower> standing(long clubId, Collection<EntryKind> kinds) {
        // The club's few reversals first: a correlated "not exists" costs more than the whole list.
        java.util.Set<Long> reversed = new java.util.HashSet<>(
                jdbc.sql("select reverses_id from fund_entry where club_id = :club and reverses_id is not null")
                        .param("club", clubId)
                        .query(Long.class)
                        .list());
        return jdbc
                .sql("""
                        select e.id, e.club_id, e.kind, e.entry_date, e.amount, e.loan_id, e.reverses_id, e.posting,
                            e.source, e.counterpart, e.document_no, e.note, e.recorded_by, e.recorded_at,
                            l.person_id as borrower
                        from fund_entry e
                        left join fund_loan l on l.id = e.loan_id
                        where e.club_id = :club and e.kind in (:kinds) and e.reverses_id is null
                        order by e.posting, e.id""")
                .param("club", clubId)
                .param("kinds", kinds.stream().map(EntryKind::name).toList())
                .query((rs, n) -> new WithBorrower(entry(rs, n), (Long) rs.getObject("borrower", Long.class)))
                .list()
                .stream()
                .filter(w -> !reversed.contains(w.entry().id()))
                .toList();
    }

    public static Entry entry(ResultSet rs, int n) throws SQLException {
        String source = rs.getString("source");
        return new Entry(
                rs.getLong("id"),
                rs.getLong("club_id"),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("entry_date", LocalDate.class),
                Vnd.of(rs.getLong("amount")),
                (Long) rs.getObject("loan_id", Long.class),
                (Long) rs.getObject("reverses_id", Long.class),
                rs.getLong("posting"),
                source == null ? null : FundingSource.valueOf(source),
                rs.getString("counterpart"),
                rs.getString("document_no"),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
