package vn.ishc.fund.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.Invariants;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.OverdueBucket;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/** The funds page and the reports: sums over the ledger and the loans as of a date, within the caller's scope. */
@Service
public class FundReports {
    private final FundAccess access;
    private final FundBooks books;
    private final LoanService loans;
    private final MemberRegistry members;

    FundReports(FundAccess access, FundBooks books, LoanService loans, MemberRegistry members) {
        this.access = access;
        this.books = books;
        this.loans = loans;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public FundOverview overview(long clubId, LocalDate asOf) {
        ClubView club = access.readable(clubId);
        List<Entry> entries = books.entries(clubId);
        List<Loan> all = loans.ofClub(clubId);
        Invariants.Check check = Invariants.check(entries, all, asOf);
        Map<FundingSource, Vnd> bySource = new EnumMap<>(FundingSource.class);
        Vnd opening = Vnd.ZERO;
        for (Entry e : entries) {
            if (e.date().isAfter(asOf)) continue;
            if (e.kind() == EntryKind.CAPITAL) bySource.merge(e.source(), Vnd.of(e.termAmount()), Vnd::plus);
            if (e.kind() == EntryKind.OPENING_CAPITAL) opening = opening.plus(Vnd.of(e.termAmount()));
        }
        Map<Long, String> names = loans.names(all.stream().map(Loan::personId).toList());
        List<FundOverview.LoanRow> rows = all.stream()
                .map(l -> new FundOverview.LoanRow(
                        l, names.get(l.personId()), l.outstanding(asOf), l.daysOverdue(asOf), l.bucket(asOf)))
                .toList();
        int running = 0, onTime = 0;
        Vnd outstanding = Vnd.ZERO, risk = Vnd.ZERO;
        Map<Purpose, FundOverview.PurposeRow> byPurpose = FundOverview.emptyPurposes();
        Map<OverdueBucket, Vnd> byBucket = new EnumMap<>(OverdueBucket.class);
        for (OverdueBucket b : OverdueBucket.values()) byBucket.put(b, Vnd.ZERO);
        Set<Long> borrowed = new HashSet<>();
        for (FundOverview.LoanRow r : rows) {
            Loan l = r.loan();
            if (l.lent(asOf).dong() <= 0) continue;
            borrowed.add(l.personId());
            byPurpose.merge(l.purpose(), byPurpose.get(l.purpose()), (a, b) -> a.plus(l.lent(asOf), r.outstanding()));
            if (r.outstanding().dong() > 0) {
                running++;
                if (r.daysOverdue() == 0) onTime++;
                outstanding = outstanding.plus(r.outstanding());
                if (r.daysOverdue() > 30) risk = risk.plus(r.outstanding());
                byBucket.merge(r.bucket(), r.outstanding(), Vnd::plus);
            }
        }
        List<MemberView> onDate = members.membersOf(clubId, asOf);
        int borrowers = (int)
                onDate.stream().filter(m -> borrowed.contains(m.personId())).count();
        return new FundOverview(
                club,
                asOf,
                check,
                bySource,
                opening,
                rows,
                running,
                onTime,
                outstanding,
                risk,
                onDate.size(),
                borrowers,
                byPurpose,
                byBucket);
    }

    /**
     * Every club of the caller's scope with its funds on {@code asOf} ({@link FundList}): three queries for
     * the entries and the loans of all of them, whatever their number.
     */
    @Transactional(readOnly = true)
    public FundList clubs(LocalDate asOf, String sort) {
        List<ClubView> visible = access.visible();
        List<Long> ids = visible.stream().map(ClubView::id).toList();
        Map<Long, List<Entry>> entries = new java.util.HashMap<>();
        for (Entry e : books.entriesOfClubs(ids))
            entries.computeIfAbsent(e.clubId(), k -> new java.util.ArrayList<>())
                    .add(e);
        Map<Long, List<Loan>> byClub = new java.util.HashMap<>();
        for (Loan l : loans.ofClubs(ids))
            byClub.computeIfAbsent(l.clubId(), k -> new java.util.ArrayList<>()).add(l);
        List<FundList.Row> rows = new java.util.ArrayList<>();
        for (ClubView c : visible) {
            List<Entry> es = entries.getOrDefault(c.id(), List.of());
            Vnd outstanding = Vnd.ZERO, arrears = Vnd.ZERO;
            int running = 0, late = 0;
            for (Loan l : byClub.getOrDefault(c.id(), List.of())) {
                Vnd owed = l.outstanding(asOf);
                if (owed.dong() <= 0) continue;
                running++;
                outstanding = outstanding.plus(owed);
                arrears = arrears.plus(l.arrears(asOf));
                if (l.daysOverdue(asOf) > 0) late++;
            }
            rows.add(new FundList.Row(
                    c,
                    Vnd.of(vn.ishc.fund.ledger.Balances.cash(es, vn.ishc.fund.ledger.Fund.LOAN_FUND, asOf)),
                    Vnd.of(vn.ishc.fund.ledger.Balances.cash(es, vn.ishc.fund.ledger.Fund.ACTIVITY_FUND, asOf)),
                    outstanding,
                    arrears,
                    running,
                    late));
        }
        return FundList.of(asOf, sort, rows);
    }

    /** A cash-book or fund statement line: an entry with the fund's balance after it. */
    public record Line(Entry entry, Vnd receipt, Vnd expense, Vnd balance) {}

    /** A fund's entries in a period with the opening and closing balance. */
    public record Statement(
            ClubView club,
            vn.ishc.fund.ledger.Fund fund,
            LocalDate from,
            LocalDate to,
            Vnd opening,
            List<Line> lines,
            Vnd receipts,
            Vnd expenses,
            Vnd closing,
            Map<EntryKind, Vnd> byKind) {}

    @Transactional(readOnly = true)
    public Statement statement(long clubId, vn.ishc.fund.ledger.Fund fund, LocalDate from, LocalDate to) {
        ClubView club = access.readable(clubId);
        long balance = 0, in = 0, out = 0;
        List<Line> lines = new java.util.ArrayList<>();
        Map<EntryKind, Vnd> byKind = new EnumMap<>(EntryKind.class);
        long opening = 0;
        for (Entry e : books.entries(clubId)) {
            if (e.fund() != fund || e.date().isAfter(to)) continue;
            if (e.date().isBefore(from)) {
                opening += e.cash();
                balance += e.cash();
                continue;
            }
            balance += e.cash();
            long c = e.cash();
            if (c > 0) in += c;
            if (c < 0) out -= c;
            byKind.merge(e.kind(), Vnd.of(e.termAmount()), Vnd::plus);
            lines.add(new Line(e, c > 0 ? Vnd.of(c) : null, c < 0 ? Vnd.of(-c) : null, Vnd.of(balance)));
        }
        return new Statement(
                club, fund, from, to, Vnd.of(opening), lines, Vnd.of(in), Vnd.of(out), Vnd.of(balance), byKind);
    }
}
