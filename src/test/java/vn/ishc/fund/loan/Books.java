package vn.ishc.fund.loan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.Invariants;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.shared.Vnd;

/** An in-memory club ledger for domain tests: posts entries as the service does, giving them ids. */
class Books {
    static final long CLUB = 7;
    static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    final List<Entry> ledger = new ArrayList<>();
    final Map<Long, Loan> loans = new LinkedHashMap<>();
    long nextEntry = 1;
    long nextPosting = 1;
    long nextLoan = 1;

    Posting posting(String by) {
        return new Posting(nextPosting++, by, AT);
    }

    Entry post(Entry e) {
        Entry saved = e.withIds(nextEntry++);
        ledger.add(saved);
        if (saved.loanId() != null) loans.get(saved.loanId()).replaceEntry(e, saved);
        return saved;
    }

    void post(List<Entry> entries) {
        entries.forEach(this::post);
    }

    Entry capital(LocalDate on, long amount) {
        return post(new Entry(
                null,
                CLUB,
                EntryKind.CAPITAL,
                on,
                Vnd.of(amount),
                null,
                null,
                nextPosting++,
                FundingSource.STATE_BUDGET,
                null,
                null,
                null,
                "t",
                AT));
    }

    Loan add(Loan loan) {
        loan.identify(nextLoan++);
        loans.put(loan.id(), loan);
        loan.entries().forEach(this::post);
        return loan;
    }

    Invariants.Check check(LocalDate on) {
        return Invariants.check(ledger, loans.values(), on);
    }
}
