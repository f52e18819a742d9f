package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ishc.ChildApplication.WebSession;

/**
 * PostgreSQL restarted under load (issue 17, item 5): the application, a child JVM ({@link
 * ChildApplication}) on a PostgreSQL cluster of the test's own ({@code pg_createcluster} on a free port,
 * dropped at the end, so the shared server at 5432 is never touched), serves API reads, API writes and a
 * web page from four threads while the cluster is stopped for a few seconds and started again. During the
 * outage a request may fail, but only with a clean 503 (problem JSON for the API, the error page for a
 * person), never a stack trace and never an answer cut off half-way; afterwards the same application answers
 * again by itself, without a restart, and a write made then is kept. Before the rollbacks that fail on the
 * broken connection were recognised as the outage ({@code DatabaseOutage}, {@code web.Idempotency}), such
 * requests got the server's bare 500 page or the HTML 503 page for the API in most runs, and before answers
 * were kept back up to 64 KiB ({@code web.DatabaseOutageFilter}) the page was cut off in some.
 *
 * <p>Needs root and PostgreSQL's cluster tools (Debian's postgresql-common); without them the test is
 * skipped with a warning, or fails in CI (environment {@code CI=true}), as {@link TestDatabase} does.
 */
@Tag("crash")
class PostgresRestartTest {

    static final int THREADS = 4;
    static final Duration OUTAGE = Duration.ofSeconds(6);
    static final Duration RECOVERY = Duration.ofSeconds(90);

    @Test
    void theApplicationAnswersAgainByItselfAfterPostgresqlRestarts() throws Exception {
        try (PrivateCluster cluster = PrivateCluster.create()) {
            Path dir = Files.createTempDirectory("ishc-pg-restart");
            List<ChildApplication> children = new ArrayList<>();
            try {
                ChildApplication app =
                        ChildApplication.start(dir, ChildApplication.postgresEnv(cluster.url("ishc")), 1);
                children.add(app);
                app.awaitReady();
                CrashDurabilityTest.Club club = CrashDurabilityTest.club(app);
                WebSession board = WebSession.login(app, ChildApplication.DEMO_BOARD, ChildApplication.DEMO_PASSWORD);
                String page = "/clubs/" + club.id();
                HttpResponse<String> first = board.get(app, page);
                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .as("the page fits in the part of an answer kept back (web.DatabaseOutageFilter.ANSWER_BUFFER)")
                        .isLessThan(64 * 1024);

                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger receipts = new AtomicInteger();
                Map<String, Integer> statuses = new ConcurrentHashMap<>();
                ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
                ExecutorService load = Executors.newFixedThreadPool(THREADS);
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    workers.add(load.submit(() -> {
                        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
                        int n = 0;
                        while (running.get() && System.nanoTime() < deadline) {
                            n++;
                            String what;
                            HttpResponse<String> r;
                            try {
                                if (thread == 0) {
                                    what = "page";
                                    r = board.get(app, page);
                                } else if (thread == 1) {
                                    what = "write";
                                    String doc = "RESTART-" + receipts.incrementAndGet();
                                    r = app.http.send(
                                            app.api("/api/v1/clubs/" + club.id() + "/cashbook")
                                                    .header("Content-Type", "application/json")
                                                    .POST(ChildApplication.json("""
                                                    {"kind":"MEMBERSHIP_FEE","amount":1000,"date":"%s","documentNo":"%s"}""".formatted(club.foundedOn(), doc)))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString());
                                    if (r.statusCode() / 100 == 2) acknowledged.add(doc);
                                } else {
                                    what = "read";
                                    r = app.http.send(
                                            app.api("/api/v1/clubs/" + club.id() + "/funds/balance")
                                                    .GET()
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString());
                                }
                            } catch (InterruptedException e) {
                                return;
                            } catch (Exception e) {
                                // An answer cut off half-way: the page is smaller than the part of an answer
                                // kept back until it is whole (web.DatabaseOutageFilter), so it must not be.
                                unclean.add("no answer: " + e);
                                statuses.merge("cut off", 1, Integer::sum);
                                continue;
                            }
                            statuses.merge(what + " " + r.statusCode(), 1, Integer::sum);
                            String problem = uncleanAnswer(what, r);
                            if (problem != null) unclean.add(problem);
                            if (n % 5 == 0) sleepQuietly(50);
                        }
                        return;
                    }));
                }
                try {
                    Thread.sleep(2000);
                    cluster.ctl("stop");
                    Thread.sleep(OUTAGE.toMillis());
                    cluster.ctl("start");
                    long back = System.nanoTime();
                    // The application recovers by itself: a read and a page answer 200 again within the limit.
                    long deadline = back + RECOVERY.toNanos();
                    boolean recovered = false;
                    while (!recovered && System.nanoTime() < deadline) {
                        HttpResponse<String> r = app.http.send(
                                app.api("/api/v1/clubs/" + club.id() + "/funds/balance")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        recovered =
                                r.statusCode() == 200 && board.get(app, page).statusCode() == 200;
                        if (!recovered) Thread.sleep(500);
                    }
                    assertThat(recovered)
                            .as(
                                    "the application answers again within %s of PostgreSQL's start; answers: %s",
                                    RECOVERY, statuses)
                            .isTrue();
                    System.out.printf(
                            "PostgresRestartTest: answering again %d ms after PostgreSQL started%n",
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back));
                    Thread.sleep(2000);
                } finally {
                    running.set(false);
                    load.shutdown();
                    assertThat(load.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
                }
                for (Future<?> w : workers) w.get();

                System.out.println("PostgresRestartTest: answers during the run " + statuses);
                assertThat(unclean)
                        .as("answers that were not 2xx or a clean 503")
                        .isEmpty();
                assertThat(statuses.keySet())
                        .as("the load met the outage (some answers were 503) and went on after it")
                        .contains("read 200", "write 201", "page 200")
                        .anyMatch(s -> s.endsWith(" 503"));
                assertThat(app.process.isAlive())
                        .as("the same application, never restarted")
                        .isTrue();

                // Every receipt acknowledged, the ones during the outage included, is in the books.
                String cashbook = app.get("/api/v1/clubs/" + club.id() + "/cashbook");
                List<String> docs = JsonPath.read(cashbook, "$[?(@.documentNo =~ /RESTART-.*/)].documentNo");
                assertThat(docs).containsAll(acknowledged).doesNotHaveDuplicates();
                app.stop();
            } catch (Throwable t) {
                ChildApplication.printLogs(children);
                throw t;
            } finally {
                for (ChildApplication c : children) c.kill();
                ChildApplication.deleteRecursively(dir);
            }
        }
    }

    /** Null for a 2xx or a clean 503; otherwise what was wrong with the answer. */
    static String uncleanAnswer(String what, HttpResponse<String> r) {
        int status = r.statusCode();
        String body = r.body();
        if (status / 100 == 2) return null;
        String said = what + " " + status + ": " + ChildApplication.abbreviate(body);
        if (body.contains("Exception") || body.contains("\tat ") || body.contains(".java:")) {
            return "a stack trace in " + said;
        }
        if (status != 503) return said;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (what.equals("page")) {
            return type.startsWith("text/html") && body.contains("<html") ? null : "not an error page: " + said;
        }
        if (!type.startsWith("application/problem+json")) return "not problem JSON: " + said;
        return JsonPath.<Integer>read(body, "$.status") == 503 ? null : said;
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A PostgreSQL cluster of the test's own (Debian's {@code pg_createcluster}), on a free port, trusting
     * local TCP connections, dropped by {@link #close()}.
     */
    record PrivateCluster(String version, String name, int port) implements AutoCloseable {

        static PrivateCluster create() throws Exception {
            String skipped = unavailable();
            if (skipped != null) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new IllegalStateException(skipped + ": REQUIRED here (CI)");
                }
                System.err.println("WARNING: " + skipped + ": PostgresRestartTest SKIPPED.");
                Assumptions.abort(skipped);
            }
            String version;
            try (var versions = Files.list(Path.of("/etc/postgresql"))) {
                version = versions.map(p -> p.getFileName().toString())
                        .filter(v -> v.matches("\\d+"))
                        .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                        .orElseThrow(() -> new IllegalStateException("no PostgreSQL version in /etc/postgresql"));
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            PrivateCluster cluster = new PrivateCluster(
                    version, "ishc_restart_" + ProcessHandle.current().pid(), port);
            run("pg_dropcluster", "--stop", version, cluster.name); // a leftover of an earlier run, if any
            run("pg_createcluster", version, cluster.name, "-p", String.valueOf(port), "--", "--auth=trust");
            try {
                cluster.ctl("start");
                try (Connection c = DriverManager.getConnection(cluster.url("postgres"), "postgres", "")) {
                    c.createStatement().execute("create database ishc");
                }
            } catch (Exception e) {
                cluster.close();
                throw e;
            }
            return cluster;
        }

        /** Why no cluster can be made here, or null. */
        static String unavailable() {
            if (!"root".equals(System.getProperty("user.name"))) return "not root: no PostgreSQL cluster of its own";
            if (!Files.isExecutable(Path.of("/usr/bin/pg_createcluster"))) return "no pg_createcluster";
            if (!Files.isDirectory(Path.of("/etc/postgresql"))) return "no /etc/postgresql";
            return null;
        }

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        /** pg_ctlcluster start, stop or restart; start waits until the server answers. */
        void ctl(String action) throws Exception {
            String out = run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, action);
            if (!action.equals("stop")) awaitAnswer();
            System.out.println("PostgresRestartTest: pg_ctlcluster " + action + " " + out.strip());
        }

        void awaitAnswer() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "")) {
                    if (c.isValid(5)) return;
                } catch (Exception notYet) {
                    Thread.sleep(200);
                }
            }
            throw new IllegalStateException("the private PostgreSQL cluster did not answer on port " + port);
        }

        @Override
        public void close() throws Exception {
            run("pg_dropcluster", "--stop", version, name);
        }

        static String run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (p.exitValue() != 0 && !command[0].equals("pg_dropcluster")) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        }
    }
}
