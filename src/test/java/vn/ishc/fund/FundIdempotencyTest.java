package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;
import vn.ishc.TestDatabase;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.member.MemberRegistry;

/**
 * Money writes sent again under one key post once (on H2 and PostgreSQL), through the real server: the API's
 * {@code Idempotency-Key} header, a retry after the answer was lost, requests racing with one key, the key
 * reused for another request, and a cash-book form posted twice with its one-time token.
 */
@IntegrationTest
class FundIdempotencyTest {
    static final String WARD = "Basic " + Base64.getEncoder().encodeToString("demo-ward:demo".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    CashBookService cash;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    ClubView club() {
        return new FundFixture(accounts, clubs, members).club();
    }

    String receipt(String documentNo) {
        return """
                {"kind":"MEMBERSHIP_FEE","amount":1000,"date":"%s","documentNo":"%s"}""".formatted(LocalDate.now(clock), documentNo);
    }

    HttpResponse<String> send(String path, String key, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", WARD)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) r.header("Idempotency-Key", key);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    long postedWith(ClubView club, String documentNo) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/clubs/" + club.id() + "/cashbook"))
                .header("Authorization", WARD)
                .GET()
                .build();
        String book = http.send(r, HttpResponse.BodyHandlers.ofString()).body();
        List<Object> found = JsonPath.read(book, "$[?(@.documentNo == '" + documentNo + "')].id");
        return found.size();
    }

    @Test
    void aRetryAfterALostAnswerGetsTheFirstAnswerAndPostsOnce() throws Exception {
        ClubView club = club();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/clubs/" + club.id() + "/cashbook";

        HttpResponse<String> first = send(path, key, receipt("RETRY-1"));
        // The client timed out before this answer arrived, so it sends the same request again, twice.
        HttpResponse<String> retry = send(path, key, receipt("RETRY-1"));
        HttpResponse<String> again = send(path, key, receipt("RETRY-1"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        for (HttpResponse<String> r : List.of(retry, again)) {
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.body()).isEqualTo(first.body());
            assertThat(r.headers().firstValue("Content-Type"))
                    .isEqualTo(first.headers().firstValue("Content-Type"));
            assertThat(r.headers().firstValue("Idempotent-Replayed")).contains("true");
        }
        assertThat(postedWith(club, "RETRY-1")).isEqualTo(1);

        // Without a key, the same request is a new receipt: the key alone makes a retry a retry.
        assertThat(send(path, null, receipt("RETRY-1")).statusCode()).isEqualTo(201);
        assertThat(postedWith(club, "RETRY-1")).isEqualTo(2);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndPostsNothing() throws Exception {
        ClubView club = club();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/clubs/" + club.id() + "/cashbook";
        assertThat(send(path, key, receipt("OTHER-1")).statusCode()).isEqualTo(201);

        HttpResponse<String> other = send(path, key, receipt("OTHER-2"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(other.body(), "$.detail")).contains("another request");
        assertThat(postedWith(club, "OTHER-2")).isZero();
        assertThat(send(path, "x".repeat(256), receipt("OTHER-3")).statusCode()).isEqualTo(400);
        assertThat(postedWith(club, "OTHER-3")).isZero();
    }

    @Test
    void aRefusedWriteKeepsNoAnswerSoItsCorrectionMayUseTheKey() throws Exception {
        ClubView club = club();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/clubs/" + club.id() + "/cashbook";
        String tooEarly = """
                {"kind":"MEMBERSHIP_FEE","amount":1000,"date":"%s","documentNo":"FIX-1"}""".formatted(LocalDate.now(clock).plusDays(1));

        assertThat(send(path, key, tooEarly).statusCode()).isEqualTo(400);
        assertThat(send(path, key, tooEarly).statusCode()).isEqualTo(400);
        assertThat(postedWith(club, "FIX-1")).isZero();
        // The refusal changed nothing, and the key still answers to this exact request only once it succeeded.
        assertThat(send(path, key, receipt("FIX-1")).statusCode()).isEqualTo(201);
        assertThat(send(path, key, receipt("FIX-1")).statusCode()).isEqualTo(201);
        assertThat(postedWith(club, "FIX-1")).isEqualTo(1);
    }

    @Test
    void requestsRacingWithOneKeyPostOnce() throws Exception {
        ClubView club = club();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/clubs/" + club.id() + "/cashbook";
        int n = TestDatabase.onPostgres() ? 6 : 3;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    go.await();
                    return send(path, key, receipt("RACE-1"));
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            List<HttpResponse<String>> got = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) got.add(f.get(120, TimeUnit.SECONDS));

            HttpResponse<String> posted = got.stream()
                    .filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty())
                    .filter(r -> r.statusCode() == 201)
                    .findFirst()
                    .orElseThrow();
            for (HttpResponse<String> r : got) {
                // Each racer got the first answer, or (only while the first was still writing) a 409 to retry.
                if (r.statusCode() == 409) {
                    assertThat(TestDatabase.onPostgres())
                            .as("on PostgreSQL the racer waits for the first")
                            .isFalse();
                    continue;
                }
                assertThat(r.statusCode()).isEqualTo(201);
                assertThat(r.body()).isEqualTo(posted.body());
            }
            assertThat(postedWith(club, "RACE-1")).isEqualTo(1);
            assertThat(send(path, key, receipt("RACE-1")).body()).isEqualTo(posted.body());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCashBookFormPostedTwiceWithItsTokenPostsOnce() throws Exception {
        ClubView club = club();
        String token = UUID.randomUUID().toString();
        var ward = user(accounts.loadUserByUsername("demo-ward"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/clubs/" + club.id() + "/cashbook")
                            .with(ward)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .param("_once", token)
                            .param("kind", "MEMBERSHIP_FEE")
                            .param("date", LocalDate.now(clock).toString())
                            .param("amount", "1.000")
                            .param("documentNo", "FORM-1"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(
                            i == 0
                                    ? header().doesNotExist("Idempotent-Replayed")
                                    : header().string("Idempotent-Replayed", "true"));
        }
        assertThat(postedWith(club, "FORM-1")).isEqualTo(1);
    }

    @Test
    void theApiDescriptionNamesTheHeaderOnWritesOnly() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(httpBasic("demo-ward", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String cashbook = "$.paths['/api/v1/clubs/{clubId}/cashbook']";
        List<String> onPost = JsonPath.read(docs, cashbook + ".post.parameters[*].name");
        List<String> onGet = JsonPath.read(docs, cashbook + ".get.parameters[*].name");
        assertThat(onPost).contains("Idempotency-Key");
        assertThat(onGet).doesNotContain("Idempotency-Key");
    }
}
