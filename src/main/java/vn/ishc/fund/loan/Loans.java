package vn.ishc.fund.loan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.shared.Vnd;

/** Loans and loan products, stored with JdbcClient; a loan is loaded whole (schedules, reschedules, entries). */
@Repository
public class Loans {
    private final JdbcClient jdbc;
    private final FundBooks books;
    private final JdbcTemplate batch;

    Loans(JdbcClient jdbc, FundBooks books, JdbcTemplate batch) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.books = books;
    }

    // ---- products ----

    private static final String PRODUCT = "select * from fund_loan_product";

    private static LoanProduct product(ResultSet rs, int n) throws SQLException {
        return new LoanProduct(
                rs.getLong("id"),
                rs.getLong("club_id"),
                rs.getInt("version_no"),
                FeeMethod.valueOf(rs.getString("fee_method")),
                rs.getInt("rate_bp"),
                Arrays.stream(rs.getString("terms").split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList(),
                Vnd.of(rs.getLong("max_amount")),
                Frequency.valueOf(rs.getString("frequency")),
                rs.getInt("grace_months"),
                OverpaymentRule.valueOf(rs.getString("overpayment")),
                rs.getObject("adopted_on", LocalDate.class));
    }

    public Optional<LoanProduct> currentProduct(long clubId) {
        return jdbc.sql(PRODUCT + " where club_id = :club order by version_no desc limit 1")
                .param("club", clubId)
                .query(Loans::product)
                .optional();
    }

    public List<LoanProduct> products(long clubId) {
        return jdbc.sql(PRODUCT + " where club_id = :club order by version_no desc")
                .param("club", clubId)
                .query(Loans::product)
                .list();
    }

    public LoanProduct addProduct(LoanProduct p, String by, Instant at) {
        int next = currentProduct(p.clubId()).map(LoanProduct::versionNo).orElse(0) + 1;
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into fund_loan_product (club_id, version_no, fee_method, rate_bp, terms, max_amount, frequency,
                  grace_months, overpayment, adopted_on, recorded_by, recorded_at)
                values (:club, :v, :method, :rate, :terms, :max, :freq, :grace, :over, :adopted, :by, :at)""")
                .param("club", p.clubId())
                .param("v", next)
                .param("method", p.feeMethod().name())
                .param("rate", p.rateBasisPoints())
                .param(
                        "terms",
                        p.terms().stream()
                                .sorted()
                                .distinct()
                                .map(String::valueOf)
                                .collect(Collectors.joining(",")))
                .param("max", p.maxAmount().dong())
                .param("freq", p.frequency().name())
                .param("grace", p.graceMonths())
                .param("over", p.overpayment().name())
                .param("adopted", p.adoptedOn())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        return jdbc.sql(PRODUCT + " where id = :id")
                .param("id", id)
                .query(Loans::product)
                .single();
    }

    // ---- loans ----

    /** Locks the loan row for the rest of the transaction. */
    public void lock(long loanId) {
        jdbc.sql("select id from fund_loan where id = :id for update")
                .param("id", loanId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new LoanNotFound(loanId));
    }

    /** The club a loan belongs to, if the loan exists. */
    public Optional<Long> clubOf(long loanId) {
        return jdbc.sql("select club_id from fund_loan where id = :id")
                .param("id", loanId)
                .query(Long.class)
                .optional();
    }

    public Loan get(long loanId) {
        List<Loan> list = load("l.id = :id", Map.of("id", loanId));
        if (list.isEmpty()) throw new LoanNotFound(loanId);
        return list.get(0);
    }

    public List<Loan> ofClub(long clubId) {
        return load("l.club_id = :club", Map.of("club", clubId));
    }

    /** The loans of these clubs (for lists over many clubs: a handful of queries, not a handful per club). */
    public List<Loan> ofClubs(java.util.Collection<Long> clubIds) {
        if (clubIds.isEmpty()) return List.of();
        return load("l.club_id in (:clubs)", Map.of("clubs", clubIds));
    }

    public List<Loan> ofPerson(long personId, long clubId) {
        return load("l.person_id = :person and l.club_id = :club", Map.of("person", personId, "club", clubId));
    }

    private List<Loan> load(String where, Map<String, Object> params) {
        Map<Long, Loan> loans = new LinkedHashMap<>();
        Map<Long, Object[]> state = new HashMap<>();
        // The products these loans were made under, once each (a club has a handful of versions).
        Map<Long, LoanProduct> products = new HashMap<>();
        jdbc.sql(PRODUCT + " where id in (select l.product_id from fund_loan l where " + where + ")")
                .params(params)
                .query(Loans::product)
                .list()
                .forEach(p -> products.put(p.id(), p));
        jdbc.sql("select l.* from fund_loan l where " + where + " order by l.applied_on desc, l.id desc")
                .params(params)
                .query((ResultSet rs) -> {
                    LoanProduct product = products.get(rs.getLong("product_id"));
                    Loan loan = new Loan(
                            rs.getLong("id"),
                            rs.getLong("club_id"),
                            rs.getLong("person_id"),
                            product,
                            Purpose.valueOf(rs.getString("purpose")),
                            Vnd.of(rs.getLong("amount")),
                            rs.getInt("term_months"),
                            rs.getObject("applied_on", LocalDate.class),
                            rs.getBoolean("opening"),
                            rs.getString("recorded_by"),
                            rs.getTimestamp("recorded_at").toInstant());
                    loans.put(loan.id(), loan);
                    state.put(loan.id(), new Object[] {
                        LoanStatus.valueOf(rs.getString("status")),
                        rs.getString("approved_by"),
                        rs.getObject("approved_on", LocalDate.class),
                        instant(rs.getTimestamp("approved_at")),
                        rs.getObject("disbursed_on", LocalDate.class),
                        rs.getString("disbursed_by"),
                        rs.getObject("written_off_on", LocalDate.class),
                        rs.getString("written_off_by"),
                        rs.getString("write_off_reason"),
                        rs.getInt("version")
                    });
                });
        if (loans.isEmpty()) return List.of();
        Map<Long, List<Instalment>> instalments = new HashMap<>();
        jdbc.sql("select * from fund_instalment where loan_id in (:ids) order by loan_id, schedule_no, seq")
                .param("ids", loans.keySet())
                .query((ResultSet rs) -> {
                    instalments
                            .computeIfAbsent(rs.getLong("loan_id"), k -> new ArrayList<>())
                            .add(new Instalment(
                                    rs.getInt("schedule_no"),
                                    rs.getInt("seq"),
                                    rs.getObject("due_on", LocalDate.class),
                                    Vnd.of(rs.getLong("principal")),
                                    Vnd.of(rs.getLong("fee"))));
                });
        Map<Long, List<Loan.Reschedule>> reschedules = new HashMap<>();
        jdbc.sql("select * from fund_reschedule where loan_id in (:ids) order by loan_id, schedule_no")
                .param("ids", loans.keySet())
                .query((ResultSet rs) -> {
                    reschedules
                            .computeIfAbsent(rs.getLong("loan_id"), k -> new ArrayList<>())
                            .add(new Loan.Reschedule(
                                    rs.getInt("schedule_no"),
                                    rs.getObject("decided_on", LocalDate.class),
                                    rs.getInt("term_months"),
                                    rs.getString("reason"),
                                    rs.getString("decided_by"),
                                    rs.getTimestamp("decided_at").toInstant()));
                });
        Map<Long, List<Entry>> entries = new HashMap<>();
        for (Entry e : books.entriesOfLoans(loans.keySet())) {
            entries.computeIfAbsent(e.loanId(), k -> new ArrayList<>()).add(e);
        }
        for (Loan loan : loans.values()) {
            Object[] s = state.get(loan.id());
            loan.restore(
                    (LoanStatus) s[0],
                    (String) s[1],
                    (LocalDate) s[2],
                    (Instant) s[3],
                    (LocalDate) s[4],
                    (String) s[5],
                    (LocalDate) s[6],
                    (String) s[7],
                    (String) s[8],
                    (Integer) s[9],
                    instalments.getOrDefault(loan.id(), List.of()),
                    reschedules.getOrDefault(loan.id(), List.of()),
                    entries.getOrDefault(loan.id(), List.of()));
        }
        return new ArrayList<>(loans.values());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * Inserts loans already decided (their whole life so far: status, schedule, entries) in batches, and
     * gives each its id: for loading a club's book at once (the demo data). An operation inserts through
     * {@link #insert} and {@link #update}.
     */
    public void insertAll(List<Loan> made) {
        List<Object[]> instalments = new ArrayList<>();
        List<Object[]> reschedules = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Loan l : made) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into fund_loan (club_id, person_id, product_id, purpose, amount, term_months, applied_on,
                      opening, status, recorded_by, recorded_at, approved_by, approved_on, approved_at, disbursed_on,
                      disbursed_by, written_off_on, written_off_by, write_off_reason)
                    values (:club, :person, :product, :purpose, :amount, :term, :applied, :opening, :status, :by, :at,
                      :approvedBy, :approvedOn, :approvedAt, :disbursedOn, :disbursedBy, :woOn, :woBy, :woReason)""")
                    .param("club", l.clubId())
                    .param("person", l.personId())
                    .param("product", l.product().id())
                    .param("purpose", l.purpose().name())
                    .param("amount", l.amount().dong())
                    .param("term", l.termMonths())
                    .param("applied", l.appliedOn())
                    .param("opening", l.opening())
                    .param("status", l.status().name())
                    .param("by", l.recordedBy())
                    .param("at", Timestamp.from(l.recordedAt()))
                    .param("approvedBy", l.approvedBy())
                    .param("approvedOn", l.approvedOn())
                    .param("approvedAt", l.approvedAt() == null ? null : Timestamp.from(l.approvedAt()))
                    .param("disbursedOn", l.disbursedOn())
                    .param("disbursedBy", l.disbursedBy())
                    .param("woOn", l.writtenOffOn())
                    .param("woBy", l.writtenOffBy())
                    .param("woReason", l.writeOffReason())
                    .update(key, "id");
            l.identify(key.getKeyAs(Number.class).longValue());
            for (Instalment i : l.schedule()) {
                instalments.add(new Object[] {
                    l.id(),
                    i.scheduleNo(),
                    i.seq(),
                    i.dueOn(),
                    i.principal().dong(),
                    i.fee().dong()
                });
            }
            for (Loan.Reschedule r : l.reschedules()) {
                reschedules.add(new Object[] {
                    l.id(), r.scheduleNo(), r.on(), r.termMonths(), r.reason(), r.by(), Timestamp.from(r.at())
                });
            }
            entries.addAll(l.entries());
        }
        batch.batchUpdate(
                "insert into fund_instalment (loan_id, schedule_no, seq, due_on, principal, fee) values (?, ?, ?, ?, ?, ?)",
                instalments);
        batch.batchUpdate(
                "insert into fund_reschedule (loan_id, schedule_no, decided_on, term_months, reason, decided_by,"
                        + " decided_at) values (?, ?, ?, ?, ?, ?, ?)",
                reschedules);
        books.postAll(entries);
    }

    /** Inserts a new loan (application or opening loan) and gives it its id. */
    public void insert(Loan loan) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into fund_loan (club_id, person_id, product_id, purpose, amount, term_months, applied_on, opening,
                  status, recorded_by, recorded_at)
                values (:club, :person, :product, :purpose, :amount, :term, :applied, :opening, :status, :by, :at)""")
                .param("club", loan.clubId())
                .param("person", loan.personId())
                .param("product", loan.product().id())
                .param("purpose", loan.purpose().name())
                .param("amount", loan.amount().dong())
                .param("term", loan.termMonths())
                .param("applied", loan.appliedOn())
                .param("opening", loan.opening())
                .param("status", loan.status().name())
                .param("by", loan.recordedBy())
                .param("at", Timestamp.from(loan.recordedAt()))
                .update(key, "id");
        loan.identify(key.getKeyAs(Number.class).longValue());
        update(loan);
    }

    /**
     * Writes the loan's state after an operation (its row is locked by the caller): the status columns, any
     * schedule and rescheduling not stored yet (schedules are never changed once stored), and the entries
     * the loan has not posted yet.
     */
    public void update(Loan loan) {
        jdbc.sql("""
                update fund_loan set status = :status, approved_by = :approvedBy, approved_on = :approvedOn,
                  approved_at = :approvedAt, disbursed_on = :disbursedOn, disbursed_by = :disbursedBy,
                  written_off_on = :woOn, written_off_by = :woBy, write_off_reason = :woReason,
                  version = version + 1
                where id = :id""")
                .param("status", loan.status().name())
                .param("approvedBy", loan.approvedBy())
                .param("approvedOn", loan.approvedOn())
                .param("approvedAt", loan.approvedAt() == null ? null : Timestamp.from(loan.approvedAt()))
                .param("disbursedOn", loan.disbursedOn())
                .param("disbursedBy", loan.disbursedBy())
                .param("woOn", loan.writtenOffOn())
                .param("woBy", loan.writtenOffBy())
                .param("woReason", loan.writeOffReason())
                .param("id", loan.id())
                .update();
        int stored = jdbc.sql("select coalesce(max(schedule_no), 0) from fund_instalment where loan_id = :id")
                .param("id", loan.id())
                .query(Integer.class)
                .single();
        if (loan.scheduleNo() > stored && !loan.schedule().isEmpty()) {
            for (Instalment i : loan.schedule()) {
                jdbc.sql("""
                        insert into fund_instalment (loan_id, schedule_no, seq, due_on, principal, fee)
                        values (:loan, :no, :seq, :due, :principal, :fee)""")
                        .param("loan", loan.id())
                        .param("no", i.scheduleNo())
                        .param("seq", i.seq())
                        .param("due", i.dueOn())
                        .param("principal", i.principal().dong())
                        .param("fee", i.fee().dong())
                        .update();
            }
        }
        for (Loan.Reschedule r : loan.reschedules()) {
            if (r.scheduleNo() > stored) {
                jdbc.sql("""
                        insert into fund_reschedule (loan_id, schedule_no, decided_on, term_months, reason, decided_by,
                          decided_at) values (:loan, :no, :on, :term, :reason, :by, :at)""")
                        .param("loan", loan.id())
                        .param("no", r.scheduleNo())
                        .param("on", r.on())
                        .param("term", r.termMonths())
                        .param("reason", r.reason())
                        .param("by", r.by())
                        .param("at", Timestamp.from(r.at()))
                        .update();
            }
        }
        List<Entry> unsaved =
                loan.entries().stream().filter(e -> e.id() == null).toList();
        List<Entry> saved = books.post(unsaved);
        for (int i = 0; i < unsaved.size(); i++) loan.replaceEntry(unsaved.get(i), saved.get(i));
    }
}
