package vn.ishc.fund;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.ledger.Balances;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
import vn.ishc.fund.loan.Instalment;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanProduct;
import vn.ishc.fund.loan.LoanStatus;
import vn.ishc.fund.loan.Loans;
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.Vnd;

/**
 * Demo funds for the active demo clubs, from the month after each club's founding up to the clock's today:
 * lending rules (0.5 % a month flat, 6, 9 or 12 months, at most 10 million), capital from three sources,
 * loans of 3–10 million đồng to whoever was a member then, mostly repaid on time, some late, some running,
 * and in the demo board's club one written off; monthly membership fees (2,000–5,000 đồng for each member of
 * that month), visits to the sick, and a yearly transfer of fees to the activity fund. So the plan period
 * has every figure a real club would have, and today's books, whatever the date, look current. Seeded per club, so every start gives the same books; a club that already has fund records
 * is left alone. The loans are run through the {@link Loan} aggregate, so the demo books obey every rule;
 * the rows are written in batches (no scope is active while demo data loads).
 */
@Component
class DemoFunds implements DemoData {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoFunds.class);
    private static final long SEED = 20261129L;
    private static final String RECORDER = "demo-club";
    private static final String APPROVER = "demo-club-2";

    private final ClubDirectory clubs;
    private final MemberRegistry memberRegistry;
    private final Loans loans;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFunds(
            ClubDirectory clubs,
            MemberRegistry memberRegistry,
            Loans loans,
            JdbcClient jdbc,
            JdbcTemplate template,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.memberRegistry = memberRegistry;
        this.loans = loans;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        List<String> names = DemoClubs.names();
        Set<Long> used = new HashSet<>(jdbc.sql("select club_id from fund_account union select club_id from fund_entry")
                .query(Long.class)
                .list());
        List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
        byAge.sort(java.util.Comparator.comparingLong(ClubView::id));
        Set<String> seen = new HashSet<>();
        transaction.executeWithoutResult(tx -> {
            long posting = jdbc.sql("select nextval('fund_posting_seq')")
                    .query(Long.class)
                    .single();
            for (ClubView club : byAge) {
                // Only the demo clubs (the oldest of each name), never clubs someone else made.
                if (!names.contains(club.name()) || !seen.add(club.name())) continue;
                if (used.contains(club.id())) continue;
                // The account row marks the club as done, books or not, so a second load changes nothing.
                jdbc.sql("insert into fund_account (club_id) values (:c) on conflict do nothing")
                        .param("c", club.id())
                        .update();
                if (club.status() != ClubStatus.ACTIVE) continue;
                posting = club(club, today, posting);
            }
            template.execute("alter sequence fund_posting_seq restart with " + (posting + 1));
        });
        log.info("Demo funds loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** One club's books; returns the last posting number used. */
    private long club(ClubView club, LocalDate today, long postingStart) {
        Random r = new Random(SEED + club.id());
        // Every membership the club has had: who may borrow and how many pay fees depends on the month.
        List<Member> members = memberRegistry.membershipsOf(club.id()).stream()
                .map(m -> new Member(m.personId(), m.joinedOn(), m.leftOn()))
                .toList();
        if (members.isEmpty()) return postingStart;
        // The books run from the month after the founding up to today.
        LocalDate start = club.foundedOn().withDayOfMonth(1).plusMonths(1);
        if (!start.isBefore(today)) return postingStart;
        Instant at = clock.instant();
        long[] posting = {postingStart};
        java.util.function.Function<String, Posting> next = by -> new Posting(++posting[0], by, at);
        jdbc.sql("insert into fund_account (club_id) values (:c) on conflict do nothing")
                .param("c", club.id())
                .update();
        LoanProduct product = loans.addProduct(
                new LoanProduct(
                        null,
                        club.id(),
                        0,
                        FeeMethod.FLAT,
                        50,
                        List.of(6, 9, 12),
                        Vnd.of(10_000_000),
                        Frequency.MONTHLY,
                        0,
                        OverpaymentRule.REFUSE,
                        start),
                RECORDER,
                at);
        List<Entry> ledger = new ArrayList<>();
        capital(ledger, club, start, 30_000_000, FundingSource.STATE_BUDGET, next);
        capital(ledger, club, start.plusMonths(6), 10_000_000, FundingSource.MEMBERS_COMMUNITY, next);
        capital(ledger, club, start.plusMonths(14), 20_000_000, FundingSource.SOCIALISATION, next);
        ledger.removeIf(e -> e.date().isAfter(today));

        boolean demoBoardClub = club.name().equals(DemoClubs.DEMO_BOARD_CLUB);
        List<Loan> made = new ArrayList<>();
        List<Integer> profile = new ArrayList<>(); // 0 on time, 1 late, 2 stops paying
        Set<Long> borrowing = new HashSet<>();
        boolean writtenOff = false;
        long fee = 2_000 + 1_000 * r.nextInt(4);
        for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            // Repayments falling in this month, instalment by instalment.
            for (int i = 0; i < made.size(); i++) {
                Loan loan = made.get(i);
                if (loan.status() != LoanStatus.ACTIVE) continue;
                for (Loan.InstalmentState s : loan.states(null)) {
                    if (s.paid()) continue;
                    LocalDate due = s.instalment().dueOn();
                    LocalDate paidOn = switch (profile.get(i)) {
                        case 1 -> due.plusDays(10 + r.nextInt(60));
                        case 2 -> s.instalment().seq() > 2 ? null : due;
                        default -> due;
                    };
                    if (paidOn == null) break;
                    if (paidOn.isBefore(month)) paidOn = month;
                    if (!paidOn.isBefore(month.plusMonths(1)) || paidOn.isAfter(today)) break;
                    try {
                        ledger.addAll(loan.repay(s.due(), paidOn, next.apply(APPROVER), "PT", null)
                                .entries());
                    } catch (FundRefused closedOrOverpaid) {
                        break;
                    }
                }
                if (loan.status() == LoanStatus.REPAID) borrowing.remove(loan.personId());
                if (demoBoardClub
                        && !writtenOff
                        && profile.get(i) == 2
                        && loan.status() == LoanStatus.ACTIVE
                        && loan.daysOverdue(month) > 180) {
                    ledger.add(loan.writeOff(
                            month, "Thành viên chuyển đi nơi khác, không liên lạc được", next.apply(APPROVER)));
                    writtenOff = true;
                }
            }
            // Membership fees and a visit to the sick.
            LocalDate meeting = month.plusDays(9);
            if (!meeting.isAfter(today)) {
                long paying = members.stream().filter(m -> m.memberOn(meeting)).count();
                if (paying > 0) ledger.add(plain(club, EntryKind.MEMBERSHIP_FEE, meeting, fee * paying, null, next));
                LocalDate visit = meeting.plusDays(3 + r.nextInt(10));
                if (r.nextInt(3) == 0
                        && !visit.isAfter(today)
                        && Balances.lowestFrom(ledger, Fund.ACTIVITY_FUND, visit) >= 200_000) {
                    ledger.add(plain(club, EntryKind.SICK_VISIT, visit, 200_000, "Thăm hội viên ốm", next));
                }
            }
            // Passing the year's fees to the activity fund each December.
            if (month.getMonthValue() == 12 && !month.plusDays(27).isAfter(today)) {
                long income = 0;
                for (Entry e : ledger) {
                    if (e.kind() == EntryKind.FEE_RECEIVED) income += e.termAmount();
                    if (e.kind() == EntryKind.TRANSFER_TO_ACTIVITY) income -= e.termAmount();
                }
                long amount = Math.min(income / 2, Balances.lowestFrom(ledger, Fund.LOAN_FUND, month.plusDays(27)));
                if (amount > 0) {
                    Posting p = next.apply(RECORDER);
                    ledger.add(new Entry(
                            null,
                            club.id(),
                            EntryKind.TRANSFER_TO_ACTIVITY,
                            month.plusDays(27),
                            Vnd.of(amount),
                            null,
                            null,
                            p.number(),
                            null,
                            null,
                            "QĐ-BCN",
                            null,
                            p.by(),
                            p.at()));
                    ledger.add(new Entry(
                            null,
                            club.id(),
                            EntryKind.INTEREST_SHARE,
                            month.plusDays(27),
                            Vnd.of(amount),
                            null,
                            null,
                            p.number(),
                            null,
                            null,
                            "QĐ-BCN",
                            null,
                            p.by(),
                            p.at()));
                }
            }
            // New loans.
            int newLoans = r.nextInt(2);
            for (int k = 0; k < newLoans; k++) {
                Member m = members.get(r.nextInt(members.size()));
                LocalDate applied = month.plusDays(r.nextInt(20));
                if (borrowing.contains(m.personId()) || !m.memberOn(applied)) continue;
                LocalDate paidOut = applied.plusDays(3);
                if (paidOut.isAfter(today)) continue;
                long amount = 3_000_000L + 500_000L * r.nextInt(15);
                Loan loan = Loan.apply(
                        club.id(),
                        m.personId(),
                        product,
                        Purpose.values()[r.nextInt(4)],
                        Vnd.of(amount),
                        product.terms().get(r.nextInt(3)),
                        applied,
                        RECORDER,
                        at);
                loan.approve(applied.plusDays(2), APPROVER, at);
                long cash = Balances.lowestFrom(ledger, Fund.LOAN_FUND, paidOut);
                try {
                    ledger.add(loan.disburse(paidOut, Vnd.of(Math.max(0, cash)), next.apply(APPROVER)));
                } catch (FundRefused shortOfCash) {
                    continue;
                }
                made.add(loan);
                int roll = r.nextInt(20);
                // The demo board's first borrower stops paying (the loan written off later).
                profile.add(demoBoardClub && made.size() == 1 ? 2 : roll < 15 ? 0 : roll < 19 ? 1 : 2);
                borrowing.add(m.personId());
            }
        }
        ledger.removeIf(e -> e.date().isAfter(today));
        // Write: loans one by one (they need ids), then every entry and instalment in batches.
        List<Object[]> instalments = new ArrayList<>();
        List<Entry> loanEntries = new ArrayList<>();
        template.batchUpdate(
                """
                insert into fund_loan (club_id, person_id, product_id, purpose, amount, term_months, applied_on, opening,
                  status, recorded_by, recorded_at, approved_by, approved_on, approved_at, disbursed_on, disbursed_by,
                  written_off_on, written_off_by, write_off_reason)
                values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                made.stream()
                        .map(l -> new Object[] {
                            l.clubId(),
                            l.personId(),
                            l.product().id(),
                            l.purpose().name(),
                            l.amount().dong(),
                            l.termMonths(),
                            l.appliedOn(),
                            l.status().name(),
                            l.recordedBy(),
                            Timestamp.from(l.recordedAt()),
                            l.approvedBy(),
                            l.approvedOn(),
                            Timestamp.from(l.recordedAt()),
                            l.disbursedOn(),
                            l.disbursedBy(),
                            l.writtenOffOn(),
                            l.writtenOffBy(),
                            l.writeOffReason()
                        })
                        .toList());
        // The club had no loans before: its loans' ids, in the order inserted, are theirs.
        List<Long> ids = jdbc.sql("select id from fund_loan where club_id = :c order by id")
                .param("c", club.id())
                .query(Long.class)
                .list();
        for (int n = 0; n < made.size(); n++) {
            Loan loan = made.get(n);
            long id = ids.get(n);
            for (Instalment i : loan.schedule()) {
                instalments.add(new Object[] {
                    id,
                    i.scheduleNo(),
                    i.seq(),
                    i.dueOn(),
                    i.principal().dong(),
                    i.fee().dong()
                });
            }
            loan.entries().forEach(e -> loanEntries.add(e.forLoan(id)));
        }
        Set<Entry> ofLoans = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        made.forEach(l -> ofLoans.addAll(l.entries()));
        List<Entry> all = new ArrayList<>(
                ledger.stream().filter(e -> !ofLoans.contains(e)).toList());
        all.addAll(loanEntries);
        template.batchUpdate(
                "insert into fund_instalment (loan_id, schedule_no, seq, due_on, principal, fee) values (?, ?, ?, ?, ?, ?)",
                instalments);
        List<Object[]> rows = new ArrayList<>();
        for (Entry e : all) {
            rows.add(new Object[] {
                e.clubId(),
                e.fund().name(),
                e.kind().name(),
                e.date(),
                e.amount().dong(),
                e.loanId(),
                e.posting(),
                e.source() == null ? null : e.source().name(),
                e.counterpart(),
                e.documentNo(),
                e.note(),
                e.recordedBy(),
                Timestamp.from(e.recordedAt())
            });
        }
        template.batchUpdate(
                "insert into fund_entry (club_id, fund, kind, entry_date, amount, loan_id, posting, source, counterpart,"
                        + " document_no, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        return posting[0];
    }

    /** A membership of the club: the person and the days they were a member. */
    private record Member(long personId, LocalDate joinedOn, LocalDate leftOn) {
        boolean memberOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    private static void capital(
            List<Entry> ledger,
            ClubView club,
            LocalDate on,
            long amount,
            FundingSource source,
            java.util.function.Function<String, Posting> next) {
        Posting p = next.apply(RECORDER);
        ledger.add(new Entry(
                null,
                club.id(),
                EntryKind.CAPITAL,
                on,
                Vnd.of(amount),
                null,
                null,
                p.number(),
                source,
                null,
                "QĐ-" + on.getYear(),
                null,
                p.by(),
                p.at()));
    }

    private static Entry plain(
            ClubView club,
            EntryKind kind,
            LocalDate on,
            long amount,
            String note,
            java.util.function.Function<String, Posting> next) {
        Posting p = next.apply(RECORDER);
        return new Entry(
                null,
                club.id(),
                kind,
                on,
                Vnd.of(amount),
                null,
                null,
                p.number(),
                null,
                null,
                null,
                note,
                p.by(),
                p.at());
    }
}
