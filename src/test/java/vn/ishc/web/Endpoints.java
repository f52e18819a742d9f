package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.club.ClubView;

/**
 * The application's endpoints as Spring MVC maps them (so a new one is found without touching a test),
 * what each path variable names, and real values for it from one club's records. Shared by
 * {@link EveryPageTest} (every page opens) and {@link AuthorizationMatrixTest} (who may open what).
 */
final class Endpoints {
    /** Handlers that are not part of the application (a test-only controller that fails on purpose). */
    static final Set<Class<?>> NOT_THE_APPLICATIONS = Set.of(FailingTestController.class);

    private static final Pattern VARIABLE = Pattern.compile("([^/{}]*)/\\{(\\w+)(?::[^}]*)?}|\\.\\{(\\w+)}");

    private Endpoints() {}

    /** One method on one path pattern, e.g. {@code POST /clubs/{id}/edit}. */
    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {
        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        boolean isRead() {
            return method.equals("GET");
        }

        @Override
        public int compareTo(Endpoint o) {
            int c = pattern.compareTo(o.pattern);
            return c != 0 ? c : method.compareTo(o.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

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
        EXERCISE_GROUP,
        HELP_CASE,
        CARE_KIND,
        CARE_RECORD,
        CARE_VOLUNTEER,
        CARE_RECIPIENT,
        CARE_PAIRING,
        EXPENSE_REQUEST,
        REPORT_MONTH,
        REPORT_STEP,
        PERIODIC_REPORT,
        RESOURCE,
        TASK,
        TASK_YEAR,
        TRAINING,
        VISIT,
        FOLLOW_UP,
        ACCOUNT,
        API_TOKEN,
        FORMAT;

        /** Values that belong to one club (its members, loans, unit, import) rather than to the whole city. */
        boolean ofAClub() {
            return switch (this) {
                case UNIT_CHANGE,
                        PLAN,
                        PERIODIC_REPORT,
                        FORMAT,
                        REPORT_STEP,
                        TASK_YEAR,
                        ACCOUNT,
                        API_TOKEN,
                        CARE_KIND -> false;
                default -> true;
            };
        }
    }

    /** Every endpoint of the application: each method of each mapping (a mapping without one counts as GET). */
    static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Class<?> type = e.getValue().getBeanType();
            if (!type.getPackageName().startsWith("vn.ishc") || NOT_THE_APPLICATIONS.contains(type)) continue;
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty()
                    ? List.of("GET")
                    : methods.stream().map(Enum::name).toList();
            for (String pattern : e.getKey().getPatternValues()) {
                for (String method : names) endpoints.add(new Endpoint(method, pattern));
            }
        }
        return endpoints.stream().sorted().toList();
    }

    /** The names of the request parameters each endpoint's handler takes. */
    static Map<Endpoint, Set<String>> requestParameters(RequestMappingHandlerMapping mappings) {
        Map<Endpoint, Set<String>> params = new java.util.HashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Set<String> names = new java.util.HashSet<>();
            for (var p : e.getValue().getMethodParameters()) {
                var rp = p.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                if (rp == null) continue;
                String name = !rp.name().isEmpty() ? rp.name() : p.getParameterName();
                if (name == null) {
                    p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                    name = p.getParameterName();
                }
                if (name != null) names.add(name);
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            List<String> verbs = methods.isEmpty()
                    ? List.of("GET")
                    : methods.stream().map(Enum::name).toList();
            for (String pattern : e.getKey().getPatternValues())
                for (String verb : verbs) params.put(new Endpoint(verb, pattern), names);
        }
        return params;
    }

    /** The application's HTML GET pages (API, documentation and error endpoints are not pages). */
    static List<String> pages(RequestMappingHandlerMapping mappings) {
        return all(mappings).stream()
                .filter(e -> e.isRead() && !e.isApi())
                .map(Endpoint::pattern)
                .distinct()
                .toList();
    }

    /** The kinds of a pattern's variables, by name; fails on a variable no test can fill. */
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
                case "person/personId", "members/personId" -> Kind.PERSON;
                case "loans/id" -> Kind.LOAN;
                case "units/id" -> Kind.UNIT;
                case "member-imports/importId" -> Kind.IMPORT;
                case "rows/rowNumber" -> Kind.ROW;
                case "unit-changes/id" -> Kind.UNIT_CHANGE;
                case "plans/id" -> Kind.PLAN;
                case "activities/id" -> Kind.ACTIVITY;
                case "meetings/id" -> Kind.MEETING;
                case "checks/checkId", "health-checks/checkId" -> Kind.HEALTH_CHECK;
                case "groups/groupId", "exercise-groups/groupId" -> Kind.EXERCISE_GROUP;
                case "cases/caseId", "help-cases/caseId" -> Kind.HELP_CASE;
                case "care/what" -> Kind.CARE_KIND;
                case "/recordId" -> Kind.CARE_RECORD;
                case "care-volunteers/id" -> Kind.CARE_VOLUNTEER;
                case "care-recipients/id" -> Kind.CARE_RECIPIENT;
                case "care-pairings/id" -> Kind.CARE_PAIRING;
                case "approve/request" -> Kind.EXPENSE_REQUEST;
                case "reports/month" -> Kind.REPORT_MONTH;
                case "/step" -> Kind.REPORT_STEP;
                case "periodic/id" -> Kind.PERIODIC_REPORT;
                case "resources/id" -> Kind.RESOURCE;
                case "tasks/id" -> Kind.TASK;
                case "years/year" -> Kind.TASK_YEAR;
                case "trainings/id" -> Kind.TRAINING;
                case "visits/id" -> Kind.VISIT;
                case "follow-ups/followUpId" -> Kind.FOLLOW_UP;
                case "accounts/id" -> Kind.ACCOUNT;
                case "tokens/id" -> Kind.API_TOKEN;
                default -> null;
            };
            assertThat(kind)
                    .as(
                            "Endpoints does not know how to fill {%s} in %s: teach it (Kind and Values.of),"
                                    + " so that the new endpoint is opened for every demo club and checked"
                                    + " for every role",
                            name, pattern)
                    .isNotNull();
            kinds.put(name, kind);
        }
        return kinds;
    }

    /** The addresses for a pattern: every combination of its variables' values (none if one has none). */
    static List<String> urls(
            String pattern, Map<String, Kind> kinds, java.util.function.Function<Kind, List<String>> values) {
        List<String> urls = new ArrayList<>(List.of(pattern));
        for (Map.Entry<String, Kind> v : kinds.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String value : values.apply(v.getValue())) next.add(fill(url, v.getKey(), value));
            }
            urls = next;
        }
        return urls;
    }

    /** The pattern with the variable {@code name} (with or without a regular expression) replaced. */
    static String fill(String url, String name, String value) {
        return url.replaceAll("\\{" + name + "(?::[^}]*)?}", Matcher.quoteReplacement(value));
    }

    /** Real values of one club's records, read from the database. */
    static final class Values {
        private final JdbcClient jdbc;
        private final List<String> formats;

        Values(JdbcClient jdbc, List<String> formats) {
            this.jdbc = jdbc;
            this.formats = formats;
        }

        List<String> of(Kind kind, ClubView club, Long importId) {
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
                case EXERCISE_GROUP -> ids("select min(id) from health_exercise_group where club_id = ?", club.id());
                case HELP_CASE -> ids("select min(id) from help_case where club_id = ?", club.id());
                case CARE_KIND -> List.of("volunteers");
                case CARE_RECORD, CARE_VOLUNTEER ->
                    ids("select min(id) from care_volunteer where club_id = ?", club.id());
                case CARE_RECIPIENT -> ids("select min(id) from care_recipient where club_id = ?", club.id());
                case CARE_PAIRING -> ids("select min(id) from care_pairing where club_id = ?", club.id());
                case EXPENSE_REQUEST -> ids("select min(id) from fund_expense_request where club_id = ?", club.id());
                case RESOURCE ->
                    ids(
                            "select min(f.id) from funding_entry f join club c on c.unit_id = f.recipient_unit_id"
                                    + " where c.id = ?",
                            club.id());
                case TASK ->
                    ids(
                            "select min(t.id) from agency_task t join club c on c.unit_id = t.unit_id where c.id = ?",
                            club.id());
                case TASK_YEAR -> List.of("2030");
                case TRAINING -> ids("select min(session_id) from training_participant where club_id = ?", club.id());
                case VISIT ->
                    ids(
                            "select coalesce(min(f.visit_id), (select min(id) from monitoring_visit where club_id = ?))"
                                    + " from monitoring_follow_up f join monitoring_visit v on v.id = f.visit_id"
                                    + " where v.club_id = ?",
                            club.id(),
                            club.id());
                case FOLLOW_UP ->
                    ids(
                            "select min(f.id) from monitoring_follow_up f join monitoring_visit v on v.id = f.visit_id"
                                    + " where v.club_id = ? and f.visit_id = (select min(f2.visit_id) from"
                                    + " monitoring_follow_up f2 join monitoring_visit v2 on v2.id = f2.visit_id"
                                    + " where v2.club_id = ?)",
                            club.id(),
                            club.id());
                case IMPORT -> importId == null ? List.of() : List.of(String.valueOf(importId));
                case ROW -> List.of("2", "3");
                case REPORT_STEP -> List.of("submit");
                // The report's month: last month (a demo report may exist), one with a report of its own, and
                // the month of the club's founding (no report).
                case REPORT_MONTH -> {
                    List<String> months = new ArrayList<>(List.of(
                            YearMonth.of(2026, 10).toString(),
                            YearMonth.from(club.foundedOn()).toString()));
                    jdbc.sql("select min(report_month) from report_monthly where club_id = ?")
                            .param(club.id())
                            .query(LocalDate.class)
                            .optional()
                            .ifPresent(d -> months.add(YearMonth.from(d).toString()));
                    yield months;
                }
                case UNIT_CHANGE -> ids("select min(id) from unit_change");
                case PLAN -> ids("select id from plan order by id");
                case PERIODIC_REPORT -> ids("select min(id) from report_periodic");
                case ACCOUNT -> ids("select id from app_user where username = 'demo-viewer'");
                // The demo board's latest token (AuthorizationMatrixTest creates one).
                case API_TOKEN ->
                    ids("select max(t.id) from api_token t join app_user u on u.id = t.account_id"
                            + " where u.username = 'demo-club'");
                case FORMAT -> formats;
            };
        }

        private List<String> ids(String sql, Object... params) {
            var spec = jdbc.sql(sql);
            for (Object p : params) spec = spec.param(p);
            return spec.query(Long.class).list().stream()
                    .filter(java.util.Objects::nonNull)
                    .map(String::valueOf)
                    .toList();
        }
    }

    /** A pending import of two rows (one good, one wrong) into the club, when the club takes imports. */
    static Optional<Long> pendingImport(MockMvc mvc, UserDetailsService accounts, String username, long clubId)
            throws Exception {
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
                        .with(user(accounts.loadUserByUsername(username)))
                        .with(csrf()))
                .andReturn();
        String to = result.getResponse().getRedirectedUrl();
        if (to == null || !to.startsWith("/member-imports/")) return Optional.empty();
        return Optional.of(Long.parseLong(to.substring("/member-imports/".length())));
    }
}
