package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ishc.ChildApplication.WebSession;

/**
 * Two instances of the application (child JVMs, {@link ChildApplication}) on one PostgreSQL database, on
 * different ports, as a deployment behind a load balancer runs them (issue 17, item 6): a person logs in on A
 * and goes on on B with the same session cookie (Spring Session JDBC), even logging out there; a write on A is
 * read on B; and the scheduled jobs, set to fire every {@value #PERIOD} seconds on both, run once per firing
 * (ShedLock, table {@code shedlock}): in each period one instance takes the lock and the other skips.
 *
 * <p>Not a test class of its own: A is the application that {@link CrashDurabilityTest} has just started again
 * on its PostgreSQL database after the kill (with {@link #JOBS_EVERY_PERIOD}), so the demo data are loaded
 * once for both checks instead of once each (a child start that loads the demo data is the dearest step of the
 * build). Without PostgreSQL both are skipped with a warning, or fail in CI, as {@link TestDatabase} does.
 */
final class TwoInstances {

    static final int PERIOD = 5;
    static final List<String> JOBS = List.of("member-import-cleanup", "audit-retention");
    static final Pattern LOCK_LINE =
            Pattern.compile("^(\\S+)\\s+DEBUG.*(Locked '([a-z-]+)'|Not executing '([a-z-]+)')", Pattern.MULTILINE);
    /** The arguments of both instances: both jobs fire every {@value #PERIOD} seconds and log their locks. */
    static final String[] JOBS_EVERY_PERIOD = {
        "--ishc.import.cleanup-cron=*/" + PERIOD + " * * * * *",
        "--ishc.audit.retention-cron=*/" + PERIOD + " * * * * *",
        "--ishc.jobs.lock-at-least-for=PT3S",
        "--logging.level.net.javacrumbs.shedlock.core=DEBUG"
    };

    private TwoInstances() {}

    /**
     * Starts B on the database of {@code a} (running, ready, started with {@link #JOBS_EVERY_PERIOD}), checks
     * the session, a write and the jobs across the two, and stops both. B's log goes to {@code dir}; B is added
     * to {@code children}, so that the caller prints its log and kills it if anything fails.
     */
    static void check(ChildApplication a, Path dir, Map<String, String> env, List<ChildApplication> children)
            throws Exception {
        // B joins the running deployment: the same database, no demo data of its own to load.
        String[] bArgs = new String[JOBS_EVERY_PERIOD.length + 1];
        System.arraycopy(JOBS_EVERY_PERIOD, 0, bArgs, 0, JOBS_EVERY_PERIOD.length);
        bArgs[JOBS_EVERY_PERIOD.length] = "--ishc.demo=false";
        ChildApplication b = ChildApplication.start(dir, env, a.number + 1, bArgs);
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
        for (ChildApplication child : List.of(a, b)) {
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
                "TwoInstances: %s ran in %d periods of %d s, at most %d time(s) in one; skipped %d time(s)%n",
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
    }
}
