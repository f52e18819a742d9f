package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real application as a child JVM, for the tests that kill it, restart its database or run two of it
 * ({@link CrashDurabilityTest} with {@link TwoInstances}, {@link PostgresRestartTest}): the test JVM's
 * classpath without the test classes, the given environment and arguments, its log in a file of the given
 * directory. {@link #kill()} sends SIGKILL.
 */
final class ChildApplication {
    static final String DEMO_CLUB = "CLB Liên thế hệ tự giúp nhau Tổ dân phố 3 Tân Lập";
    static final String DEMO_BOARD = "demo-club";
    static final String DEMO_PASSWORD = "demo";
    static final String AUTH = "Basic "
            + Base64.getEncoder().encodeToString((DEMO_BOARD + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    final Process process;
    final int port;
    final int number;
    final Path log;
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private ChildApplication(Process process, int port, int number, Path log) {
        this.process = process;
        this.port = port;
        this.number = number;
        this.log = log;
    }

    /** Starts the application with the demo data on ({@code --ishc.demo=true}) and the given arguments. */
    static ChildApplication start(Path dir, Map<String, String> env, int number, String... args) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx512m",
                "-cp",
                applicationClassPath(),
                "vn.ishc.IshcApplication",
                "--server.port=" + port,
                "--ishc.demo=true",
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(args));
        Path log = dir.resolve("child-" + number + ".log");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = pb.environment();
        Stream.of("ISHC_DB_URL", "ISHC_DB_USER", "ISHC_DB_PASSWORD", "SPRING_PROFILES_ACTIVE", "SERVER_PORT")
                .forEach(environment::remove);
        environment.putAll(env);
        return new ChildApplication(pb.start(), port, number, log);
    }

    /** The environment that points a child at a PostgreSQL database. */
    static Map<String, String> postgresEnv(String url) {
        return Map.of(
                "ISHC_DB_URL", url, "ISHC_DB_USER", TestDatabase.user(), "ISHC_DB_PASSWORD", TestDatabase.password());
    }

    /**
     * Surefire runs the tests with a manifest-only jar on {@code java.class.path} and the real classpath in
     * {@code surefire.test.class.path}; either works with {@code -cp}. The test classes are left out, so the
     * child is the application alone.
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
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

    /** An API request as the demo club board (HTTP Basic). */
    HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", AUTH)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120));
    }

    static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    /** GET of an API path as the demo club board; must answer 200. */
    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return r.body();
    }

    /** POST of JSON to an API path as the demo club board; must answer 2xx. */
    String post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(
                api(path)
                        .header("Content-Type", "application/json")
                        .POST(json(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode() / 100).as("POST %s: %s", path, r.body()).isEqualTo(2);
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

    static void printLogs(List<ChildApplication> children) {
        for (ChildApplication c : children) {
            System.err.println("---- log of child " + c.number + " (last 60 lines) ----\n" + c.tail(60));
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

    /**
     * A database of the test's own on the PostgreSQL server of {@link TestDatabase}, created empty and
     * dropped by {@link #close()}, so the shared {@code test} database is left alone.
     */
    record OwnDatabase(String name, String url) implements AutoCloseable {
        static OwnDatabase create(String prefix) throws Exception {
            String name = prefix + "_" + ProcessHandle.current().pid();
            String serverUrl = TestDatabase.url();
            String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
            execute(serverUrl, "drop database if exists " + name + " with (force)");
            execute(serverUrl, "create database " + name);
            return new OwnDatabase(name, url);
        }

        @Override
        public void close() throws Exception {
            execute(TestDatabase.url(), "drop database if exists " + name + " with (force)");
        }

        static void execute(String url, String sql) throws Exception {
            try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password())) {
                c.createStatement().execute(sql);
            }
        }
    }

    /**
     * A person's browser session with the web pages: the {@code SESSION} cookie (Spring Session JDBC) and
     * the page's CSRF token, kept by hand so the same cookie can be sent to another instance.
     */
    static final class WebSession {
        private static final Pattern CSRF =
                Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?(?:value|content)=\"([^\"]+)\"");
        private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String cookie;
        String csrf;

        /** Logs in on a child with the login form; afterwards the session is the logged-in one. */
        static WebSession login(ChildApplication child, String user, String password) throws Exception {
            WebSession s = new WebSession();
            HttpResponse<String> page = s.get(child, "/login");
            assertThat(page.statusCode()).as("the login page").isEqualTo(200);
            HttpResponse<String> r = s.postForm(child, "/login", Map.of("username", user, "password", password));
            assertThat(r.statusCode()).as("login of %s: %s", user, r.body()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return s;
        }

        HttpResponse<String> get(ChildApplication child, String path) throws Exception {
            return send(HttpRequest.newBuilder(child.uri(path)).GET());
        }

        HttpResponse<String> postForm(ChildApplication child, String path, Map<String, String> fields)
                throws Exception {
            StringBuilder body = new StringBuilder("_csrf=" + encode(csrf));
            fields.forEach(
                    (k, v) -> body.append('&').append(encode(k)).append('=').append(encode(v)));
            return send(HttpRequest.newBuilder(child.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** A multipart form with one file field, as a browser sends an upload. */
        HttpResponse<String> upload(ChildApplication child, String path, String field, String fileName, byte[] file)
                throws Exception {
            String boundary = "----ishc" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            return send(HttpRequest.newBuilder(child.uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofByteArray(file),
                            HttpRequest.BodyPublishers.ofByteArray(tail))));
        }

        /** Sends with the session's cookie; takes a new cookie and the page's CSRF token from the answer. */
        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) request.header("Cookie", "SESSION=" + cookie);
            HttpResponse<String> r =
                    http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION.matcher(set);
                if (set.startsWith("SESSION=") && m.find()) cookie = m.group(1);
            }
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) csrf = m.group(1);
            return r;
        }

        private static String encode(String s) {
            return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
        }
    }
}
