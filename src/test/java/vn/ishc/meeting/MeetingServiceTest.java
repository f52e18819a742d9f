package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubNotFound;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.Payment;
import vn.ishc.meeting.MeetingCommands.ReverseMeeting;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.member.MemberCommands.LeaveClub;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.Vnd;

/**
 * A meeting recorded with its sheet through the service, on H2 and on PostgreSQL: one document in one
 * transaction through the fund API, recorded once per key (also when the same key races itself), a refused
 * line naming its member with nothing recorded, reversed as one document, and the funds balancing after
 * every sheet and every reversal.
 */
@IntegrationTest
class MeetingServiceTest {
    @Autowired
    MeetingService meetings;

    @Autowired
    ClubFunds funds;

    @Autowired
    LoanService loans;

    @Autowired
    CashBookService cash;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    MeetingFixture f;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new MeetingFixture(new FundFixture(accounts, clubs, members), clubs, members, loans, cash, meetings);
        today = LocalDate.now(clock);
    }

    <T> T ward(Callable<T> work) {
        return f.funds.as("demo-ward", () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    long count(String sql) {
        return jdbc.sql(sql).param("c", f.club.id()).query(Long.class).single();
    }

    long fundEntries() {
        return count("select count(*) from fund_entry where club_id = :c");
    }

    long meetingsOfClub() {
        return count("select count(*) from meeting where club_id = :c");
    }

    void balances() {
        assertThat(ward(() -> funds.balances(f.club.id(), today)).holds()).isTrue();
    }

    HoldMeeting sheet(String key, LocalDate on, Vnd repayment) {
        return new HoldMeeting(
                f.club.id(),
                key,
                on,
                "Nhà văn hóa tổ 3",
                "Chăm sóc sức khỏe mùa lạnh",
                "Thu hội phí tháng",
                List.of(
                        new SheetLine(
                                f.borrower.personId(),
                                Attendance.PRESENT,
                                Vnd.of(5_000),
                                null,
                                repayment == null ? List.of() : List.of(new Payment(f.loan.id(), repayment))),
                        new SheetLine(f.other.personId(), Attendance.EXCUSED, Vnd.of(5_000), null, List.of())));
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void theSheetShowsEveryMemberAndWhatIsDue() {
        MeetingService.Sheet s = ward(() -> meetings.sheet(f.club.id(), today));
        assertThat(s.rows())
                .extracting(MeetingService.SheetRow::personId)
                .containsExactlyInAnyOrder(f.borrower.personId(), f.other.personId());
        MeetingService.SheetRow borrower = s.rows().stream()
                .filter(r -> r.personId() == f.borrower.personId())
                .findFirst()
                .orElseThrow();
        // Instalments of 1 July to 1 November: five of 1,000,000 principal and 30,000 fee.
        assertThat(borrower.due()).isEqualTo(Vnd.of(5 * 1_030_000));
        assertThat(s.dues().feePerMonth()).isEqualTo(Vnd.of(5_000));
        assertThat(s.recorded()).isNull();
        assertThat(s.mayWrite()).isTrue();
    }

    @Test
    void aSheetIsOneDocumentPostedThroughTheFunds() {
        long entries = fundEntries();
        var held = ward(() -> meetings.hold(sheet(key(), today, Vnd.of(1_030_000))));
        assertThat(held.replayed()).isFalse();
        Meeting m = held.meeting();
        assertThat(m.attendance()).hasSize(2);
        assertThat(m.money())
                .extracting(Meeting.Money::kind)
                .containsExactly(MoneyKind.FEE, MoneyKind.REPAYMENT, MoneyKind.FEE);
        assertThat(m.money()).allSatisfy(x -> assertThat(x.posting()).isPositive());
        // Two fee receipts, and the repayment split into its fee and principal entries.
        assertThat(fundEntries()).isEqualTo(entries + 4);
        assertThat(ward(() -> loans.get(f.loan.id())).outstanding(null)).isEqualTo(Vnd.of(5_000_000));
        balances();
        Meeting read = ward(() -> meetings.get(m.id()));
        assertThat(read.money()).isEqualTo(m.money());
        assertThat(read.topics()).isEqualTo("Chăm sóc sức khỏe mùa lạnh");
        var audit = AuditedChanges.latest(jdbc, "meeting", m.id(), "MeetingHeld");
        assertThat(audit.username()).isEqualTo("demo-ward");
        assertThat(audit.changes()).containsKey("repayments");
    }

    @Test
    void theSameKeySentTwiceRecordsOnce() {
        String key = key();
        Meeting first =
                ward(() -> meetings.hold(sheet(key, today, Vnd.of(1_030_000)))).meeting();
        long entries = fundEntries();
        var again = ward(() -> meetings.hold(sheet(key, today, Vnd.of(1_030_000))));
        assertThat(again.replayed()).isTrue();
        assertThat(again.meeting().id()).isEqualTo(first.id());
        assertThat(fundEntries()).isEqualTo(entries);
        assertThat(meetingsOfClub()).isEqualTo(1);
    }

    @Test
    void theSameKeyRacingItselfRecordsOnce() throws Exception {
        String key = key();
        long entries = fundEntries();
        int senders = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<MeetingService.Held>> sent = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return ward(() -> meetings.hold(sheet(key, today, Vnd.of(1_030_000))));
                }));
            }
            start.countDown();
            List<MeetingService.Held> held = new ArrayList<>();
            for (var s : sent) held.add(s.get());
            assertThat(held)
                    .extracting(h -> h.meeting().id())
                    .containsOnly(held.get(0).meeting().id());
            assertThat(held).filteredOn(h -> !h.replayed()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(meetingsOfClub()).isEqualTo(1);
        assertThat(fundEntries()).isEqualTo(entries + 4);
        balances();
    }

    @Test
    void aRefusedLineNamesTheMemberAndNothingIsRecorded() {
        long entries = fundEntries();
        // More than the 6,000,000 principal and its fees still owed: the loan refuses an overpayment.
        assertThatThrownBy(() -> ward(() -> meetings.hold(sheet(key(), today, Vnd.of(9_000_000)))))
                .isInstanceOfSatisfying(SheetLineRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].repayment");
                    assertThat(e.personId()).isEqualTo(f.borrower.personId());
                    assertThat(e.args()[1]).isEqualTo(f.borrower.person().fullName());
                });
        assertThat(fundEntries()).isEqualTo(entries);
        assertThat(meetingsOfClub()).isZero();
        assertThat(count("select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id"
                        + " where m.club_id = :c"))
                .isZero();
    }

    @Test
    void theRulesOfTheDay() {
        assertThatThrownBy(() -> ward(() -> meetings.hold(sheet(key(), today.plusDays(1), null))))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.future"));
        ward(() -> meetings.hold(sheet(key(), today, null)));
        assertThatThrownBy(() -> ward(() -> meetings.hold(sheet(key(), today, null))))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.oneADay"));
        assertThat(meetingsOfClub()).isEqualTo(1);
    }

    @Test
    void aMemberIsOnTheSheetOfTheirClubOnlyWhileAMember() {
        LocalDate left = today.minusDays(10);
        ward(() -> members.leave(new LeaveClub(f.other.membershipId(), left, "Chuyển nhà")));
        // Before leaving: on the sheet; after: refused on its line.
        assertThat(ward(() -> meetings.hold(sheet(key(), left.minusDays(1), null)))
                        .meeting()
                        .attendance())
                .hasSize(2);
        assertThatThrownBy(() -> ward(() -> meetings.hold(sheet(key(), today, null))))
                .isInstanceOfSatisfying(SheetLineRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[1].personId");
                    assertThat(e.personId()).isEqualTo(f.other.personId());
                });
    }

    @Test
    void aMeetingIsReversedAsOneDocumentAndItsDayFreed() {
        Meeting m = ward(() -> meetings.hold(sheet(key(), today, Vnd.of(2_060_000))))
                .meeting();
        assertThat(ward(() -> loans.get(f.loan.id())).outstanding(null)).isEqualTo(Vnd.of(4_000_000));
        assertThatThrownBy(() -> ward(() -> meetings.reverse(new ReverseMeeting(m.id(), " "))))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.reason"));
        Meeting reversed = ward(() -> meetings.reverse(new ReverseMeeting(m.id(), "Ghi nhầm số tiền")));
        assertThat(reversed.standing()).isFalse();
        assertThat(ward(() -> loans.get(f.loan.id())).outstanding(null)).isEqualTo(Vnd.of(6_000_000));
        assertThat(count("select coalesce(sum(case when reverses_id is null then 0 else 1 end), 0) from fund_entry"
                        + " where club_id = :c and kind in ('MEMBERSHIP_FEE', 'FEE_RECEIVED', 'PRINCIPAL_REPAID')"))
                .isEqualTo(4);
        balances();
        assertThat(AuditedChanges.latest(jdbc, "meeting", m.id(), "MeetingReversed")
                        .reason())
                .isEqualTo("Ghi nhầm số tiền");
        assertThatThrownBy(() -> ward(() -> meetings.reverse(new ReverseMeeting(m.id(), "lần nữa"))))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.reversed"));
        // The sheet entered again on the same day.
        ward(() -> meetings.hold(sheet(key(), today, Vnd.of(1_030_000))));
        assertThat(ward(() -> loans.get(f.loan.id())).outstanding(null)).isEqualTo(Vnd.of(5_000_000));
        balances();
    }

    @Test
    void aMemberAbsentThreeMeetingsRunningIsFlagged() {
        for (int i = 3; i >= 1; i--) {
            LocalDate on = today.minusMonths(i);
            ward(() -> meetings.hold(new HoldMeeting(
                    f.club.id(),
                    key(),
                    on,
                    null,
                    null,
                    null,
                    List.of(new SheetLine(f.borrower.personId(), Attendance.PRESENT, null, null, List.of())))));
        }
        MeetingService.Sheet s = ward(() -> meetings.sheet(f.club.id(), today));
        assertThat(s.rows())
                .filteredOn(MeetingService.SheetRow::absentRun)
                .extracting(MeetingService.SheetRow::personId)
                .containsExactly(f.other.personId());
        assertThat(ward(() -> meetings.year(f.club.id(), today.getYear())).flagged())
                .extracting(MeetingService.SheetRow::personId)
                .containsExactly(f.other.personId());
    }

    @Test
    void onlyThoseWhoMayChangeTheClubRecordAndOthersDoNotSeeIt() {
        assertThatThrownBy(() -> f.funds.as("demo-viewer", () -> meetings.hold(sheet(key(), today, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.funds.as("demo-club", () -> meetings.sheet(f.club.id(), today)))
                .isInstanceOf(ClubNotFound.class);
        assertThat(meetingsOfClub()).isZero();
    }
}
