package vn.ishc.fund;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import vn.ishc.fund.ledger.FundBooks;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.Posting;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
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
 * Demo funds for the demo clubs, from the month after each club's founding up to the clock's today (or up
 * to the day a suspended or dissolved club stopped, with no new loans in its last year):
 * lending rules (0.5 % a month flat, 6, 9 or 12 months, at most 10 million), capital from three sources,
 * loans of 3–10 million đồng to whoever was a member then, mostly repaid on time, some late, some running,
 * and in the demo board's club one written off; membership fees (2,000–5,000 đồng a month, one receipt for
 * each paying member, and in some clubs a solidarity contribution beside it), visits to the sick, and a
 * yearly transfer of fees to the activity fund. The month's money changes hands on the club's meeting day
 * ({@link DemoMonths}), so that the demo meetings can carry it: loans are paid out at a meeting (their
 * instalments fall due at later ones) and repaid at the meeting of the month they fall due, or of a later
 * month when late. So the plan period
 * has every figure a real club would have, and today's books, whatever the date, look current. Seeded per club, so every start gives the same books; a club that already has fund records
 * is left alone. The loans are run through the {@link Loan} aggregate, so the demo books obey every rule,
 * and written through the ledger's repositories ({@link Loans#insertAll}, {@link FundBooks#postAll}) in
 * batches, a club's books in a transaction of their own: no user, and so no scope, is there while demo data
 * loads.
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
    private final FundBooks books;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFunds(
            ClubDirectory clubs,
            MemberRegistry memberRegistry,
            Loans loans,
            FundBooks books,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.memberRegistry = memberRegistry;
        this.loans = loans;
        this.books = books;
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
        Set<Long> used = books.clubsWithBooks();
        List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
        byAge.sort(java.util.Comparator.comparingLong(ClubView::id));
        Set<String> seen = new HashSet<>();
        for (ClubView club : byAge) {
            // Only the demo clubs (the oldest of each name), never clubs someone else made.
            if (!names.contains(club.name()) || !seen.add(club.name())) continue;
            if (used.contains(club.id())) continue;
            // One transaction a club: a club's books are whole or absent, and no transaction grows too big.
            transaction.executeWithoutResult(tx -> {
                // The account row marks the club as done, books or not, so a second load changes nothing.
                books.lock(club.id());
                long first = books.nextPostingNumber();
                // A club suspended or dissolved kept its books until then; the others up to today.
                long last = club(club, DemoMonths.lastDay(club, today), club.status() == ClubStatus.ACTIVE, first);
                books.postingsUsedUpTo(last);
            });
        }
        log.info("Demo funds loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * One club's books up to {@code today} (the day before it stopped, for a club that is not active: no
     * new loans in its last year then); returns the last posting number used.
     */
    private long club(ClubView club, LocalDate today, boolean active, long postingStart) {
        Random r = new Random(SEED + club.id());
        // Every membership the club has had: who may borrow and how many pay fees depends on the month.
        List<Member> members = memberRegistry.membershipsOf(club.id()).stream()
                .map(m -> new Member(m.personId(), m.joinedOn(), m.leftOn()))
                .toList();
        if (members.isEmpty()) return postingStart;
        Map<Long, String> names = memberRegistry.namesOf(
                members.stream().map(Member::personId).collect(java.util.stream.Collectors.toSet()));
        // The books run from the month after the founding up to today.
        LocalDate start = DemoMonths.firstMonth(club).atDay(1);
        if (!start.isBefore(today)) return postingStart;
        Instant at = clock.instant();
        long[] posting = {postingStart};
        java.util.function.Function<String, Posting> next = by -> new Posting(++posting[0], by, at);
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
        // The ledger as the balances see it (a meeting's receipts as one entry a day), and the receipts.
        List<Entry> ledger = new ArrayList<>();
        List<Entry> receipts = new ArrayList<>();
        Set<Entry> dayTotals = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        capital(ledger, club, start, 30_000_000, FundingSource.STATE_BUDGET, next);
        capital(ledger, club, start.plusMonths(6), 10_000_000, FundingSource.MEMBERS_COMMUNITY, next);
        capital(ledger, club, start.plusMonths(14), 20_000_000, FundingSource.SOCIALISATION, next);
        ledger.removeIf(e -> e.date().isAfter(today));

        boolean demoBoardClub = club.name().equals(DemoClubs.DEMO_BOARD_CLUB);
        List<Loan> made = new ArrayList<>();
        List<Integer> profile = new ArrayList<>(); // 0 on time, 1 late, 2 stops paying
        Set<Long> borrowing = new HashSet<>();
        boolean writtenOff = false;
        long fee = DemoMonths.fee(club.id()).dong();
        long solidarity = DemoMonths.solidarity(club.id()).dong();
        for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            YearMonth ym = YearMonth.from(month);
            // The month's money changes hands at the meeting (the treasurer takes it that day, met or not).
            LocalDate meeting = DemoMonths.meetingDay(club, ym);
            // Repayments taken at this month's meeting: each loan's instalments due by then, in one payment.
            for (int i = 0; i < made.size() && !meeting.isAfter(today); i++) {
                Loan loan = made.get(i);
                if (loan.status() != LoanStatus.ACTIVE) continue;
                long owed = 0;
                for (Loan.InstalmentState s : loan.states(null)) {
                    if (s.paid()) continue;
                    LocalDate due = s.instalment().dueOn();
                    LocalDate payDay = switch (profile.get(i)) {
                        case 1 -> DemoMonths.meetingOnOrAfter(club, due.plusDays(10 + r.nextInt(60)));
                        case 2 -> s.instalment().seq() > 2 ? null : DemoMonths.meetingOnOrAfter(club, due);
                        default -> DemoMonths.meetingOnOrAfter(club, due);
                    };
                    if (payDay == null || payDay.isAfter(meeting)) break;
                    owed += s.due().dong();
                }
                if (owed > 0) {
                    ledger.addAll(loan.repay(Vnd.of(owed), meeting, next.apply(APPROVER), "PT", null)
                            .entries());
                }
                if (loan.status() == LoanStatus.REPAID) borrowing.remove(loan.personId());
            }
            for (int i = 0; i < made.size(); i++) {
                Loan loan = made.get(i);
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
            // Each paying member's fee (and solidarity contribution), then perhaps a visit to the sick.
            if (!meeting.isAfter(today) && DemoMonths.activeOn(club, meeting)) {
                LocalDate day = meeting;
                long taken = 0;
                for (long person : members.stream()
                        .filter(m -> m.memberOn(day))
                        .map(Member::personId)
                        .distinct()
                        .sorted()
                        .toList()) {
                    if (!DemoMonths.pays(club.id(), person, ym)) continue;
                    receipts.add(plain(club, EntryKind.MEMBERSHIP_FEE, day, fee, names.get(person), null, next));
                    taken += fee;
                    if (solidarity > 0) {
                        receipts.add(plain(
                                club, EntryKind.GOLDEN_HEART_DONATION, day, solidarity, names.get(person), null, next));
                        taken += solidarity;
                    }
                }
                if (taken > 0) {
                    Entry total = new Entry(
                            null,
                            club.id(),
                            EntryKind.MEMBERSHIP_FEE,
                            day,
                            Vnd.of(taken),
                            null,
                            null,
                            0,
                            null,
                            null,
                            null,
                            null,
                            RECORDER,
                            at);
                    ledger.add(total);
                    dayTotals.add(total);
                }
                LocalDate visit = meeting.plusDays(3 + r.nextInt(10));
                if (r.nextInt(3) == 0
                        && !visit.isAfter(today)
                        && Balances.lowestFrom(ledger, Fund.ACTIVITY_FUND, visit) >= 200_000) {
                    ledger.add(plain(club, EntryKind.SICK_VISIT, visit, 200_000, null, "Thăm hội viên ốm", next));
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
            if (!active && month.isAfter(today.minusYears(1))) newLoans = 0;
            for (int k = 0; k < newLoans; k++) {
                Member m = members.get(r.nextInt(members.size()));
                // Paid out at the month's meeting, so that the instalments fall due on later meeting days.
                LocalDate paidOut = meeting;
                LocalDate applied = paidOut.minusDays(3 + r.nextInt(18));
                if (borrowing.contains(m.personId()) || !m.memberOn(applied)) continue;
                if (paidOut.isAfter(today) || applied.isBefore(start) || !DemoMonths.activeOn(club, paidOut)) continue;
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
        // Write through the ledger's repositories: the loans with their schedules and entries, then the rest.
        Set<Entry> ofLoans = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        made.forEach(l -> ofLoans.addAll(l.entries()));
        loans.insertAll(made);
        List<Entry> toPost = new ArrayList<>(ledger.stream()
                .filter(e -> !ofLoans.contains(e) && !dayTotals.contains(e))
                .toList());
        toPost.addAll(receipts);
        books.postAll(toPost);
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
            String counterpart,
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
                counterpart,
                null,
                note,
                p.by(),
                p.at());
    }
}
