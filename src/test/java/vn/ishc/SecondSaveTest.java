package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.FundFixture;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;

/**
 * Every editable record of the API refuses the second of two saves made from the same read version: the first
 * save is kept, the second is a 409 problem in the caller's language, on H2 and on PostgreSQL. The records are
 * the API's {@code PUT} and {@code PATCH} mappings, read from the application itself: a new editable record
 * fails this test until it is given a case below.
 */
@IntegrationTest
class SecondSaveTest {
    static final String EDITOR = "demo-admin";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MemberRegistry members;

    @Autowired
    Clock clock;

    final JsonMapper json = JsonMapper.builder().build();

    /**
     * An editable record: where it is read and written, the version in what is read, the body of a save that
     * sets the edited field to a value, and the edited field in what is read.
     */
    record Case(
            String read,
            String write,
            Function<Map<String, Object>, Number> version,
            BiFunction<Map<String, Object>, Object, Map<String, Object>> body,
            Function<Map<String, Object>, Object> shown,
            Object first,
            Object second) {}

    /** Makes a record to edit. */
    interface Make {
        Case make() throws Exception;
    }

    /** Each PUT or PATCH mapping of the API (its pattern) with how to make a record of it to edit. */
    Map<String, Make> cases() {
        Map<String, Make> c = new TreeMap<>();
        c.put("PUT /api/v1/clubs/{id}", () -> {
            ClubView club = fixture().club();
            return text(
                    "/api/v1/clubs/" + club.id(),
                    "/api/v1/clubs/" + club.id(),
                    "initialEquipment",
                    r -> pick(
                            r,
                            "name",
                            "unitId",
                            "foundedOn",
                            "decisionNumber",
                            "decisionDate",
                            "decisionIssuer",
                            "phaseOverrideReason",
                            "meetingDay",
                            "regulationsAdoptedOn",
                            "initialFundCapital",
                            "initialEquipment"));
        });
        c.put("PUT /api/v1/members/{membershipId}", () -> {
            FundFixture f = fixture();
            MemberView m = f.member(f.club());
            String at = "/api/v1/members/" + m.membershipId();
            return new Case(
                    at,
                    at,
                    r -> (Number) r.get("version"),
                    (r, v) -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> person = new HashMap<>((Map<String, Object>) r.get("person"));
                        person.put("otherHardship", v);
                        return map("person", person, "notADuplicate", true);
                    },
                    r -> ((Map<?, ?>) r.get("person")).get("otherHardship"),
                    "A " + UUID.randomUUID(),
                    "B " + UUID.randomUUID());
        });
        c.put("PUT /api/v1/plans/{id}/unit-targets", () -> {
            long plan = jdbc.sql("select min(id) from plan").query(Long.class).single();
            long unit = jdbc.sql("select min(unit_id) from plan_unit where plan_id = ?")
                    .param(plan)
                    .query(Long.class)
                    .single();
            return new Case(
                    "/api/v1/plans/" + plan,
                    "/api/v1/plans/" + plan + "/unit-targets",
                    r -> (Number) r.get("version"),
                    (r, v) -> map(
                            "reason",
                            "second save test",
                            "targets",
                            List.of(map("unitId", unit, "code", "NEW_CLUB_MEMBERS", "target", v))),
                    r -> ((List<?>) r.get("unitTargets"))
                            .stream()
                                    .map(t -> (Map<?, ?>) t)
                                    .filter(t -> ((Number) t.get("unitId")).longValue() == unit
                                            && "NEW_CLUB_MEMBERS".equals(t.get("code")))
                                    .map(t -> t.get("target"))
                                    .findFirst()
                                    .orElse(null),
                    411,
                    412);
        });
        c.put("PUT /api/v1/activities/{id}", () -> {
            long id = latest("activity");
            return text("/api/v1/activities/" + id, "/api/v1/activities/" + id, "description", r -> pick(r, "title"));
        });
        c.put("PUT /api/v1/resources/{id}", () -> {
            long id = latest("funding_entry");
            String at = "/api/v1/resources/" + id;
            return new Case(
                    at,
                    at,
                    r -> (Number) r.get("version"),
                    (r, v) -> {
                        Map<String, Object> resource = pick(
                                r,
                                "source",
                                "kind",
                                "donor",
                                "receivedOn",
                                "budgetYear",
                                "amount",
                                "inKindDescription",
                                "purpose",
                                "level",
                                "unitId",
                                "clubId",
                                "documentNo");
                        resource.put("note", v);
                        return map("resource", resource);
                    },
                    r -> r.get("note"),
                    "A " + UUID.randomUUID(),
                    "B " + UUID.randomUUID());
        });
        c.put("PUT /api/v1/tasks/{id}", () -> {
            long id = latest("agency_task");
            return text(
                    "/api/v1/tasks/" + id,
                    "/api/v1/tasks/" + id,
                    "evidenceNote",
                    r -> pick(r, "status", "dueOn", "doneOn", "evidenceDocument", "evidenceKind", "evidenceId"));
        });
        // The oldest session: the demo's, whose participants stay in its unit; a newer one may come from a test
        // whose clubs another test has since moved.
        c.put("PUT /api/v1/trainings/{id}", () -> {
            long id = jdbc.sql("select min(id) from training_session where cancelled_on is null")
                    .query(Long.class)
                    .single();
            return text(
                    "/api/v1/trainings/" + id,
                    "/api/v1/trainings/" + id,
                    "materials",
                    r -> pick(
                            r,
                            "topic",
                            "startsOn",
                            "endsOn",
                            "place",
                            "trainers",
                            "organiser",
                            "organiserName",
                            "unitId",
                            "participants"));
        });
        c.put("PUT /api/v1/reports/periodic/{id}/narrative", () -> {
            long id = latest("report_periodic");
            String at = "/api/v1/reports/periodic/" + id;
            return new Case(
                    at,
                    at + "/narrative",
                    r -> (Number) ((Map<?, ?>) r.get("report")).get("version"),
                    (r, v) -> {
                        Map<String, Object> sections = new HashMap<>();
                        ((Map<?, ?>) r.get("narrative")).forEach((k, s) -> sections.put(String.valueOf(k), s));
                        return map("documentNo", v, "sections", sections);
                    },
                    r -> ((Map<?, ?>) r.get("report")).get("documentNo"),
                    "A-" + UUID.randomUUID().toString().substring(0, 8),
                    "B-" + UUID.randomUUID().toString().substring(0, 8));
        });
        c.put("PUT /api/v1/meetings/{id}/minutes", () -> {
            FundFixture f = fixture();
            ClubView club = f.club();
            MemberView m = f.member(club);
            String sheet = """
                    {"key":"%s","heldOn":"%s","place":"Nhà văn hóa","topics":"Sức khỏe","lines":[{"personId":%d,"attendance":"PRESENT"}]}""".formatted(UUID.randomUUID(), LocalDate.now(clock), m.personId());
            Map<String, Object> held = send(post("/api/v1/clubs/" + club.id() + "/meetings"), "demo-ward", sheet, 201);
            String at = "/api/v1/meetings/" + held.get("id");
            return text(at, at + "/minutes", "decisions", r -> pick(r, "place", "topics"));
        });
        c.put("PUT /api/v1/clubs/{clubId}/dues", () -> {
            ClubView club = fixture().club();
            String at = "/api/v1/clubs/" + club.id() + "/dues";
            return new Case(
                    at,
                    at,
                    r -> (Number) r.get("version"),
                    (r, v) -> map("feePerMonth", v, "contributionPerMonth", 0),
                    r -> r.get("feePerMonth"),
                    5000,
                    7000);
        });
        return c;
    }

    @Test
    void everyEditableRecordOfTheApiHasACase() {
        Set<String> writes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                if (m != RequestMethod.PUT && m != RequestMethod.PATCH) continue;
                for (String pattern : info.getPatternValues())
                    if (pattern.startsWith("/api/")) writes.add(m + " " + pattern.replace("{id:\\d+}", "{id}"));
            }
        });
        assertThat(writes).isNotEmpty();
        assertThat(cases().keySet()).isEqualTo(writes);
    }

    @Test
    void theSecondSaveFromTheSameVersionIsRefusedAndTheFirstKept() throws Exception {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (var e : cases().entrySet()) {
            Case c = e.getValue().make();
            Map<String, Object> read = send(get(c.read()), null, 200);
            Number version = c.version().apply(read);
            assertThat(version).as(e.getKey() + ": the version read").isNotNull();

            send(put(c.write()), body(c, read, version, c.first()), 200);
            MvcResult second = mvc.perform(put(c.write())
                            .with(httpBasic(EDITOR, "demo"))
                            .header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body(c, read, version, c.second())))
                    .andReturn();
            Map<String, Object> after = send(get(c.read()), null, 200);

            assertThat(second.getResponse().getStatus())
                    .as(e.getKey() + ": the second save " + second.getResponse().getContentAsString())
                    .isEqualTo(409);
            assertThat(second.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(json.readValue(second.getResponse().getContentAsString(), Map.class)
                            .get("title"))
                    .isEqualTo("Changed by someone else");
            assertThat(String.valueOf(c.shown().apply(after)))
                    .as(e.getKey() + ": the first save is kept")
                    .isEqualTo(String.valueOf(c.first()));
            assertThat(c.version().apply(after).intValue()).isGreaterThan(version.intValue());
            outcomes.put(e.getKey(), "refused");
        }
        assertThat(outcomes).hasSameSizeAs(cases());
    }

    private String body(Case c, Map<String, Object> read, Number version, Object value) {
        Map<String, Object> body = new HashMap<>(c.body().apply(read, value));
        body.put("version", version);
        return json.writeValueAsString(body);
    }

    /** A record whose edited field is a text, the rest of the body taken from what was read. */
    private static Case text(
            String read, String write, String field, Function<Map<String, Object>, Map<String, Object>> rest) {
        return new Case(
                read,
                write,
                r -> (Number) r.get("version"),
                (r, v) -> {
                    Map<String, Object> b = new HashMap<>(rest.apply(r));
                    b.put(field, v);
                    return b;
                },
                r -> r.get(field),
                "A " + UUID.randomUUID(),
                "B " + UUID.randomUUID());
    }

    private static Map<String, Object> pick(Map<String, Object> read, String... fields) {
        Map<String, Object> m = new HashMap<>();
        for (String f : fields) m.put(f, read.get(f));
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    /** The newest record of the table that is still editable: not cancelled by another test, where it can be. */
    private long latest(String table) {
        List<String> cancelled = jdbc.sql("select lower(column_name) from information_schema.columns"
                        + " where lower(table_name) = ? and lower(column_name) in ('cancelled_on', 'cancelled_at')")
                .param(table)
                .query(String.class)
                .list();
        String open = cancelled.isEmpty()
                ? ""
                : " where "
                        + String.join(
                                " and ",
                                cancelled.stream().map(c -> c + " is null").toList());
        return jdbc.sql("select max(id) from " + table + open).query(Long.class).single();
    }

    private FundFixture fixture() {
        return new FundFixture(accounts, clubs, members);
    }

    private Map<String, Object> send(MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        return send(request, EDITOR, body, status);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(MockHttpServletRequestBuilder request, String user, String body, int status)
            throws Exception {
        MockHttpServletRequestBuilder r = request.with(httpBasic(user, "demo")).header("Accept-Language", "en");
        if (body != null) r = r.contentType(MediaType.APPLICATION_JSON).content(body);
        MvcResult result = mvc.perform(r).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + ": "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return json.readValue(result.getResponse().getContentAsString(), Map.class);
    }
}
