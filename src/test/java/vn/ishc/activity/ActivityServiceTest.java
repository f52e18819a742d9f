package vn.ishc.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;
import vn.ishc.activity.ActivityCommands.CancelActivity;
import vn.ishc.activity.ActivityCommands.EditActivity;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundCommands.Receive;
import vn.ishc.fund.FundFixture;
import vn.ishc.fund.ReceiptKind;
import vn.ishc.fund.cashbook.CashBookCommands.ApproveExpense;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;

/**
 * Activities through the service, on H2 and on PostgreSQL: recorded with their people, an expense of the club's
 * fund posted through the fund API (or waiting for a second approver) and taken back on cancelling, the funds
 * balancing throughout; corrections with a version; scopes (another club's board and another ward see nothing,
 * a viewer cannot write); every change audited; the calendar counting them.
 */
@IntegrationTest
class ActivityServiceTest {
    @Autowired
    ActivityService activities;

    @Autowired
    AreaCalendar calendar;

    @Autowired
    ClubFunds funds;

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

    FundFixture f;
    ClubView club;
    MemberView first;
    MemberView second;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new FundFixture(accounts, clubs, members);
        club = f.club();
        first = f.member(club);
        second = f.member(club);
        today = LocalDate.now(clock);
    }

    <T> T ward(Supplier<T> work) {
        return f.as("demo-ward", work);
    }

    RecordActivity activity(LocalDate on, Vnd cost, PaidBy paidBy, FundingSource source) {
        return new RecordActivity(
                club.id(),
                "HEALTH",
                "ORDINARY",
                on,
                "Tập dưỡng sinh buổi sáng",
                "Ở nhà văn hóa tổ 3",
                List.of(first.personId(), second.personId()),
                5,
                List.of(first.personId()),
                3,
                cost,
                paidBy,
                source,
                null);
    }

    void fee(long dong) {
        ward(() -> funds.receive(new Receive(
                club.id(), ReceiptKind.MEMBERSHIP_FEE, FundFixture.FOUNDED, Vnd.of(dong), null, "PT-1", null)));
    }

    long activityFund() {
        return ward(() -> funds.balances(club.id(), today)).activityFund().dong();
    }

    void balanced() {
        assertThat(ward(() -> funds.balances(club.id(), today)).holds()).isTrue();
    }

    @Test
    void recordedWithItsPeopleAndAudited() {
        Activity a = ward(() -> activities.record(activity(today, null, null, null)));
        Activity read = ward(() -> activities.get(a.id()));
        assertThat(read.participants()).containsExactlyInAnyOrder(first.personId(), second.personId());
        assertThat(read.beneficiaryMembers()).containsExactly(first.personId());
        assertThat(read.participantCount()).isEqualTo(7);
        assertThat(ward(() -> activities.names(read))).containsKeys(first.personId(), second.personId());
        var audit = AuditedChanges.latest(jdbc, "activity", a.id(), "ActivityRecorded");
        assertThat(audit.username()).isEqualTo("demo-ward");
        assertThat(audit.changes().get("title")).containsExactly(null, "Tập dưỡng sinh buổi sáng");
        assertThat(audit.changes().get("area")).containsExactly(null, "HEALTH");
    }

    @Test
    void aMemberWhoLeftOrNeverJoinedIsNotAParticipant() {
        MemberView stranger = f.member(f.club());
        RecordActivity c = new RecordActivity(
                club.id(),
                "HEALTH",
                "ORDINARY",
                today,
                "t",
                null,
                List.of(stranger.personId()),
                0,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> ward(() -> activities.record(c)))
                .isInstanceOf(ActivityRefused.class)
                .hasFieldOrPropertyWithValue("field", "participants[0]");
    }

    @Test
    void anExpenseOfTheClubsFundIsPostedAndReversedOnCancelling() {
        fee(500_000);
        long before = activityFund();
        long entries = entries();
        Activity a = ward(() -> activities.record(activity(today, Vnd.of(200_000), PaidBy.CLUB_FUND, null)));
        assertThat(a.fundPosting()).isPositive();
        assertThat(a.fundRequest()).isNull();
        assertThat(activityFund()).isEqualTo(before - 200_000);
        assertThat(entries()).isEqualTo(entries + 1);
        assertThat(jdbc.sql("select kind from fund_entry where posting = :p")
                        .param("p", a.fundPosting())
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVITY");
        balanced();

        Activity cancelled = ward(() -> activities.cancel(new CancelActivity(a.id(), "Ghi nhầm")));
        assertThat(cancelled.standing()).isFalse();
        assertThat(activityFund()).isEqualTo(before);
        assertThat(entries()).isEqualTo(entries + 2);
        balanced();
        var audit = AuditedChanges.latest(jdbc, "activity", a.id(), "ActivityCancelled");
        assertThat(audit.reason()).isEqualTo("Ghi nhầm");
        assertThat(audit.changes().get("fundReversal").get(1)).isNotEqualTo("0");
        assertThatThrownBy(() -> ward(() -> activities.cancel(new CancelActivity(a.id(), "again"))))
                .hasFieldOrPropertyWithValue("messageKey", "activity.error.cancelled");
    }

    @Test
    void anExpenseBeyondTheFundWaitsForASecondApproverAndIsWithdrawnOnCancelling() {
        fee(50_000);
        long before = activityFund();
        Activity a = ward(() -> activities.record(activity(today, Vnd.of(50_001), PaidBy.CLUB_FUND, null)));
        assertThat(a.fundPosting()).isZero();
        assertThat(a.fundRequest()).isNotNull();
        assertThat(activityFund()).isEqualTo(before);
        assertThat(status(a.fundRequest())).isEqualTo("PENDING");
        balanced();
        ward(() -> activities.cancel(new CancelActivity(a.id(), "Không tổ chức")));
        assertThat(status(a.fundRequest())).isEqualTo("WITHDRAWN");
        assertThat(activityFund()).isEqualTo(before);
        balanced();
        // Exactly the balance is posted at once.
        Activity exact = ward(() -> activities.record(activity(today, Vnd.of(before), PaidBy.CLUB_FUND, null)));
        assertThat(exact.fundPosting()).isPositive();
        assertThat(activityFund()).isZero();
        balanced();
    }

    @Test
    void anExpenseApprovedSinceIsReversedOnCancelling() {
        fee(10_000);
        Activity a = ward(() -> activities.record(activity(today, Vnd.of(30_000), PaidBy.CLUB_FUND, null)));
        assertThat(a.fundRequest()).isNotNull();
        // Another receipt, then a second board member (here the city officer) approves the expense.
        fee(40_000);
        f.as("demo-city", () -> cash.approve(new ApproveExpense(club.id(), a.fundRequest())));
        assertThat(status(a.fundRequest())).isEqualTo("APPROVED");
        long before = activityFund();
        assertThat(before).isEqualTo(20_000);
        ward(() -> activities.cancel(new CancelActivity(a.id(), "Không tổ chức")));
        assertThat(activityFund()).isEqualTo(50_000);
        balanced();
    }

    @Test
    void costsPaidByTheWardOrADonorDoNotTouchTheFund() {
        long entries = entries();
        Activity a = ward(() ->
                activities.record(activity(today, Vnd.of(1_000_000), PaidBy.DONOR, FundingSource.INTERNATIONAL_AID)));
        assertThat(a.fundPosting()).isZero();
        assertThat(entries()).isEqualTo(entries);
        ward(() -> activities.cancel(new CancelActivity(a.id(), "Hủy")));
        assertThat(entries()).isEqualTo(entries);
    }

    @Test
    void theFundsRefusalIsTheActivitysAndNothingIsRecorded() {
        long count = count();
        // A cost beyond the fund's ceiling of one entry is refused on the cost.
        assertThatThrownBy(() -> ward(
                        () -> activities.record(activity(today, Vnd.of(Long.MAX_VALUE / 2), PaidBy.CLUB_FUND, null))))
                .isInstanceOf(ActivityRefused.class)
                .hasFieldOrPropertyWithValue("field", "cost");
        assertThat(count()).isEqualTo(count);
    }

    @Test
    void theTextIsCorrectedWithTheVersionRead() {
        Activity a = ward(() -> activities.record(activity(today, null, null, null)));
        Activity edited =
                ward(() -> activities.edit(new EditActivity(a.id(), a.version(), "Khám mắt", "Trạm y tế phường")));
        assertThat(edited.title()).isEqualTo("Khám mắt");
        assertThat(edited.version()).isEqualTo(a.version() + 1);
        assertThatThrownBy(() -> ward(() -> activities.edit(new EditActivity(a.id(), a.version(), "Cũ", null))))
                .isInstanceOf(ActivityEditedConcurrently.class);
        var audit = AuditedChanges.latest(jdbc, "activity", a.id(), "ActivityEdited");
        assertThat(audit.changes().get("title")).containsExactly("Tập dưỡng sinh buổi sáng", "Khám mắt");
    }

    @Test
    void scopes() {
        Activity a = ward(() -> activities.record(activity(today, null, null, null)));
        // Another club's board sees nothing of it; the city sees it; a viewer reads but cannot write.
        assertThatThrownBy(() -> f.as("demo-club", () -> activities.get(a.id())))
                .isInstanceOf(ActivityNotFound.class);
        assertThatThrownBy(() -> f.as("demo-club", () -> activities.record(activity(today, null, null, null))))
                .isInstanceOf(vn.ishc.shared.NotFoundException.class);
        assertThat(f.as("demo-city", () -> activities.get(a.id())).id()).isEqualTo(a.id());
        assertThat(f.as("demo-viewer", () -> activities.get(a.id())).id()).isEqualTo(a.id());
        assertThatThrownBy(() -> f.as("demo-viewer", () -> activities.record(activity(today, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("demo-viewer", () -> activities.cancel(new CancelActivity(a.id(), "x"))))
                .isInstanceOf(AccessDeniedException.class);
        // The ward officer sees only the ward's territory: a club of Tân An is not there.
        long tanAn = jdbc.sql("select min(id) from club where name = 'CLB Liên thế hệ tự giúp nhau Tân An'")
                .query(Long.class)
                .single();
        Activity there = f.as(
                "demo-city",
                () -> activities.record(new RecordActivity(
                        tanAn,
                        "CULTURE_SPORTS",
                        "EXCHANGE",
                        today,
                        "Giao lưu văn nghệ",
                        null,
                        null,
                        40,
                        null,
                        40,
                        null,
                        null,
                        null,
                        null)));
        assertThatThrownBy(() -> ward(() -> activities.get(there.id()))).isInstanceOf(ActivityNotFound.class);
        assertThatThrownBy(() -> ward(() -> calendar.clubYear(tanAn, today.getYear())))
                .isInstanceOf(vn.ishc.shared.NotFoundException.class);
        assertThat(ward(() -> calendar.overview(new AreaCalendar.Query(today.getYear(), null, null, null, false, 0, 0)))
                        .rows())
                .noneMatch(r -> r.club().id() == tanAn);
    }

    @Test
    void theCalendarCountsStandingActivitiesByAreaAndMonth() {
        LocalDate march = LocalDate.of(today.getYear(), 3, 10);
        ward(() -> activities.record(activity(march, null, null, null)));
        ward(() -> activities.record(activity(march.plusDays(1), null, null, null)));
        Activity gone = ward(() -> activities.record(activity(march, null, null, null)));
        ward(() -> activities.cancel(new CancelActivity(gone.id(), "Trùng")));
        ward(() -> activities.record(new RecordActivity(
                club.id(),
                null,
                "LOUDSPEAKER",
                today,
                "Phát thanh",
                null,
                null,
                0,
                null,
                200,
                null,
                null,
                null,
                null)));
        AreaCalendar.ClubYear year = ward(() -> calendar.clubYear(club.id(), today.getYear()));
        AreaCalendar.AreaRow health = row(year, "HEALTH");
        assertThat(health.month(3)).isEqualTo(2);
        assertThat(health.total()).isEqualTo(2);
        assertThat(row(year, "COMMUNICATION").month(today.getMonthValue())).isEqualTo(1);
        assertThat(year.rows()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(year.empty())
                .extracting(Area::code)
                .contains("INCOME", "RIGHTS")
                .doesNotContain("HEALTH");
        assertThat(year.total()).isEqualTo(3);

        var q = new AreaCalendar.Query(today.getYear(), 3, null, "health", false, 0, 100_000);
        AreaCalendar.Overview march3 = ward(() -> calendar.overview(q));
        assertThat(march3.areas()).extracting(Area::code).containsExactly("HEALTH");
        assertThat(march3.rows().stream()
                        .filter(r -> r.club().id() == club.id())
                        .findFirst()
                        .orElseThrow()
                        .count("HEALTH"))
                .isEqualTo(2);
        var empty = new AreaCalendar.Query(today.getYear(), 3, null, "HEALTH", true, 0, 100_000);
        assertThat(ward(() -> calendar.overview(empty)).rows())
                .noneMatch(r -> r.club().id() == club.id());
        assertThatThrownBy(() -> ward(
                        () -> calendar.overview(new AreaCalendar.Query(today.getYear(), 13, null, null, false, 0, 0))))
                .hasFieldOrPropertyWithValue("messageKey", "activity.error.month");
    }

    static AreaCalendar.AreaRow row(AreaCalendar.ClubYear year, String area) {
        return year.rows().stream()
                .filter(r -> r.area().code().equals(area))
                .findFirst()
                .orElseThrow();
    }

    long entries() {
        return jdbc.sql("select count(*) from fund_entry where club_id = :c")
                .param("c", club.id())
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from activity where club_id = :c")
                .param("c", club.id())
                .query(Long.class)
                .single();
    }

    String status(long request) {
        return jdbc.sql("select status from fund_expense_request where id = :id")
                .param("id", request)
                .query(String.class)
                .single();
    }
}
