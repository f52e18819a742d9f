package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.web.Endpoints.Endpoint;
import vn.ishc.web.Endpoints.Kind;
import vn.ishc.web.HtmlForms.Control;
import vn.ishc.web.HtmlForms.Form;

/**
 * Every form write of the pages (each POST, PUT and DELETE Spring MVC maps outside {@code /api/}, so a new
 * one joins by itself, and fails this test until it is reachable here) gets bad input in each of its fields,
 * as the administrator. The fields are read from the real form: the page that holds it is opened, and its
 * controls (names, types, {@code required}, {@code maxlength}, {@code min}, {@code step}, current values and
 * options) make a submission that is first checked to be accepted (in a transaction rolled back afterwards).
 * Then, one field at a time:
 *
 * <ul>
 *   <li>values that must be refused (NUL, a lone surrogate, a control character; empty and blank where the
 *       field is required; 10,000 characters where it takes fewer; letters, a fraction, "1,5", 1e30 and 20
 *       digits in a number, a negative one where the field's minimum is zero; dates out of 1900-2100 or
 *       impossible; another type or a missing record in a select; the field left out) come back as the form
 *       with a message in the user's language (Vietnamese, and English for one of them), an error page or a
 *       redirect with an error message, never 5xx, never a stack trace, and no table gains or loses a row;
 *   <li>values that are text a person may write (combining marks, emoji, right-to-left text, HTML and
 *       script, SQL metacharacters, and 10,000 characters where the field has no limit) are saved or refused
 *       with a message, never 5xx, and are never given back as markup (in a rolled-back transaction);
 *   <li>malformed and missing ids in the address answer 4xx and change nothing, for every write, buttons
 *       (approve, lock, delete) included.
 * </ul>
 *
 * Tables left out of the row counts: {@code spring_session*} (an error message flashed to the next page lives
 * in the session), {@code web_idempotency_key} (a form's one-time token is kept with the redirect that
 * refused it), {@code audit_access} (showing a member's form again logs the read of personal data) and
 * {@code shedlock} (scheduled jobs).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBadInputTest {
    static final Set<String> NOT_COUNTED =
            Set.of("spring_session", "spring_session_attributes", "web_idempotency_key", "audit_access", "shedlock");

    /** Writes whose form cannot be found on a page (a button shown in some states only, a file upload). */
    static final Map<String, String> BUTTONS = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /language", "the language switch: any value is a choice of language, nothing stored"),
            Map.entry("POST /account/tokens/{id}/revoke", "a button beside a token of one's own"),
            Map.entry("POST /clubs/{id}/care/{what}/{recordId}/end", "a button beside a record still running"),
            Map.entry("POST /clubs/{id}/cashbook/approve/{request}", "a button beside a pending expense"),
            Map.entry("POST /clubs/{id}/health/groups/{groupId}/join", "a button in a group's row"),
            Map.entry("POST /loans/{id}/approve", "a button of a loan applied for"),
            Map.entry("POST /loans/{id}/disburse", "a button of an approved loan"),
            Map.entry("POST /loans/{id}/refund", "a button of a loan overpaid"),
            Map.entry("POST /member-imports/{importId}/rows/{rowNumber}/skip", "a button in an htmx row"),
            Map.entry("POST /members/{membershipId}/merge", "shown only beside a likely duplicate"),
            Map.entry("POST /plans/{id}/lock", "a button of an unlocked plan"),
            Map.entry("POST /admin/backup/export", "a button whose answer is the whole database as a file"),
            Map.entry(
                    "POST /admin/backup/restore",
                    "replaces the whole database from a file: BackupTest sends bad files")));

    /** Where a form is, when it is not on its own address or the page above it. */
    static final Map<String, String> PAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /tasks/create", "/tasks"),
            Map.entry("POST /visits/{id}/follow-ups/{followUpId}/close", "/visits/{id}")));

    /** A field of {@link #EXTRA} that is not sent. */
    static final String ABSENT = "(not sent)";

    /** Values a form needs beyond what its page shows, to be accepted (a state it asks for). */
    static final Map<String, Map<String, String>> EXTRA = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "POST /account/password",
                    Map.of(
                            "currentPassword",
                            "demo",
                            "newPassword",
                            "Mật-khẩu-mới-42",
                            "confirmPassword",
                            "Mật-khẩu-mới-42")),
            Map.entry(
                    "POST /admin/accounts/new",
                    Map.of("username", "thu.form", "role", "VIEWER", "password", "Mật-khẩu-dài-42")),
            Map.entry(
                    "POST /clubs/{clubId}/members/new",
                    Map.of("birthDate", "1950-03-05", "birthYear", "", "nationalId", "079150001234")),
            Map.entry("POST /clubs/{id}/status", Map.of("status", "SUSPENDED")),
            // The button that lists the units again for another date comes first in the form.
            Map.entry("POST /plans/new", Map.of("refresh", ABSENT))));

    /** Records in the state a form needs (an open membership, a loan still owed): their ids by the club. */
    static final Map<String, String> RECORDS = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "POST /members/{membershipId}/leave",
                    "select min(id) from membership where club_id = ? and left_on is null"),
            Map.entry(
                    "POST /members/{membershipId}/move",
                    "select min(id) from membership where club_id = ? and left_on is null"),
            Map.entry(
                    "POST /loans/{id}/repay",
                    "select min(id) from fund_loan where club_id = ? and status = 'ACTIVE'")));

    /**
     * Forms whose valid submission needs a state this test does not set up: only their addresses are probed
     * here; the tests named say where their fields are checked.
     */
    static final Map<String, String> NO_VALID_SUBMISSION = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /admin/accounts/{id}/health-data", "a yes-or-no button (AccountAdminTest)"),
            Map.entry(
                    "POST /member-imports/{importId}/commit", "the import must have no wrong rows (MemberImportTest)"),
            Map.entry("POST /loans/{id}/reverse", "needs a posting that may be reversed (LoanControllerTest)"),
            Map.entry("POST /clubs/{id}/cashbook/reverse", "needs a posting that may be reversed (CashBookTest)"),
            Map.entry("POST /clubs/{clubId}/meetings/sheet", "a sheet of rows, one per member (MeetingSheetTest)"),
            Map.entry("POST /clubs/{id}/funds/opening", "rows of loans taken over (OpeningBalancesTest)"),
            Map.entry("POST /clubs/{id}/health/checks/new", "a row per member examined (HealthCheckTest)"),
            Map.entry("POST /trainings/new", "rows of distinct participants (TrainingTest)"),
            Map.entry("POST /resources/new", "a receiving unit matching the level chosen (ResourcePagesTest)"),
            Map.entry("POST /resources/{id}", "a receiving unit matching the level chosen (ResourcePagesTest)")));

    /**
     * What this suite found and is not fixed yet, by write: the start of each failure it lets pass. A failure
     * listed here that no longer happens fails the test, so the list only shrinks.
     */
    static final Map<String, List<String>> KNOWN = new TreeMap<>(Map.of());

    static final String NUL = "ab\u0000cd";
    static final String LONE_SURROGATE = "ab\ud800cd";
    static final String BELL = "ab\u0007cd";
    static final String LONG = "ê".repeat(10_000);
    static final List<String> TAKEN_AS_WRITTEN = List.of(
            "Nguye\u0302\u0303n Thi\u0323",
            "Bà Năm 🙂👵🏽",
            "שלום עולם مرحبا",
            "<script>window.__xss=1</script><img src=x onerror=alert(1)>",
            "O'Brien\"; DROP TABLE club;--");
    static final Pattern STACK_TRACE = Pattern.compile(
            "Exception|\\bat (java|org|vn)\\.|SQLState|org\\.h2\\.|org\\.postgresql|java\\.lang\\.|SQL statement");
    static final Pattern ERRORS = Pattern.compile(
            "<(div|p|span|ul|li)\\b[^>]*class=\"[^\"]*\\b(invalid-feedback|alert-danger|text-danger)\\b[^\"]*\"[^>]*>(.*?)</\\1>",
            Pattern.DOTALL);
    static final String NO_MESSAGE = "the page again without a message";
    static final Set<String> ERROR_FLASHES = Set.of("error", "flashError", "problem", "refused");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Value("${spring.messages.basename}")
    String basenames;

    List<ClubView> demo;
    Map<Long, Long> imports = new TreeMap<>();
    List<Pattern> vietnamese;
    List<Pattern> english;
    Map<String, Integer> requests = new TreeMap<>();

    @BeforeAll
    void setUp() throws Exception {
        demo = new ArrayList<>(clubs.allForAdministration().stream()
                .filter(c -> DemoClubs.names().contains(c.name()))
                .toList());
        demo.sort((a, b) -> Boolean.compare(
                !a.name().equals(DemoClubs.DEMO_BOARD_CLUB), !b.name().equals(DemoClubs.DEMO_BOARD_CLUB)));
        for (ClubView club : demo.subList(0, 2)) {
            Endpoints.pendingImport(mvc, accounts, "demo-admin", club.id()).ifPresent(id -> imports.put(club.id(), id));
        }
        vietnamese = messagePatterns("");
        english = messagePatterns("_en");
    }

    @AfterAll
    void discardTheImports() throws Exception {
        for (long importId : imports.values()) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                    "/member-imports/{id}/discard", importId)
                            .with(user(accounts.loadUserByUsername("demo-admin")))
                            .with(csrf()))
                    .andReturn();
        }
    }

    static List<Endpoint> formWrites(RequestMappingHandlerMapping mappings) {
        return Endpoints.all(mappings).stream()
                .filter(e -> !e.isApi() && !e.isRead())
                .toList();
    }

    @Test
    void thePagesHaveFormWrites() {
        assertThat(formWrites(mappings)).hasSizeGreaterThan(60);
        Set<String> mapped = new TreeSet<>(
                formWrites(mappings).stream().map(Endpoint::toString).toList());
        Set<String> stale = new TreeSet<>(BUTTONS.keySet());
        stale.addAll(PAGES.keySet());
        stale.addAll(EXTRA.keySet());
        stale.addAll(RECORDS.keySet());
        stale.addAll(NO_VALID_SUBMISSION.keySet());
        stale.addAll(KNOWN.keySet());
        stale.removeAll(mapped);
        assertThat(stale)
                .as("entries of FormBadInputTest's tables with no such write")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyFormWriteRefusesBadInput() {
        return formWrites(mappings).stream().map(w -> DynamicTest.dynamicTest(w.toString(), () -> refusesBadInput(w)));
    }

    /** A write, the form it is posted from (null for a button with no form found) and its address. */
    record Target(Endpoint endpoint, String url, Form form, Map<String, String> variables) {}

    void refusesBadInput(Endpoint endpoint) throws Exception {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        Target target = target(endpoint);
        if (target == null) {
            assertThat(BUTTONS)
                    .as(
                            "no form posts to %s on any page tried for the demo clubs: add the page that holds it to"
                                    + " FormBadInputTest.PAGES, or the write to BUTTONS with why it has no form",
                            endpoint)
                    .containsKey(endpoint.toString());
        }
        String url = target != null ? target.url() : null;

        Map<String, Long> before = rowCounts();
        if (target != null) {
            // Malformed and missing ids in the address.
            for (Map.Entry<String, String> v : target.variables().entrySet()) {
                for (String bad : badIds(Endpoints.variables(endpoint.pattern()).get(v.getKey()))) {
                    String wrong = Endpoints.fill(endpoint.pattern(), v.getKey(), bad);
                    for (Map.Entry<String, String> other : target.variables().entrySet()) {
                        if (!other.getKey().equals(v.getKey()))
                            wrong = Endpoints.fill(wrong, other.getKey(), other.getValue());
                    }
                    MvcResult result =
                            send(endpoint, wrong, target.form(), baseline(target.form(), true), Locale.ROOT, null);
                    String problem = refusedByAddress(result);
                    if (problem != null) failures.add("{" + v.getKey() + "} = " + bad + ": " + problem);
                }
            }
        }
        if (target != null
                && target.form() != null
                && !BUTTONS.containsKey(endpoint.toString())
                && !NO_VALID_SUBMISSION.containsKey(endpoint.toString())) {
            Form form = target.form();
            // A form with a file is not filled in here (its own tests send real files): only the file is probed.
            boolean upload = form.controls().stream().anyMatch(c -> c.type().equals("file"));
            // The form as the page gives it, its required fields filled in; else every empty field filled in.
            Map<String, List<String>> valid = null;
            String accepted = null;
            for (boolean fillAll : new boolean[] {false, true}) {
                Map<String, List<String>> fields = baseline(form, fillAll);
                EXTRA.getOrDefault(endpoint.toString(), Map.of()).forEach((k, v) -> {
                    if (v.equals(ABSENT)) fields.remove(k);
                    else fields.put(k, List.of(v));
                });
                valid = fields;
                accepted = upload
                        ? null
                        : rolledBack(() -> {
                            MvcResult result = send(endpoint, url, form, fields, Locale.ROOT, null);
                            return accepted(result) ? null : describe(result);
                        });
                if (accepted == null) break;
            }
            if (accepted != null) {
                failures.add("the form as the page gives it, filled in, is not accepted (teach FormBadInputTest.EXTRA):"
                        + " " + valid + " → " + accepted);
            } else {
                boolean english = false;
                Set<String> seen = new TreeSet<>();
                for (Control c : form.controls()) {
                    if (c.name() != null && !seen.add(c.name())) continue;
                    if (!probed(c) || upload && !c.type().equals("file")) continue;
                    for (Bad bad : badValues(c)) {
                        Map<String, List<String>> fields = copy(valid);
                        if (bad.value() == null) fields.remove(c.name());
                        else fields.put(c.name(), List.of(bad.value()));
                        Locale locale = Locale.ROOT;
                        MvcResult result = send(endpoint, url, form, fields, locale, bad.file());
                        String problem = refused(result, form, fields, c.name(), vietnamese);
                        if (problem == null && !english && result.getResponse().getStatus() == 200) {
                            english = true;
                            problem = refused(
                                    send(endpoint, url, form, fields, Locale.ENGLISH, bad.file()),
                                    form,
                                    fields,
                                    c.name(),
                                    this.english);
                            if (problem != null) problem = "in English: " + problem;
                        }
                        // A hidden field is not typed by anyone: a tampered one may bring the form back as it was.
                        // A hidden field or a checkbox is not typed by anyone: a tampered one may bring the form
                        // back as it was.
                        if ((c.type().equals("hidden") || c.type().equals("checkbox")) && NO_MESSAGE.equals(problem))
                            problem = null;
                        if (problem != null) failures.add(c.name() + " = " + bad.what() + ": " + problem);
                    }
                    if (isText(c)) {
                        Integer max = c.maxLength();
                        String all = String.join(" ", TAKEN_AS_WRITTEN);
                        List<String> written =
                                new ArrayList<>(max == null || all.length() <= max ? List.of(all) : TAKEN_AS_WRITTEN);
                        if (max == null && c.tag().equals("textarea")) written.add(LONG);
                        for (String value : written) {
                            if (max != null && value.length() > max) continue;
                            Map<String, List<String>> fields = copy(valid);
                            fields.put(c.name(), List.of(value));
                            String problem =
                                    rolledBack(() -> takenAsWritten(endpoint, url, form, fields, c.name(), value));
                            if (problem != null) failures.add(c.name() + " = " + shorten(value) + ": " + problem);
                        }
                    }
                }
            }
        }
        List<String> known = KNOWN.getOrDefault(endpoint.toString(), List.of());
        List<String> unseen = new ArrayList<>(known);
        failures.removeIf(f -> {
            for (String k : known) {
                if (f.startsWith(k)) {
                    unseen.remove(k);
                    System.out.println("FormBadInputTest known: " + endpoint + " " + f);
                    return true;
                }
            }
            return false;
        });
        assertThat(failures).as(endpoint + " " + url).isEmpty();
        // A known failure that saved what it should have refused has changed rows (its audit at least).
        boolean saved = known.stream().anyMatch(k -> k.contains("accepted") || k.contains("negative"));
        assertThat(unseen)
                .as("KNOWN failures of " + endpoint + " that no longer happen: take them out")
                .isEmpty();
        if (!saved)
            assertThat(rowCounts())
                    .as("rows of every table after the bad input to " + endpoint)
                    .isEqualTo(before);
        requests.put(endpoint.toString(), (int) ((System.nanoTime() - started) / 1_000_000));
    }

    @AfterAll
    void timings() {
        System.out.println("FormBadInputTest ms per write: " + requests);
    }

    /** The write's form on the first page (of the first demo club with the records it needs) that has it. */
    Target target(Endpoint endpoint) throws Exception {
        Map<String, Kind> kinds = Endpoints.variables(endpoint.pattern());
        Endpoints.Values values = new Endpoints.Values(jdbc, List.of("xlsx"));
        boolean perClub = kinds.values().stream().anyMatch(Kind::ofAClub);
        Target fallback = null;
        for (ClubView club : perClub ? demo : demo.subList(0, 1)) {
            Map<String, String> filled = new LinkedHashMap<>();
            for (Map.Entry<String, Kind> k : kinds.entrySet()) {
                String sql = RECORDS.get(endpoint.toString());
                List<String> found = sql != null && k.getValue().ofAClub() && k.getValue() != Kind.CLUB
                        ? jdbc.sql(sql).param(club.id()).query(Long.class).list().stream()
                                .filter(java.util.Objects::nonNull)
                                .map(String::valueOf)
                                .toList()
                        : values.of(k.getValue(), club, imports.get(club.id()));
                if (!found.isEmpty()) filled.put(k.getKey(), found.get(0));
            }
            if (filled.size() < kinds.size()) continue;
            String url = endpoint.pattern();
            for (Map.Entry<String, String> f : filled.entrySet()) url = Endpoints.fill(url, f.getKey(), f.getValue());
            if (fallback == null) fallback = new Target(endpoint, url, null, filled);
            for (String page : pages(endpoint, url, filled)) {
                MockHttpServletResponse response =
                        mvc.perform(get(page).with(admin())).andReturn().getResponse();
                if (response.getStatus() != 200) continue;
                for (Form form : HtmlForms.of(response.getContentAsString(StandardCharsets.UTF_8))) {
                    if (form.action().equals(url) && !form.method().equals("get"))
                        return new Target(endpoint, url, form, filled);
                }
            }
        }
        return BUTTONS.containsKey(endpoint.toString()) ? fallback : null;
    }

    /** Pages that may hold the write's form: the table's, its own address, the addresses above it. */
    List<String> pages(Endpoint endpoint, String url, Map<String, String> filled) {
        List<String> pages = new ArrayList<>();
        String listed = PAGES.get(endpoint.toString());
        if (listed != null) {
            for (Map.Entry<String, String> f : filled.entrySet())
                listed = Endpoints.fill(listed, f.getKey(), f.getValue());
            pages.add(listed);
        }
        String page = url;
        for (int i = 0; i < 3 && page.lastIndexOf('/') > 0; i++) {
            pages.add(page);
            page = page.substring(0, page.lastIndexOf('/'));
        }
        return pages;
    }

    List<String> badIds(Kind kind) {
        return switch (kind) {
            case REPORT_MONTH -> List.of("abc", "2025-13", "0000-01", "99999-01");
            case REPORT_STEP, CARE_KIND -> List.of("nosuch");
            default -> List.of("abc", "1.5", "-1", "99999999999999999999", "999999999");
        };
    }

    // ---- the values ----

    record Bad(String what, String value, MockMultipartFile file) {
        Bad(String what, String value) {
            this(what, value, null);
        }
    }

    /** The fields probed: not tokens, buttons or disabled ones; of repeated rows, the first row's only. */
    static boolean probed(Control c) {
        if (c.name() == null || c.name().isEmpty() || c.name().startsWith("_")) return false;
        if (c.name().matches(".*\\[[1-9][0-9]*].*")) return false;
        if (c.has("disabled")) return false;
        return !Set.of("submit", "button", "reset", "image").contains(c.type());
    }

    static boolean isText(Control c) {
        return c.tag().equals("textarea")
                || (c.tag().equals("input")
                        && Set.of("text", "search", "email", "tel", "url", "password")
                                .contains(c.type())
                        && !numeric(c));
    }

    static boolean numeric(Control c) {
        return c.type().equals("number")
                || "numeric".equals(c.attribute("inputmode"))
                || "decimal".equals(c.attribute("inputmode"))
                || (c.type().equals("hidden") && c.value().matches("-?\\d+"));
    }

    List<Bad> badValues(Control c) {
        List<Bad> bad = new ArrayList<>();
        if (c.type().equals("file")) {
            bad.add(new Bad("no file", null));
            bad.add(new Bad(
                    "an empty file",
                    "",
                    new MockMultipartFile(c.name(), "empty.xlsx", "application/octet-stream", new byte[0])));
            bad.add(new Bad(
                    "not a spreadsheet",
                    "",
                    new MockMultipartFile(
                            c.name(),
                            "x.xlsx",
                            "application/octet-stream",
                            "<script>".getBytes(StandardCharsets.UTF_8))));
            return bad;
        }
        if (c.required()
                || (c.type().equals("hidden")
                        && c.name().equals("version")
                        && !c.value().isEmpty())) {
            bad.add(new Bad("left out", null));
        }
        if (c.required() && !c.type().equals("checkbox") && !c.type().equals("radio")) {
            bad.add(new Bad("empty", ""));
            if (isText(c)) bad.add(new Bad("blank", "  \t "));
        }
        if (isText(c) || (c.type().equals("hidden") && !numeric(c))) {
            bad.add(new Bad("NUL inside", NUL));
            bad.add(new Bad("a lone surrogate", LONE_SURROGATE));
            bad.add(new Bad("a bell", BELL));
            Integer max = c.maxLength();
            if (max != null && max < LONG.length()) bad.add(new Bad("10,000 characters", LONG));
        } else if (numeric(c)) {
            bad.add(new Bad("letters", "abc"));
            bad.add(new Bad("1e30", "1e30"));
            bad.add(new Bad("20 digits", "99999999999999999999"));
            bad.add(new Bad("NUL inside", "1\u00002"));
            // Whole numbers: money (đồng have no fraction) and numbers whose step says so.
            String step = c.attribute("step");
            if ("numeric".equals(c.attribute("inputmode")) || step != null && step.matches("\\d+")) {
                bad.add(new Bad("a fraction", "1.5"));
                bad.add(new Bad("1,5", "1,5"));
            }
            String min = c.attribute("min");
            if (min != null && min.matches("\\d+(\\.\\d+)?")) bad.add(new Bad("negative", "-1"));
        } else if (c.type().equals("date")) {
            for (String date : List.of("0000-01-01", "1899-12-31", "2101-01-01", "2023-02-29", "2025-13-01", "abc"))
                bad.add(new Bad("the date " + date, date));
        } else if (c.type().equals("month")) {
            for (String month : List.of("2025-13", "abc", "0000-01")) bad.add(new Bad("the month " + month, month));
        } else if (c.tag().equals("select")
                || c.type().equals("radio")
                || c.type().equals("checkbox")) {
            List<String> options = c.tag().equals("select") ? c.options() : List.of(c.value());
            boolean ids = options.stream().filter(o -> !o.isEmpty()).allMatch(o -> o.matches("\\d+"));
            if (ids && options.stream().anyMatch(o -> !o.isEmpty())) {
                bad.add(new Bad("letters", "abc"));
                {
                    bad.add(new Bad("a fraction", "1.5"));
                    bad.add(new Bad("1,5", "1,5"));
                }
                bad.add(new Bad("no such record", "999999999"));
                bad.add(new Bad("20 digits", "99999999999999999999"));
            } else if (!c.type().equals("checkbox")) {
                bad.add(new Bad("no such choice", "NO_SUCH_CHOICE"));
                bad.add(new Bad("NUL inside", NUL));
            } else if (c.value().equals("true") || c.value().equals("on")) {
                bad.add(new Bad("not a yes or no", "maybe"));
            }
        }
        return bad;
    }

    /** The submission the form makes as the page shows it, its required blanks filled in. */
    Map<String, List<String>> baseline(Form form, boolean fillAll) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (form == null) return fields;
        boolean submit = false;
        Set<String> radios = new TreeSet<>();
        Set<String> checkboxes = new TreeSet<>();
        for (Control c : form.controls()) {
            if (c.type().equals("submit") || c.type().equals("image")) {
                // The first submit button, as pressing Enter does.
                if (!submit && c.name() != null && !c.name().isEmpty())
                    fields.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.value());
                submit = true;
                continue;
            }
            if (c.name() == null
                    || c.name().isEmpty()
                    || c.has("disabled")
                    || c.type().equals("file")) continue;
            switch (c.type()) {
                case "submit", "image" -> {
                    if (!submit)
                        fields.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.value());
                    submit = true;
                }
                case "button", "reset" -> {}
                case "checkbox" -> {
                    boolean first = checkboxes.add(c.name());
                    if (!c.selected().isEmpty() || fillAll && first && !fields.containsKey(c.name()))
                        fields.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.value());
                }
                case "radio" -> {
                    if (!c.selected().isEmpty() || radios.add(c.name()) && (c.required() || fillAll))
                        fields.put(c.name(), new ArrayList<>(List.of(c.value())));
                }
                case "select", "select-multiple" -> {
                    List<String> chosen = new ArrayList<>(c.selected());
                    if (chosen.isEmpty()
                            && c.type().equals("select")
                            && !c.options().isEmpty()) {
                        String first = c.options().get(0);
                        if (first.isEmpty() && (c.required() || fillAll)) {
                            first = c.options().stream()
                                    .filter(o -> !o.isEmpty())
                                    .findFirst()
                                    .orElse("");
                        }
                        chosen.add(first);
                    }
                    fields.computeIfAbsent(c.name(), k -> new ArrayList<>()).addAll(chosen);
                }
                default -> {
                    String value = c.value();
                    if (value.isEmpty() && (c.required() || fillAll && !c.type().equals("hidden"))) value = sample(c);
                    fields.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(value);
                }
            }
        }
        return fields;
    }

    String sample(Control c) {
        LocalDate today = LocalDate.now(clock);
        return switch (c.type()) {
            case "date" -> today.toString();
            case "month" -> YearMonth.from(today).toString();
            case "email" -> "thu@example.vn";
            case "tel" -> "0901234567";
            default -> numeric(c) ? String.valueOf(Math.max(1, minimum(c))) : "Mẫu thử";
        };
    }

    static long minimum(Control c) {
        try {
            return (long) Math.ceil(Double.parseDouble(c.attribute("min")));
        } catch (NullPointerException | NumberFormatException e) {
            return 0;
        }
    }

    // ---- sending and judging ----

    MvcResult send(
            Endpoint endpoint,
            String url,
            Form form,
            Map<String, List<String>> fields,
            Locale locale,
            MockMultipartFile file) {
        org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request;
        if (form != null && form.multipart()) {
            MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.valueOf(endpoint.method()), url);
            if (file != null) upload.file(file);
            request = upload;
        } else {
            request = request(HttpMethod.valueOf(endpoint.method()), url);
        }
        fields.forEach((name, values) -> {
            if (!name.startsWith("__")) request.param(name, values.toArray(String[]::new));
        });
        if (fields.containsKey("_once"))
            request.param("_once", UUID.randomUUID().toString());
        if (locale == Locale.ENGLISH) request.cookie(new Cookie(WebConfig.LANGUAGE_COOKIE, "en"));
        request.with(admin()).with(csrf());
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw new AssertionError(
                    endpoint + " " + url + " " + shorten(String.valueOf(fields)) + " threw " + root, e);
        }
    }

    static boolean accepted(MvcResult result) {
        int status = result.getResponse().getStatus();
        if (status / 100 != 3) return false;
        FlashMap flash = result.getFlashMap();
        return ERROR_FLASHES.stream().noneMatch(flash::containsKey);
    }

    static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String describe(MvcResult result) {
        MockHttpServletResponse r = result.getResponse();
        List<String> errors = errorTexts(body(result));
        return r.getStatus()
                + (r.getRedirectedUrl() != null ? " to " + r.getRedirectedUrl() : "")
                + (result.getFlashMap().isEmpty() ? "" : " flash " + result.getFlashMap())
                + (errors.isEmpty() ? "" : " errors " + errors);
    }

    /** A wrong address: 4xx, no stack trace. */
    static String refusedByAddress(MvcResult result) {
        int status = result.getResponse().getStatus();
        if (status >= 500 || status < 400 && !(status / 100 == 3 && !accepted(result)))
            return "answered " + describe(result);
        if (STACK_TRACE.matcher(body(result)).find()) return "a stack trace or SQL in the answer";
        return null;
    }

    /** Null when the bad value was refused as it should be, else what is wrong. */
    String refused(MvcResult result, Form form, Map<String, List<String>> sent, String field, List<Pattern> language) {
        int status = result.getResponse().getStatus();
        String body = body(result);
        if (status >= 500) return "answered " + status;
        if (STACK_TRACE.matcher(body).find()) return "a stack trace or SQL in the answer " + describe(result);
        if (status / 100 == 3) {
            if (accepted(result)) return "accepted: " + describe(result);
            return null;
        }
        if (status == 200) {
            List<String> errors = errorTexts(body);
            if (errors.isEmpty()) return NO_MESSAGE;
            for (String e : errors) {
                if (language.stream().noneMatch(p -> p.matcher(e).matches()))
                    return "a message not in the user's language: " + e;
            }
            // The form comes back with what the user typed in the other fields.
            for (Form again : HtmlForms.of(body)) {
                if (!again.action().equals(form.action())) continue;
                for (Control c : again.controls()) {
                    if (!isText(c) && !numeric(c) && !c.type().equals("date")) continue;
                    // Hidden fields are the page's own; a password is never given back.
                    if (c.name() == null
                            || c.name().equals(field)
                            || c.type().equals("hidden")
                            || c.type().equals("password")) continue;
                    List<String> was = sent.get(c.name());
                    if (was != null && was.size() == 1 && !was.get(0).equals(c.value()))
                        return "the form came back without the user's " + c.name() + " (" + shorten(was.get(0)) + " → "
                                + shorten(c.value()) + ")";
                }
            }
            return null;
        }
        if (status >= 400) return null;
        return "answered " + describe(result);
    }

    /** Text a person may write: saved, or refused with a message; never 5xx, never shown back as markup. */
    String takenAsWritten(
            Endpoint endpoint, String url, Form form, Map<String, List<String>> fields, String field, String value) {
        MvcResult result = send(endpoint, url, form, fields, Locale.ROOT, null);
        int status = result.getResponse().getStatus();
        if (status >= 500) return "answered " + status;
        String shown = body(result);
        if (accepted(result)) {
            String next = result.getResponse().getRedirectedUrl();
            if (next == null || !next.startsWith("/")) return null;
            try {
                shown = mvc.perform(get(next).with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                return "the page after saving failed: " + e;
            }
        } else if (status == 200 && errorTexts(shown).isEmpty()) {
            return "the page again without a message";
        } else if (STACK_TRACE.matcher(shown).find()) {
            return "a stack trace or SQL in the answer";
        }
        if (value.contains("<script>") && shown.contains(value)) return "shown back as markup";
        return null;
    }

    static List<String> errorTexts(String body) {
        List<String> texts = new ArrayList<>();
        Matcher m = ERRORS.matcher(body);
        while (m.find()) {
            for (String part : m.group(3).split("<br\\s*/?>|</p>|</li>")) {
                String text = HtmlForms.text(part);
                if (!text.isEmpty()) texts.add(text);
            }
        }
        return texts;
    }

    /** Every message of one language, as a pattern its arguments may fill. */
    List<Pattern> messagePatterns(String suffix) throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (String basename : basenames.split(",")) {
            ClassPathResource resource = new ClassPathResource(basename.strip() + suffix + ".properties");
            if (!resource.exists()) continue;
            Properties p = new Properties();
            try (InputStream in = resource.getInputStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String message :
                    p.stringPropertyNames().stream().map(p::getProperty).toList()) {
                StringBuilder regex = new StringBuilder();
                for (String piece : message.split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", -1)) {
                    if (!regex.isEmpty() || message.startsWith("{")) regex.append(".*?");
                    String literal = HtmlForms.text(piece.replace("''", "'"));
                    regex.append(Pattern.quote(literal).replace("'", "\\E'{1,2}\\Q"));
                }
                if (message.endsWith("}")) regex.append(".*?");
                patterns.add(Pattern.compile("\\s*" + regex + "\\s*", Pattern.DOTALL));
            }
        }
        return patterns;
    }

    // ---- helpers ----

    org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("demo-admin"));
    }

    <T> T rolledBack(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            return work.get();
        });
    }

    static Map<String, List<String>> copy(Map<String, List<String>> fields) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }

    Map<String, Long> rowCounts() {
        return RowCounts.of(jdbc, NOT_COUNTED);
    }
}
