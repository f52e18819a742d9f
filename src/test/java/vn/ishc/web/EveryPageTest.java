package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;

/**
 * No page answers 500 (issue 11): every HTML GET page the application maps, found in Spring MVC's
 * mappings so a new page is covered without touching this test, is opened for every demo club (and its
 * first member, person, loan, unit and a pending import), and for a club founded here with nothing yet,
 * as the administrator, who may use every page,
 * and for the board's own club as the board. Exports are fetched in every format; pages with an htmx
 * fragment are fetched as htmx too. A path variable the test cannot fill fails it, so no page is skipped
 * silently. Nothing here depends on today's date or on the demo's figures.
 */
@IntegrationTest
class EveryPageTest {
    /** Pages not part of the application (a test-only controller that fails on purpose). */
    private static final Set<Class<?>> NOT_PAGES = Set.of(FailingTestController.class);

    private static final List<String> FORMATS = List.of("xlsx", "csv");
    private static final Pattern VARIABLE = Pattern.compile("([^/{}]*)/\\{(\\w+)}|\\.\\{(\\w+)}");

    /** What a path variable names, from the literal path segment before it. */
    enum Kind {
        CLUB,
        MEMBERSHIP,
        PERSON,
        LOAN,
        UNIT,
        IMPORT,
        ROW,
        UNIT_CHANGE,
        PLAN,
        ACTIVITY,
        MEETING,
        HEALTH_CHECK,
        HELP_CASE,
        TRAINING,
        VISIT,
        FORMAT;

        /** Values that belong to one club (its members, loans, unit, import) rather than to the whole city. */
        boolean ofAClub() {
            return this != UNIT_CHANGE && this != PLAN && this != FORMAT;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ClubDirectory clubs;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** The application's HTML GET pages (API, documentation and error endpoints are not pages). */
    List<String> pages() {
        Set<String> patterns = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Class<?> type = e.getValue().getBeanType();
            if (!type.getPackageName().startsWith("vn.ishc") || NOT_PAGES.contains(type)) continue;
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) continue;
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) patterns.add(pattern);
            }
        }
        return new ArrayList<>(patterns);
    }

    /** The kinds of a pattern's variables, by name; fails on a variable this test cannot fill. */
    static Map<String, Kind> variables(String pattern) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            if (m.group(3) != null) {
                assertThat(m.group(3))
                        .as("the extension variable of %s", pattern)
                        .isEqualTo("format");
                kinds.put("format", Kind.FORMAT);
                continue;
            }
            String segment = m.group(1);
            String name = m.group(2);
            Kind kind = switch (segment + "/" + name) {
                case "clubs/id", "clubs/clubId" -> Kind.CLUB;
                case "members/membershipId" -> Kind.MEMBERSHIP;
                case "person/personId" -> Kind.PERSON;
                case "loans/id" -> Kind.LOAN;
                case "units/id" -> Kind.UNIT;
                case "member-imports/importId" -> Kind.IMPORT;
                case "rows/rowNumber" -> Kind.ROW;
                case "unit-changes/id" -> Kind.UNIT_CHANGE;
                case "plans/id" -> Kind.PLAN;
                case "activities/id" -> Kind.ACTIVITY;
                case "meetings/id" -> Kind.MEETING;
                case "checks/checkId" -> Kind.HEALTH_CHECK;
                case "cases/caseId" -> Kind.HELP_CASE;
                case "trainings/id" -> Kind.TRAINING;
                case "visits/id" -> Kind.VISIT;
                default -> null;
            };
            assertThat(kind)
                    .as(
                            "EveryPageTest does not know how to fill {%s} in %s: teach it (Kind and values()),"
                                    + " so the new page is opened for every demo club",
                            name, pattern)
                    .isNotNull();
            kinds.put(name, kind);
        }
        return kinds;
    }

    @Test
    void everyVariableOfEveryPageIsKnown() {
        List<String> pages = pages();
        assertThat(pages).contains("/clubs/{id}/loans/new", "/clubs/{id}", "/");
        pages.forEach(EveryPageTest::variables);
    }

    @Test
    void noPageAnswersAServerErrorForAnyDemoClub() throws Exception {
        List<ClubView> demo = new ArrayList<>(clubs.allForAdministration().stream()
                .filter(c -> DemoClubs.names().contains(c.name()))
                .toList());
        assertThat(demo).hasSizeGreaterThan(1);
        // The demo has clubs without lending rules, suspended and dissolved ones; add one with nothing yet.
        ClubView fresh = newClub();
        demo.add(fresh);
        meetingOf(fresh);
        long boardClub = demo.stream()
                .filter(c -> c.name().equals(DemoClubs.DEMO_BOARD_CLUB))
                .findFirst()
                .orElseThrow()
                .id();

        Map<Long, Long> imports = new TreeMap<>();
        for (ClubView club : demo) pendingImport(club.id()).ifPresent(id -> imports.put(club.id(), id));
        assertThat(imports).as("a pending import in some demo club").isNotEmpty();

        List<String> failures = new ArrayList<>();
        Map<String, Integer> opened = new TreeMap<>();
        try {
            for (String pattern : pages()) {
                Map<String, Kind> kinds = variables(pattern);
                boolean perClub = kinds.values().stream().anyMatch(Kind::ofAClub);
                int requests = 0;
                for (ClubView club : perClub ? demo : demo.subList(0, 1)) {
                    for (String url : urls(pattern, kinds, club, imports.get(club.id()))) {
                        requests++;
                        check("demo-admin", url, failures);
                        if (club.id() == boardClub) check("demo-club", url, failures);
                    }
                }
                opened.put(pattern, requests);
            }
        } finally {
            for (long importId : imports.values()) {
                mvc.perform(post("/member-imports/{id}/discard", importId)
                        .with(as("demo-admin"))
                        .with(csrf()));
            }
        }
        opened.forEach((pattern, n) -> assertThat(n)
                .as("%s was opened at least once (its variables have values in the demo)", pattern)
                .isPositive());
        assertThat(failures).as("pages that failed").isEmpty();
    }

    /** A club founded now, with no members, no board, no fund entries and no lending rules. */
    ClubView newClub() {
        return TestClubs.found(accounts, "demo-admin", clubs, "CLB mọi trang", 10, LocalDate.of(2020, 1, 1));
    }

    /** A meeting of the new club (no members, nothing taken), so that the meeting's page has one to show. */
    void meetingOf(ClubView club) throws Exception {
        LocalDate day = club.foundedOn().plusMonths(1);
        MvcResult result = mvc.perform(post("/clubs/{id}/meetings/sheet", club.id())
                        .param("key", "every-page-" + club.id())
                        .param("heldOn", day.toString())
                        .param("place", "Nhà văn hóa")
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/meetings/");
    }

    /** Opens the page as the user, plain and as htmx; records any server error or exception. */
    void check(String username, String url, List<String> failures) {
        for (boolean htmx : new boolean[] {false, true}) {
            try {
                var request = get(url).with(as(username));
                if (htmx) request.header("HX-Request", "true");
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                if (status >= 500) failures.add(username + (htmx ? " htmx " : " ") + url + " → " + status);
                if (status == 403 && username.equals("demo-admin"))
                    failures.add(username + (htmx ? " htmx " : " ") + url + " → 403 for the administrator");
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                failures.add(username + (htmx ? " htmx " : " ") + url + " → " + root);
            }
        }
    }

    /** The page's addresses for this club: every combination of its variables' values (none if one is missing). */
    List<String> urls(String pattern, Map<String, Kind> kinds, ClubView club, Long importId) {
        List<String> urls = new ArrayList<>(List.of(pattern));
        for (Map.Entry<String, Kind> v : kinds.entrySet()) {
            List<String> values = values(v.getValue(), club, importId);
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String value : values) next.add(url.replace("{" + v.getKey() + "}", value));
            }
            urls = next;
        }
        return urls;
    }

    List<String> values(Kind kind, ClubView club, Long importId) {
        return switch (kind) {
            case CLUB -> List.of(String.valueOf(club.id()));
            case UNIT -> List.of(String.valueOf(club.unitId()));
            case MEMBERSHIP -> ids("select min(id) from membership where club_id = ?", club.id());
            case PERSON ->
                ids(
                        "select person_id from membership where id = (select min(id) from membership where club_id = ?)",
                        club.id());
            case LOAN -> ids("select min(id) from fund_loan where club_id = ?", club.id());
            case ACTIVITY -> ids("select min(id) from activity where club_id = ?", club.id());
            case MEETING -> ids("select min(id) from meeting where club_id = ?", club.id());
            case HEALTH_CHECK -> ids("select min(id) from health_check where club_id = ?", club.id());
            case HELP_CASE -> ids("select min(id) from help_case where club_id = ?", club.id());
            case TRAINING -> ids("select min(session_id) from training_participant where club_id = ?", club.id());
            case VISIT -> ids("select min(id) from monitoring_visit where club_id = ?", club.id());
            case IMPORT -> importId == null ? List.of() : List.of(String.valueOf(importId));
            case ROW -> List.of("2", "3");
            case UNIT_CHANGE ->
                jdbc.sql("select min(id) from unit_change").query(Long.class).optional().stream()
                        .map(String::valueOf)
                        .toList();
            case PLAN ->
                jdbc.sql("select id from plan order by id").query(Long.class).list().stream()
                        .map(String::valueOf)
                        .toList();
            case FORMAT -> FORMATS;
        };
    }

    List<String> ids(String sql, long clubId) {
        return jdbc.sql(sql).param(clubId).query(Long.class).optional().stream()
                .map(String::valueOf)
                .toList();
    }

    /** A pending import of two rows (one good, one wrong) into the club, when the club takes imports. */
    Optional<Long> pendingImport(long clubId) throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            String[][] cells = {
                {"Họ và tên", "Giới tính", "Ngày sinh"},
                {"Nguyễn Thị Thử Trang", "Nữ", "1950"},
                {"Trần Văn Thử Trang", "?", "không rõ"}
            };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) row.createCell(c).setCellValue(cells[r][c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }
        MvcResult result = mvc.perform(multipart("/clubs/{id}/members/import", clubId)
                        .file(new MockMultipartFile("file", "thu.xlsx", "application/octet-stream", file))
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andReturn();
        String to = result.getResponse().getRedirectedUrl();
        if (to == null || !to.startsWith("/member-imports/")) return Optional.empty();
        return Optional.of(Long.parseLong(to.substring("/member-imports/".length())));
    }
}
