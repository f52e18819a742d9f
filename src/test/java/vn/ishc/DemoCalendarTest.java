package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.minidev.json.JSONArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ishc.plan.Indicator;

/**
 * The demo lives on any date: the application starts with its demo data under a clock set before the
 * plan ended, a little after today and years later, and each time the city's dashboard, as of that today
 * and as of 2023-12-31, has a figure for every indicator the records can give (members with loans among
 * them), every active demo club's funds balance, and some loans are in arrears while others are current;
 * clubs suspended or dissolved by then have balanced books of the years they were active.
 * Each date gets an application and a database of its own (on PostgreSQL, a database created for it), so
 * the shared test application is not disturbed.
 */
@Tag("integration")
@ExtendWith(TestDatabase.class)
class DemoCalendarTest {
    static final String ADMIN_PASSWORD = "calendar-admin-secret";
    static final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "today is {0}")
    @ValueSource(strings = {"2025-06-30", "2027-01-15", "2031-03-01"})
    void theDemoLooksRightOn(String date) throws Exception {
        LocalDate today = LocalDate.parse(date);
        Map<String, Object> properties = new HashMap<>();
        properties.put("ishc.clock.fixed", date);
        properties.put("ishc.demo", "true");
        properties.put("ishc.admin-password", ADMIN_PASSWORD);
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        String database = "calendar_" + date.replace("-", "_");
        properties.putAll(database(database));
        try {
            startAndCheck(today, properties);
        } finally {
            if (TestDatabase.onPostgres()) onPostgres("drop database if exists " + database + " with (force)");
        }
    }

    private void startAndCheck(LocalDate today, Map<String, Object> properties) throws Exception {
        // As arguments: they outrank application.properties (default properties would not).
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IshcApplication.class).run(arguments)) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");

            for (LocalDate asOf : List.of(today, LocalDate.of(2023, 12, 31))) {
                String json = get(base + "/api/v1/indicators?asOf=" + asOf, "demo-city", "demo");
                List<Map<String, Object>> indicators = JsonPath.read(json, "$.indicators");
                assertThat(indicators).hasSize(Indicator.values().length);
                for (Map<String, Object> i : indicators) {
                    Indicator indicator = Indicator.valueOf((String) i.get("code"));
                    if (!indicator.computed()) continue;
                    assertThat(i.get("status"))
                            .as("%s as of %s", indicator, asOf)
                            .isNotEqualTo("NO_DATA");
                    assertThat(i.get("numerator"))
                            .as("%s as of %s", indicator, asOf)
                            .isNotNull();
                }
                Number withLoans =
                        JsonPath.<JSONArray>read(json, "$.indicators[?(@.code == 'MEMBERS_WITH_LOANS')].numerator")
                                .stream()
                                .map(Number.class::cast)
                                .findFirst()
                                .orElseThrow();
                assertThat(withLoans.longValue())
                        .as("members with loans as of %s", asOf)
                        .isPositive();
            }

            List<Integer> active = JsonPath.read(
                    get(base + "/api/v1/clubs?size=500&status=ACTIVE&asOf=" + today, "admin", ADMIN_PASSWORD),
                    "$.content[*].id");
            assertThat(active).hasSizeGreaterThan(10);
            List<Long> daysOverdue = new ArrayList<>();
            int clubsWithBooks = 0;
            for (int club : active) {
                String balance = get(base + "/api/v1/clubs/" + club + "/funds/balance", "admin", ADMIN_PASSWORD);
                assertThat(JsonPath.<Boolean>read(balance, "$.balances"))
                        .as("fund invariants of club %d on %s", club, today)
                        .isTrue();
                List<Map<String, Object>> loans =
                        JsonPath.read(get(base + "/api/v1/clubs/" + club + "/loans", "admin", ADMIN_PASSWORD), "$[*]");
                if (!loans.isEmpty()) clubsWithBooks++;
                for (Map<String, Object> loan : loans) {
                    if ("ACTIVE".equals(loan.get("status")))
                        daysOverdue.add(((Number) loan.get("daysOverdue")).longValue());
                    assertThat(LocalDate.parse((String) loan.get("appliedOn")))
                            .as("a loan of club %d", club)
                            .isBeforeOrEqualTo(today);
                }
            }
            assertThat(clubsWithBooks)
                    .as("active clubs with loans on %s", today)
                    .isGreaterThan(active.size() / 2);
            assertThat(daysOverdue).as("a running loan in arrears on %s", today).anyMatch(d -> d > 0);
            assertThat(daysOverdue)
                    .as("a running loan that is current on %s", today)
                    .anyMatch(d -> d == 0);

            // Clubs suspended or dissolved by then kept their books up to the day they stopped, balanced.
            List<Integer> stopped = JsonPath.read(
                    get(base + "/api/v1/clubs?size=500&asOf=" + today, "admin", ADMIN_PASSWORD),
                    "$.content[?(@.status != 'ACTIVE')].id");
            assertThat(stopped).as("clubs suspended or dissolved by %s", today).isNotEmpty();
            for (int club : stopped) {
                String balance = get(base + "/api/v1/clubs/" + club + "/funds/balance", "admin", ADMIN_PASSWORD);
                assertThat(JsonPath.<Boolean>read(balance, "$.balances"))
                        .as("fund invariants of the stopped club %d on %s", club, today)
                        .isTrue();
                assertThat(JsonPath.<List<Object>>read(
                                get(base + "/api/v1/clubs/" + club + "/loans", "admin", ADMIN_PASSWORD), "$[*]"))
                        .as("loans of the stopped club %d before it stopped", club)
                        .isNotEmpty();
            }
        }
    }

    /** A database of the test's own: in H2's memory, or created afresh on the PostgreSQL test server. */
    static Map<String, Object> database(String name) throws Exception {
        if (!TestDatabase.onPostgres()) {
            return Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "spring.datasource.username",
                    "sa",
                    "spring.datasource.password",
                    "");
        }
        onPostgres("drop database if exists " + name + " with (force)");
        onPostgres("create database " + name);
        String url = TestDatabase.url();
        return Map.of(
                "spring.datasource.url",
                url.substring(0, url.lastIndexOf('/') + 1) + name,
                "spring.datasource.username",
                TestDatabase.user(),
                "spring.datasource.password",
                TestDatabase.password());
    }

    static void onPostgres(String sql) throws Exception {
        try (Connection c =
                        DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String get(String url, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return response.body();
    }
}
