package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ishc.ChildApplication.OwnDatabase;
import vn.ishc.ChildApplication.WebSession;

/**
 * Two instances of the application (child JVMs, {@link ChildApplication}) on one PostgreSQL database of the
 * test's own, on different ports, as a deployment behind a load balancer runs them (issue 17, item 6): a
 * person logs in on A and goes on on B with the same session cookie (Spring Session JDBC), even logging out
 * there; a write on A is read on B; and the scheduled jobs, set to fire every {@value #PERIOD} seconds on
 * both, run once per firing (ShedLock, table {@code shedlock}): in each period one instance takes the lock
 * and the other skips.
 *
 * <p>Tagged {@code crash} (it runs child JVMs and handles PostgreSQL itself, once, in the default Surefire
 * execution); without PostgreSQL it is skipped with a warning, or fails in CI, as {@link TestDatabase} does.
 */
@Tag("crash")
class TwoInstancesTest {

    static final int PERIOD = 5;
    static final List<String> JOBS = List.of("member-import-cleanup", "audit-retention");
    static final Pattern LOCK_LINE =
            Pattern.compile("^(\\S+)\\s+DEBUG.*(Locked '([a-z-]+)'|Not executing '([a-z-]+)')", Pattern.MULTILINE);

    @Test
    void aSessionAWriteAndTheScheduledJobsAreSharedByTwoInstances() throws Exception {
        TestDatabase.assumeReachable("TwoInstancesTest is");
        Path dir = Files.createTempDirectory("ishc-two");
        List<ChildApplication> children = new ArrayList<>();
        try (OwnDatabase db = OwnDatabase.create("ishc_two")) {
            String[] jobsEveryPeriod = {
                "--ishc.import.cleanup-cron=*/" + PERIOD + " * * * * *",
                "--ishc.audit.retention-cron=*/" + PERIOD + " * * * * *",
                "--ishc.jobs.lock-at-least-for=PT3S",
                "--logging.level.net.javacrumbs.shedlock.core=DEBUG"
            };
            ChildApplication a =
                    ChildApplication.start(dir, ChildApplication.postgresEnv(db.url()), 1, jobsEveryPeriod);
            children.add(a);
            a.awaitReady();
            // B joins the running deployment: the same database, no demo data of its own to load.
            String[] bArgs = new String[jobsEveryPeriod.length + 1];
            System.arraycopy(jobsEveryPeriod, 0, bArgs, 0, jobsEveryPeriod.length);
            bArgs[jobsEveryPeriod.length] = "--ishc.demo=false";
            ChildApplication b = ChildApplication.start(dir, ChildApplication.postgresEnv(db.url()), 2, bArgs);
            children.add(b);
            b.awaitReady();
            Instant bothUp = Instant.now();

            // Log in on A, go on on B with the same cookie, log out on B: logged out on A too.
            WebSession person = WebSession.login(a, ChildApplication.DEMO_BOARD, ChildApplication.DEMO_PASSWORD);
            assertThat(person.get(a, "/").statusCode()).as("logged in on A").isEqualTo(200);
            HttpResponse<String> onB = person.get(b, "/");
            assertThat(onB.statusCode())
                    .as("the session of A on B: %s", onB.headers().map())
                    .isEqualTo(200);
            assertThat(onB.body()).contains(ChildApplication.DEMO_BOARD);

            // A write on A is read on B.
            CrashDurabilityTest.Club club = CrashDurabilityTest.club(a);
            a.post("/api/v1/clubs/" + club.id() + "/cashbook", """
                    {"kind":"MEMBERSHIP_FEE","amount":2000,"date":"%s","documentNo":"TWO-A-1"}""".formatted(club.foundedOn()));
            String onBBook = b.get("/api/v1/clubs/" + club.id() + "/cashbook");
            assertThat(JsonPath.<List<String>>read(onBBook, "$[?(@.documentNo == 'TWO-A-1')].documentNo"))
                    .as("the receipt written on A, read on B")
                    .hasSize(1);

            // The form of a page of A, posted on B (the CSRF token lives in the shared session): log out.
            person.get(a, "/clubs/" + club.id());
            HttpResponse<String> logout = person.postForm(b, "/logout", Map.of());
            assertThat(logout.statusCode()).isEqualTo(302);
            assertThat(logout.headers().firstValue("Location").orElse("")).contains("/login?logout");
            HttpResponse<String> afterLogout = person.get(a, "/");
            assertThat(afterLogout.statusCode())
                    .as("logged out on B is logged out on A")
                    .isEqualTo(302);
            assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");

            // Let the jobs fire a few times on both.
            long wait = Math.max(0, bothUp.plusSeconds(4L * PERIOD).toEpochMilli() - System.currentTimeMillis());
            Thread.sleep(wait + 1000);
            a.stop();
            b.stop();

            Map<String, Map<Long, Integer>> runsByPeriod = new HashMap<>();
            Map<String, Integer> skipped = new HashMap<>();
            for (ChildApplication child : children) {
                Matcher m = LOCK_LINE.matcher(child.log());
                while (m.find()) {
                    long period = Instant.parse(m.group(1)).getEpochSecond() / PERIOD;
                    if (m.group(3) != null) {
                        runsByPeriod
                                .computeIfAbsent(m.group(3), k -> new HashMap<>())
                                .merge(period, 1, Integer::sum);
                    } else {
                        skipped.merge(m.group(4), 1, Integer::sum);
                    }
                }
            }
            runsByPeriod.forEach((job, runs) -> System.out.printf(
                    "TwoInstancesTest: %s ran in %d periods of %d s, at most %d time(s) in one; skipped %d time(s)%n",
                    job,
                    runs.size(),
                    PERIOD,
                    runs.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                    skipped.getOrDefault(job, 0)));
            for (String job : JOBS) {
                assertThat(runsByPeriod.get(job)).as("%s ran", job).isNotNull();
                assertThat(runsByPeriod.get(job).values())
                        .as("%s ran once in each period, on one instance", job)
                        .allSatisfy(n -> assertThat(n).isEqualTo(1));
                assertThat(runsByPeriod.get(job))
                        .as("%s fired in several periods", job)
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(skipped.getOrDefault(job, 0))
                        .as("%s fired on the other instance too, which skipped it", job)
                        .isPositive();
            }
        } catch (Throwable t) {
            ChildApplication.printLogs(children);
            throw t;
        } finally {
            for (ChildApplication c : children) c.kill();
            ChildApplication.deleteRecursively(dir);
        }
    }
}
