package vn.ishc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.IntegrationTest;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.activity.ActivityService;
import vn.ishc.activity.AreaCalendar;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundFixture;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.MonthLocked;

/**
 * A write racing an approval of the same club-month, in two threads (on H2 and on PostgreSQL, where the
 * {@code postgresql} execution reruns it): whichever takes the club's lock row first goes through, the other
 * waits for it to commit. A write that holds the row makes the approval wait; an approval that holds it makes
 * the write wait and then refuses it, so no write ever lands in a month after its approval committed.
 */
@IntegrationTest
class MonthLockRaceTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    /** How long a blocked thread is watched to stay blocked: well under the databases' lock timeouts. */
    static final long BLOCKED_MS = 400;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    ActivityService activities;

    @Autowired
    AreaCalendar calendar;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    FundFixture f;
    ClubView club;
    MemberView member;

    @BeforeEach
    void setUp() {
        f = new FundFixture(accounts, clubs, members);
        club = f.club();
        member = f.member(club);
        f.as("demo-admin", () -> reports.submit(new MonthlyCommands.Submit(club.id(), MARCH, null, null)));
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

    long activitiesInMarch() {
        return calendar.month(club.id(), MARCH).stream()
                .filter(t -> t.labelKey().equals("activity.tally.activities"))
                .findFirst()
                .orElseThrow()
                .total();
    }

    CompletableFuture<Object> approval() {
        return CompletableFuture.supplyAsync(() ->
                f.as("demo-ward", () -> reports.approve(new MonthlyCommands.Approve(club.id(), MARCH, null, null))));
    }

    @Test
    void aWriteHoldingTheClubMakesTheApprovalWait() throws Exception {
        CountDownLatch written = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Object> write = CompletableFuture.supplyAsync(() -> f.as(
                "demo-ward",
                () -> new TransactionTemplate(transactions).execute(s -> {
                    var a = activities.record(activity(LocalDate.of(2026, 3, 31)));
                    written.countDown();
                    await(release);
                    return a;
                })));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> approve = approval();
        Thread.sleep(BLOCKED_MS);
        assertThat(approve).isNotDone();
        release.countDown();
        write.get(30, TimeUnit.SECONDS);
        approve.get(30, TimeUnit.SECONDS);
        assertThat(f.as("demo-ward", () -> reports.view(club.id(), MARCH)).state())
                .isEqualTo(ReportState.APPROVED);
        assertThat(activitiesInMarch()).isEqualTo(1);
    }

    @Test
    void anApprovalHoldingTheClubMakesTheWriteWaitAndThenRefusesIt() throws Exception {
        CountDownLatch approved = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Object> approve = CompletableFuture.supplyAsync(() -> f.as(
                "demo-ward",
                () -> new TransactionTemplate(transactions).execute(s -> {
                    var r = reports.approve(new MonthlyCommands.Approve(club.id(), MARCH, null, null));
                    approved.countDown();
                    await(release);
                    return r;
                })));
        assertThat(approved.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> write = CompletableFuture.supplyAsync(() ->
                f.as("demo-ward", () -> activities.record(activity(LocalDate.of(2026, 3, 31)))));
        Thread.sleep(BLOCKED_MS);
        assertThat(write).isNotDone();
        release.countDown();
        approve.get(30, TimeUnit.SECONDS);
        try {
            write.get(30, TimeUnit.SECONDS);
            throw new AssertionError("the write went through after the approval");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(MonthLocked.class);
        }
        assertThat(activitiesInMarch()).isZero();
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("not released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
