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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.minidev.json.JSONArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.DemoMonths;
import vn.ishc.fund.FundResults.Taken;
import vn.ishc.fund.FundResults.TakenKind;
import vn.ishc.meeting.AbsenceRule;
import vn.ishc.meeting.Attendance;
import vn.ishc.meeting.Dues;
import vn.ishc.meeting.Meeting;
import vn.ishc.meeting.MeetingService;
import vn.ishc.member.ClubMembership;
import vn.ishc.member.MemberRegistry;
import vn.ishc.plan.Indicator;

/**
 * The demo lives on any date: the application starts with its demo data under a clock set before the
 * plan ended, a little after today and years later, and each time the city's dashboard, as of that today
 * and as of 2023-12-31, has a figure for every indicator the records can give (members with loans among
 * them), every active demo club's funds balance, and some loans are in arrears while others are current;
 * clubs suspended or dissolved by then have balanced books of the years they were active; and the clubs met
 * monthly, their meetings' lists and money matching their members and their books.
 * Each date gets an application and a database of its own (on PostgreSQL, a database created for it), so
 * the shared test application is not disturbed. On PostgreSQL it runs for one date only ({@link #dates()}).
 */
@Tag("integration")
@ExtendWith(TestDatabase.class)
class DemoCalendarTest {
    static final String ADMIN_PASSWORD = "calendar-admin-secret";
    static final HttpClient http = HttpClient.newHttpClient();

    /**
     * The dates: all three on H2; on PostgreSQL only the first, before the plan ended and the units were
     * reorganised (the shared PostgreSQL test application already loads the demo data on 2026-11-29). The
     * demo data are made by the same Java code and written by the same SQL on both databases, so what the
     * other two dates add (the data of later years) is the same on PostgreSQL; each date costs a start and a
     * whole load of the demo data, the dearest step of the test run (docs/performance.md, "Test suite time").
     */
    static List<String> dates() {
        List<String> all = List.of("2025-06-30", "2027-01-15", "2031-03-01");
        return TestDatabase.onPostgres() ? all.subList(0, 1) : all;
    }

    @ParameterizedTest(name = "today is {0}")
    @MethodSource("dates")
    void theDemoLooksRightOn(String date) throws Exception {
        LocalDate today = LocalDate.parse(date);
        Map<String, Object> properties = new HashMap<>();
        properties.put("ishc.clock.fixed", date);
        properties.put("ishc.demo", "true");
        properties.put("ishc.admin-password", ADMIN_PASSWORD);
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        // Named after the test database, so that runs on different test databases of one server never meet.
        String database = testDatabaseName() + "_calendar_" + date.replace("-", "_");
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

            List<Integer> all = new ArrayList<>(active);
            all.addAll(stopped);
            TestClubs.as(app.getBean(UserDetailsService.class), "admin", () -> {
                checkMeetings(app, today, all);
                return null;
            });
        }
    }

    /**
     * The demo clubs met monthly on their meeting day from the first month of their books up to today (or
     * until they stopped; not while suspended), but for a few months; no meeting after today; each meeting
     * lists exactly the club's members of that day; each of its money lines is a posting of the club's funds
     * of that day, of the same amount, kind, member and loan, used by no other line, at the club's dues; the
     * demo board's club has members absent three meetings running.
     */
    private static void checkMeetings(ConfigurableApplicationContext app, LocalDate today, List<Integer> clubIds) {
        ClubDirectory clubs = app.getBean(ClubDirectory.class);
        MemberRegistry members = app.getBean(MemberRegistry.class);
        ClubFunds funds = app.getBean(ClubFunds.class);
        MeetingService meetings = app.getBean(MeetingService.class);
        int clubsWithBooks = 0;
        int missedMonths = 0;
        boolean boardClubChecked = false;
        for (int id : clubIds) {
            ClubView club = clubs.get(id);
            Map<Long, Taken> taken = new HashMap<>();
            funds.takenAt(id).forEach(t -> taken.put(t.posting(), t));
            if (taken.isEmpty()) continue;
            clubsWithBooks++;
            Dues dues = meetings.dues(id);
            assertThat(dues.feePerMonth().dong()).as("fee of club %d", id).isBetween(2_000L, 5_000L);
            List<ClubMembership> memberships = members.membershipsOf(id);

            LocalDate end = DemoMonths.lastDay(club, today);
            int expected = 0;
            for (YearMonth m = DemoMonths.firstMonth(club);
                    !DemoMonths.meetingDay(club, m).isAfter(end);
                    m = m.plusMonths(1)) if (DemoMonths.activeOn(club, DemoMonths.meetingDay(club, m))) expected++;

            List<Meeting> held = new ArrayList<>();
            for (int year = DemoMonths.firstMonth(club).getYear(); year <= today.getYear(); year++)
                for (MeetingService.Month month : meetings.year(id, year).months()) held.addAll(month.meetings());
            Set<YearMonth> months = new HashSet<>();
            Set<Long> postings = new HashSet<>();
            for (Meeting meeting : held) {
                LocalDate day = meeting.heldOn();
                assertThat(meeting.standing()).isTrue();
                assertThat(day).as("a meeting of club %d", id).isBeforeOrEqualTo(end);
                assertThat(day).isEqualTo(DemoMonths.meetingDay(club, YearMonth.from(day)));
                assertThat(months.add(YearMonth.from(day)))
                        .as("one meeting a month")
                        .isTrue();
                Set<Long> onTheDay = memberships.stream()
                        .filter(m -> !m.joinedOn().isAfter(day)
                                && (m.leftOn() == null || m.leftOn().isAfter(day)))
                        .map(ClubMembership::personId)
                        .collect(Collectors.toSet());
                Map<Long, Attendance> attendance = new HashMap<>();
                meeting.attendance().forEach(a -> attendance.put(a.personId(), a.attendance()));
                assertThat(attendance.keySet())
                        .as("the list of club %d's meeting of %s", id, day)
                        .isEqualTo(onTheDay)
                        .hasSameSizeAs(meeting.attendance());
                for (Meeting.Money money : meeting.money()) {
                    Taken t = taken.get(money.posting());
                    assertThat(t).as("the posting of a line of %s", day).isNotNull();
                    assertThat(postings.add(money.posting()))
                            .as("a posting on one line")
                            .isTrue();
                    assertThat(t.on()).isEqualTo(day);
                    assertThat(t.amount()).isEqualTo(money.amount());
                    assertThat(attendance).containsKey(money.personId());
                    switch (money.kind()) {
                        case FEE -> {
                            assertThat(t.kind()).isEqualTo(TakenKind.MEMBERSHIP_FEE);
                            assertThat(money.amount()).isEqualTo(dues.feePerMonth());
                        }
                        case CONTRIBUTION -> {
                            assertThat(t.kind()).isEqualTo(TakenKind.GOLDEN_HEART_DONATION);
                            assertThat(money.amount()).isEqualTo(dues.contributionPerMonth());
                        }
                        case REPAYMENT -> {
                            assertThat(t.kind()).isEqualTo(TakenKind.REPAYMENT);
                            assertThat(t.loanId()).isEqualTo(money.loanId());
                            assertThat(t.borrowerId()).isEqualTo(money.personId());
                        }
                    }
                }
            }
            // Most months: at most one missed in each twelve.
            assertThat(held.size())
                    .as("meetings of club %d from %s to %s", id, DemoMonths.firstMonth(club), end)
                    .isLessThanOrEqualTo(expected)
                    .isGreaterThanOrEqualTo(expected - (expected + 11) / 12);
            missedMonths += expected - held.size();
            if (!held.isEmpty()) {
                // The sheet's own list of the latest meeting's day is the meeting's.
                Meeting latest = held.get(0);
                for (Meeting m : held) if (m.heldOn().isAfter(latest.heldOn())) latest = m;
                assertThat(members.membersOf(id, latest.heldOn()).size())
                        .isEqualTo(latest.attendance().size());
            }
            if (club.name().equals(DemoClubs.DEMO_BOARD_CLUB) && held.size() >= AbsenceRule.RUN) {
                assertThat(meetings.year(id, today.getYear()).flagged())
                        .as("members of the demo board's club absent three months running on %s", today)
                        .hasSizeGreaterThanOrEqualTo(2);
                boardClubChecked = true;
            }
        }
        assertThat(clubsWithBooks).as("clubs with books on %s", today).isGreaterThan(clubIds.size() / 2);
        assertThat(missedMonths)
                .as("months a club did not meet, up to %s", today)
                .isPositive();
        assertThat(boardClubChecked).as("the demo board's club on %s", today).isTrue();
    }

    /** The name of the PostgreSQL test database (the last part of its URL). */
    static String testDatabaseName() {
        String url = TestDatabase.url();
        String name = url.substring(url.lastIndexOf('/') + 1);
        int options = name.indexOf('?');
        return (options < 0 ? name : name.substring(0, options)).replaceAll("[^A-Za-z0-9_]", "_");
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
