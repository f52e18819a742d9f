package vn.ishc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.activity.ActivityService;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.ReceiptKind;
import vn.ishc.meeting.Attendance;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.meeting.MeetingService;
import vn.ishc.member.MemberCommands.RegisterMember;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.MonthLocked;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.Vnd;

/**
 * Month locks through the services, on H2 and PostgreSQL: an approved month refuses every write dated in
 * it (an activity, a fund receipt, a member joining, the meeting sheet) from its first to its last day, and
 * none the day before or after; unlocking with a reason opens it again; the approved version stays as it
 * was approved whatever is recorded later. Each test uses a fresh club of its own, so no lock touches
 * another test's data.
 */
@IntegrationTest
class MonthLockTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MonthlyReportService reports;

    @Autowired
    ActivityService activities;

    @Autowired
    ClubFunds funds;

    @Autowired
    MeetingService meetings;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MessageSource messages;

    FundFixture f;
    ClubView club;
    MemberView member;

    @BeforeEach
    void setUp() {
        f = new FundFixture(accounts, clubs, members);
        club = f.club();
        member = f.member(club);
    }

    <T> T as(String user, Supplier<T> work) {
        return f.as(user, work);
    }

    void approve(YearMonth month) {
        as("demo-admin", () -> reports.submit(new MonthlyCommands.Submit(club.id(), month, "Ổn định", null)));
        as("demo-ward", () -> reports.approve(new MonthlyCommands.Approve(club.id(), month, null, null)));
    }

    RecordActivity activity(LocalDate on) {
        return new RecordActivity(
                club.id(),
                "HEALTH",
                "ORDINARY",
                on,
                "Tập dưỡng sinh",
                null,
                List.of(member.personId()),
                0,
                List.of(),
                0,
                null,
                null,
                null,
                null);
    }

    String message(MonthLocked e) {
        return messages.getMessage(e.messageKey(), e.args(), VI);
    }

    void assertLocked(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(MonthLocked.class, e -> {
            assertThat(e.month()).isEqualTo(MARCH);
            assertThat(message(e)).startsWith("Tháng 3/2026 của CLB " + club.name() + " đã được duyệt và khóa sổ");
        });
    }

    @Test
    void anApprovedMonthRefusesEveryWriteFromItsFirstToItsLastDayAndNoneAround() {
        approve(MARCH);
        assertThat(as("demo-ward", () -> reports.view(club.id(), MARCH)).state())
                .isEqualTo(ReportState.APPROVED);

        assertLocked(() -> as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 3, 31)))));
        assertLocked(() -> as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 3, 1)))));
        assertThat(as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 4, 1))))
                        .id())
                .isPositive();
        assertThat(as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 2, 28))))
                        .id())
                .isPositive();

        assertLocked(() -> as(
                "demo-ward",
                () -> funds.receive(new Receive(
                        club.id(),
                        ReceiptKind.MEMBERSHIP_FEE,
                        LocalDate.of(2026, 3, 31),
                        Vnd.of(20_000),
                        null,
                        "PT-1",
                        null))));
        assertThat(as(
                                "demo-ward",
                                () -> funds.receive(new Receive(
                                        club.id(),
                                        ReceiptKind.MEMBERSHIP_FEE,
                                        LocalDate.of(2026, 4, 1),
                                        Vnd.of(20_000),
                                        null,
                                        "PT-2",
                                        null)))
                        .amount())
                .isEqualTo(Vnd.of(20_000));

        assertLocked(() -> as(
                "demo-ward",
                () -> members.register(new RegisterMember(
                        club.id(),
                        new vn.ishc.member.PersonDetails(
                                "Lê Thị Khóa",
                                vn.ishc.member.Sex.FEMALE,
                                null,
                                1950,
                                "Kinh",
                                vn.ishc.member.HouseholdStatus.NONE,
                                null,
                                false,
                                false,
                                null,
                                null,
                                null,
                                null),
                        LocalDate.of(2026, 3, 15),
                        null,
                        true))));

        // The meeting sheet: the whole sheet is refused, naming the month.
        assertLocked(() -> as(
                "demo-ward",
                () -> meetings.hold(new HoldMeeting(
                        club.id(),
                        null,
                        LocalDate.of(2026, 3, 20),
                        "Nhà văn hóa",
                        null,
                        null,
                        List.of(new SheetLine(member.personId(), Attendance.PRESENT, null, null, null))))));
        assertThat(as("demo-ward", () -> meetings.monthFigures(club.id(), MARCH))
                        .held())
                .isZero();
    }

    @Test
    void unlockingWithAReasonOpensTheMonthAndKeepsTheApprovedVersion() {
        approve(MARCH);
        int before = as("demo-ward", () -> reports.view(club.id(), MARCH))
                                .content()
                                .areas()
                                .get(0)
                                .total()
                        > 0
                ? 1
                : 0;
        assertThatThrownBy(() -> as(
                        "demo-ward", () -> reports.unlock(new MonthlyCommands.Unlock(club.id(), MARCH, "sửa", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as("demo-admin", () -> reports.unlock(new MonthlyCommands.Unlock(club.id(), MARCH, " ", null))))
                .isInstanceOf(MonthlyReportRefused.class);
        var unlocked = as(
                "demo-admin",
                () -> reports.unlock(new MonthlyCommands.Unlock(club.id(), MARCH, "Ghi sót một buổi tập", null)));
        assertThat(unlocked.state()).isEqualTo(ReportState.REOPENED);

        as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 3, 31))));

        var reopened = as("demo-ward", () -> reports.view(club.id(), MARCH));
        assertThat(reopened.live()).isTrue();
        long activitiesNow = reopened.content().areas().stream()
                .filter(t -> t.labelKey().equals("activity.tally.activities"))
                .findFirst()
                .orElseThrow()
                .total();
        assertThat(activitiesNow).isEqualTo(before + 1L);
        // The approved version is kept as it was approved: without the activity recorded after the unlock.
        assertThat(reopened.approved())
                .singleElement()
                .satisfies(v -> assertThat(v.content().areas().stream()
                                .filter(t -> t.labelKey().equals("activity.tally.activities"))
                                .findFirst()
                                .orElseThrow()
                                .total())
                        .isEqualTo(activitiesNow - 1));
        assertThat(reopened.steps())
                .extracting(s -> s.action().name())
                .containsExactly("SUBMITTED", "APPROVED", "UNLOCKED");
        assertThat(reopened.steps().get(2).comment()).isEqualTo("Ghi sót một buổi tập");
    }

    @Test
    void theSubmittedFiguresAreASnapshotAndTheChainIsScoped() {
        YearMonth feb = YearMonth.of(2026, 2);
        as("demo-admin", () -> reports.submit(new MonthlyCommands.Submit(club.id(), feb, null, null)));
        // Recorded after the submission: the submitted report does not change.
        as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 2, 10))));
        var submitted = as("demo-ward", () -> reports.view(club.id(), feb));
        assertThat(submitted.live()).isFalse();
        assertThat(submitted.content().areas().get(0).total()).isZero();
        assertThat(submitted.mayApprove()).isTrue();
        var returned = as(
                "demo-ward",
                () -> reports.returnForChanges(new MonthlyCommands.Return(club.id(), feb, "Thiếu buổi tập", null)));
        assertThat(returned.state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.content().areas().get(0).total()).isEqualTo(1);

        // Another club's board sees nothing of this club; a stale version is a conflict.
        assertThatThrownBy(() -> as("demo-club", () -> reports.view(club.id(), feb)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        "demo-admin",
                        () -> reports.submit(new MonthlyCommands.Submit(club.id(), feb, null, returned.version() - 1))))
                .isInstanceOf(MonthlyReportChanged.class);
        assertThatThrownBy(() ->
                        as("demo-city", () -> reports.approve(new MonthlyCommands.Approve(club.id(), feb, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
