package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A write the application has confirmed survives the application being killed (issue 11, item 5). The real
 * application runs as a child JVM with demo data; 40 cash-book receipts are posted at once as the demo club
 * board; the child is killed with SIGKILL as soon as a few have been answered 2xx, while the others are in
 * flight; the application is started again on the same database, and every receipt that was answered 2xx
 * must be in the club's cash book, once and whole.
 *
 * <p>On H2 the child runs in a temporary directory with the application's default database URL, so the
 * test covers exactly what a default installation does. On PostgreSQL it uses a database of its own,
 * created and dropped here, so the shared {@code test} database is left alone; without PostgreSQL that half
 * is skipped with a warning (it fails in CI, as {@link TestDatabase} does).
 *
 * <p>Tagged {@code crash}, not {@code integration}: it handles both databases itself, so it runs once, in
 * the default Surefire execution, and not again in the {@code postgresql} one.
 */
@Tag("crash")
class CrashDurabilityTest {

    static final int BURST = 40;
    static final int KILL_AFTER = 5;
    static final String CLUB = "CLB Liên thế hệ tự giúp nhau Tổ dân phố 3 Tân Lập";
    static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("demo-club:demo".getBytes(StandardCharsets.UTF_8));

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void everyWriteAnsweredBeforeTheKillIsInTheH2FileAfterRestart() throws Exception {
        Path dir = Files.createTempDirectory("ishc-crash-h2");
        try {
            // No ISHC_DB_URL: the application's default URL, whose ./data/ishc lands in the child's directory.
            Map<String, String> env = new HashMap<>();
            List<Child> started = crashAndRestart("H2", dir, env);
            assertThat(started.get(0).log())
                    .as("the default H2 URL is durable by itself, not by DatabaseConfig's correction")
                    .doesNotContain("does not say WRITE_DELAY");
            assertThat(dir.resolve("data/ishc.mv.db")).exists();
        } finally {
            deleteRecursively(dir);
        }
    }

    @Test
    void everyWriteAnsweredBeforeTheKillIsInPostgresqlAfterRestart() throws Exception {
        TestDatabase.assumeReachable("the PostgreSQL half of CrashDurabilityTest is");
        String database = "ishc_crash_" + ProcessHandle.current().pid();
        String serverUrl = TestDatabase.url();
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
        Path dir = Files.createTempDirectory("ishc-crash-pg");
        postgres("drop database if exists " + database + " with (force)");
        postgres("create database " + database);
        try {
            Map<String, String> env = new HashMap<>();
            env.put("ISHC_DB_URL", url);
            env.put("ISHC_DB_USER", TestDatabase.user());
            env.put("ISHC_DB_PASSWORD", TestDatabase.password());
            crashAndRestart("PostgreSQL", dir, env);
        } finally {
            try {
                postgres("drop database if exists " + database + " with (force)");
            } finally {
                deleteRecursively(dir);
            }
        }
    }

    /** Start, burst, SIGKILL, start again, check; returns the two children (both stopped by then). */
    List<Child> crashAndRestart(String database, Path dir, Map<String, String> env) throws Exception {
        List<Child> children = new ArrayList<>();
        try {
            Child first = Child.start(dir, env, 1);
            children.add(first);
            first.awaitReady();
            Club club = club(first);

            Set<String> answered = ConcurrentHashMap.newKeySet();
            Map<String, String> outcomes = new ConcurrentHashMap<>();
            AtomicInteger ok = new AtomicInteger();
            List<CompletableFuture<?>> burst = new ArrayList<>();
            for (int n = 1; n <= BURST; n++) {
                String doc = "KILL-" + n;
                String body = """
                        {"kind":"MEMBERSHIP_FEE","amount":1000,"date":"%s","documentNo":"%s","note":"crash test"}""".formatted(club.foundedOn(), doc);
                HttpRequest post = HttpRequest.newBuilder(first.uri("/api/v1/clubs/" + club.id() + "/cashbook"))
                        .header("Authorization", AUTH)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                burst.add(http.sendAsync(post, HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            if (response != null && response.statusCode() / 100 == 2) {
                                answered.add(doc);
                                if (ok.incrementAndGet() == KILL_AFTER) first.kill();
                            }
                            outcomes.put(
                                    doc,
                                    response != null
                                            ? response.statusCode() + " " + abbreviate(response.body())
                                            : failure.getClass().getSimpleName());
                        }));
            }
            try {
                CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new))
                        .exceptionally(e -> null)
                        .get(180, TimeUnit.SECONDS);
            } finally {
                first.kill();
            }
            assertThat(first.process.exitValue())
                    .as("the first application was killed with SIGKILL (exit 128 + 9)")
                    .isEqualTo(137);
            assertThat(answered)
                    .as("answered 2xx before the kill; every outcome: %s", outcomes)
                    .hasSizeGreaterThanOrEqualTo(KILL_AFTER);
            System.out.printf(
                    "CrashDurabilityTest on %s: %d of %d answered 2xx before SIGKILL, %d failed or cut off%n",
                    database, answered.size(), BURST, BURST - answered.size());

            Child second = Child.start(dir, env, 2);
            children.add(second);
            second.awaitReady();
            String cashbook = second.get("/api/v1/clubs/" + club.id() + "/cashbook");
            List<String> docs = JsonPath.read(cashbook, "$[?(@.documentNo =~ /KILL-.*/)].documentNo");
            List<Object> amounts = JsonPath.read(cashbook, "$[?(@.documentNo =~ /KILL-.*/)].amount");
            assertThat(docs)
                    .as("every receipt answered 2xx before the kill is in the cash book after the restart")
                    .containsAll(answered)
                    .doesNotHaveDuplicates();
            assertThat(amounts)
                    .as("nothing half-written")
                    .allSatisfy(a -> assertThat(((Number) a).longValue()).isEqualTo(1000));
            second.stop();
            return children;
        } catch (Throwable t) {
            for (Child c : children) {
                System.err.println("---- log of child " + c.number + " (last 60 lines) ----\n" + c.tail(60));
            }
            throw t;
        } finally {
            for (Child c : children) c.kill();
        }
    }

    record Club(long id, String foundedOn) {}

    Club club(Child child) throws Exception {
        String page = child.get("/api/v1/clubs?size=100");
        List<Number> ids = JsonPath.read(page, "$.content[?(@.name == '" + CLUB + "')].id");
        List<String> founded = JsonPath.read(page, "$.content[?(@.name == '" + CLUB + "')].foundedOn");
        assertThat(ids).as("the demo club board's club in %s", page).hasSize(1);
        return new Club(ids.get(0).longValue(), founded.get(0));
    }

    static void postgres(String sql) throws Exception {
        try (Connection c =
                DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password())) {
            c.createStatement().execute(sql);
        }
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The application as a child JVM: the test JVM's classpath without the test classes. */
    static final class Child {
        final Process process;
        final int port;
        final int number;
        final Path log;
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        private Child(Process process, int port, int number, Path log) {
            this.process = process;
            this.port = port;
            this.number = number;
            this.log = log;
        }

        static Child start(Path dir, Map<String, String> env, int number) throws IOException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xmx512m",
                    "-cp",
                    applicationClassPath(),
                    "vn.ishc.IshcApplication",
                    "--server.port=" + port,
                    "--ishc.demo=true",
                    "--spring.main.banner-mode=off");
            Path log = dir.resolve("child-" + number + ".log");
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = pb.environment();
            Stream.of("ISHC_DB_URL", "ISHC_DB_USER", "ISHC_DB_PASSWORD", "SPRING_PROFILES_ACTIVE", "SERVER_PORT")
                    .forEach(environment::remove);
            environment.putAll(env);
            return new Child(pb.start(), port, number, log);
        }

        /**
         * Surefire runs the tests with a manifest-only jar on {@code java.class.path} and the real classpath
         * in {@code surefire.test.class.path}; either works with {@code -cp}. The test classes are left out,
         * so the child is the application alone.
         */
        static String applicationClassPath() {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return Arrays.stream(cp.split(File.pathSeparator))
                    .filter(e -> !e.replace('\\', '/').endsWith("/test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** Ready once the demo data is in: readiness follows the application runners that load it. */
        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application exited with " + process.exitValue() + ":\n" + tail(60));
                }
                try {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) return;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the application did not become ready:\n" + tail(60));
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Authorization", AUTH)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
            return r.body();
        }

        /** SIGKILL: {@link Process#destroyForcibly()} sends it on Linux and macOS. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** SIGTERM, a graceful shutdown. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
        }

        String log() throws IOException {
            return Files.exists(log) ? Files.readString(log) : "";
        }

        String tail(int lines) {
            try {
                List<String> all = log().lines().toList();
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }
}
