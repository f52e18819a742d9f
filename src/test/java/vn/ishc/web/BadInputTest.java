package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.ishc.IntegrationTest;

/**
 * Every write of the API, found in Spring's handler mappings (a new one joins by itself), gets bad input
 * of every kind in each field of its body: each answers 4xx problem JSON in the caller's language, and no
 * table gains or loses a row. The bodies are made from the request types themselves (a type this test
 * cannot fill fails it), and each such sample is first checked to be one the API reads.
 */
@IntegrationTest
class BadInputTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a lone surrogate in a body: Jackson will not write one, so the escape is put in afterwards. */
    static final String LONE_SURROGATE = "@@lone-surrogate@@";

    static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    JsonMapper json;

    @Autowired
    Validator validator;

    /** A write of the API: its method, path pattern and the parameter its body is read into (null if none). */
    record Endpoint(HttpMethod method, String pattern, MethodParameter body, boolean bodyRequired) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** A value of a body: where it is, its Java type and the constraints on it. */
    record Field(String path, List<Object> at, Class<?> type, Class<?> owner, String name) {}

    /** One bad body and what must come back. */
    record Probe(String what, String body, MediaType contentType, Expect expect, String field, Object... args) {}

    enum Expect {
        /** 400 with this message (key {@code field} of {@link Probe}) as detail and beside the field. */
        MESSAGE,
        /** 400 with a validation message beside the field. */
        VALIDATION,
        /** Some 4xx problem: refused somewhere on the way (a rule of the service, a record not found). */
        REFUSED,
        /** 415 with the content type message. */
        MEDIA_TYPE
    }

    List<Endpoint> apiWrites() {
        List<Endpoint> writes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) continue;
                for (RequestMethod m : methods) {
                    if (m == RequestMethod.GET || m == RequestMethod.HEAD || m == RequestMethod.OPTIONS) continue;
                    MethodParameter body = null;
                    boolean required = false;
                    for (MethodParameter p : e.getValue().getMethodParameters()) {
                        RequestBody annotation = p.getParameterAnnotation(RequestBody.class);
                        if (annotation != null) {
                            body = p;
                            required = annotation.required();
                        }
                    }
                    writes.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, body, required));
                }
            }
        }
        writes.sort((a, b) -> a.toString().compareTo(b.toString()));
        return writes;
    }

    @Test
    void theApiHasWritesWithBodies() {
        List<Endpoint> writes = apiWrites();
        assertThat(writes.stream().filter(w -> w.body() != null)).hasSizeGreaterThan(30);
        assertThat(writes.stream().map(Endpoint::toString))
                .contains("PUT /api/v1/clubs/{id}", "POST /api/v1/members", "POST /api/v1/clubs/{clubId}/meetings");
    }

    @TestFactory
    Stream<DynamicTest> everyApiWriteRefusesBadInput() {
        return apiWrites().stream()
                .filter(w -> w.body() != null)
                .map(w -> DynamicTest.dynamicTest(w.toString(), () -> refusesBadInput(w)));
    }

    void refusesBadInput(Endpoint endpoint) throws Exception {
        Type bodyType = endpoint.body().getGenericParameterType();
        List<Field> fields = new ArrayList<>();
        JsonNode sample = sample(bodyType, List.of(), null, null, fields);
        // The sample is a body the API reads: every probe below differs from it in one thing only.
        json.readerFor(json.constructType(bodyType)).readValue(json.writeValueAsString(sample));

        String url = url(endpoint.pattern());
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes(endpoint, sample, fields)) {
            String problem = check(endpoint, url, probe, VI);
            if (problem != null) failures.add(probe.what() + ": " + problem);
        }
        // English when asked for, once per endpoint.
        Probe malformed = new Probe(
                "malformed JSON, in English",
                "{\"",
                MediaType.APPLICATION_JSON,
                Expect.MESSAGE,
                "error.input.malformed");
        String english = check(endpoint, url, malformed, Locale.ENGLISH);
        if (english != null) failures.add(malformed.what() + ": " + english);

        assertThat(failures).as(endpoint + " " + url).isEmpty();
        assertThat(rowCounts())
                .as("rows of every table after the bad input to " + endpoint)
                .isEqualTo(before);
    }

    /** Null when the answer is right, else what is wrong with it. */
    String check(Endpoint endpoint, String url, Probe probe, Locale locale) throws Exception {
        var request = request(endpoint.method(), url)
                .with(httpBasic("demo-admin", "demo"))
                .contentType(probe.contentType())
                .content(probe.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (locale != VI) request.header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String said = status + " " + body;
        if (status < 400 || status >= 500) return "answered " + said;
        if (!String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            return "not problem JSON: " + response.getContentType() + " " + said;
        }
        JsonNode problem = json.readTree(body);
        switch (probe.expect()) {
            case MESSAGE, MEDIA_TYPE -> {
                int expected = probe.expect() == Expect.MESSAGE ? 400 : 415;
                String message = messages.getMessage(probe.field(), probe.args(), locale);
                if (status != expected) return "expected " + expected + ", answered " + said;
                if (!message.equals(problem.path("detail").asString()))
                    return "expected detail " + message + ": " + said;
                if (probe.args().length > 0 && probe.expect() == Expect.MESSAGE) {
                    String field = String.valueOf(probe.args()[0]);
                    if (!message.equals(problem.path("errors").path(field).asString())) {
                        return "expected " + message + " beside " + field + ": " + said;
                    }
                }
            }
            case VALIDATION -> {
                if (status != 400) return "expected 400, answered " + said;
                if (problem.path("errors").path(probe.field()).asString().isBlank()) {
                    return "expected a message beside " + probe.field() + ": " + said;
                }
            }
            case REFUSED -> {
                if (problem.path("title").asString().isBlank()) return "a problem without a title: " + said;
            }
        }
        return null;
    }

    List<Probe> probes(Endpoint endpoint, JsonNode sample, List<Field> fields) {
        List<Probe> probes = new ArrayList<>();
        MediaType json = MediaType.APPLICATION_JSON;
        probes.add(new Probe("malformed JSON", "{\"a\": ", json, Expect.MESSAGE, "error.input.malformed"));
        probes.add(new Probe("not JSON at all", "name=x", json, Expect.MESSAGE, "error.input.malformed"));
        probes.add(new Probe("trailing tokens", write(sample) + " {}", json, Expect.MESSAGE, "error.input.malformed"));
        if (endpoint.bodyRequired()) {
            probes.add(new Probe("no body", "", json, Expect.MESSAGE, "error.input.missing"));
            probes.add(new Probe("every field missing", "{}", json, Expect.REFUSED, null));
        }
        for (MediaType other :
                List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_XML)) {
            probes.add(new Probe(
                    "sent as " + other,
                    write(sample),
                    other,
                    Expect.MEDIA_TYPE,
                    "error.input.mediaType",
                    other.toString()));
        }
        ObjectNode unknown = ((ObjectNode) sample.deepCopy()).put("noSuchField", "x");
        probes.add(new Probe(
                "an unknown field", write(unknown), json, Expect.MESSAGE, "error.input.unknownField", "noSuchField"));

        for (Field f : fields) {
            for (Bad bad : badValues(f)) {
                JsonNode body = sample.deepCopy();
                set(body, f.at(), bad.value());
                // The field is named beside the message (the wrong-type message names it itself too).
                Object[] args = bad.expect() == Expect.MESSAGE ? new Object[] {f.path()} : new Object[0];
                probes.add(new Probe(
                        f.path() + " = " + bad.what(),
                        write(body),
                        json,
                        bad.expect(),
                        bad.expect() == Expect.VALIDATION ? f.path() : bad.key(),
                        args));
            }
        }
        return probes;
    }

    record Bad(String what, JsonNode value, Expect expect, String key) {}

    List<Bad> badValues(Field f) {
        List<Bad> bad = new ArrayList<>();
        String wrongType = "error.input.wrongType";
        Class<?> t = f.type();
        if (t == String.class) {
            bad.add(new Bad("a number", NODES.numberNode(123), Expect.MESSAGE, wrongType));
            bad.add(new Bad("a boolean", NODES.booleanNode(true), Expect.MESSAGE, wrongType));
            bad.add(new Bad("an object", NODES.objectNode().put("a", "b"), Expect.MESSAGE, wrongType));
            bad.add(new Bad("NUL inside", NODES.stringNode("ab\u0000cd"), Expect.MESSAGE, InputRules.TEXT_REFUSED));
            bad.add(new Bad("a bell", NODES.stringNode("ab\u0007cd"), Expect.MESSAGE, InputRules.TEXT_REFUSED));
            bad.add(new Bad(
                    "DEL and C1 controls",
                    NODES.stringNode("a\u007f\u0085b"),
                    Expect.MESSAGE,
                    InputRules.TEXT_REFUSED));
            bad.add(new Bad(
                    "a lone surrogate",
                    NODES.stringNode("ab" + LONE_SURROGATE),
                    Expect.MESSAGE,
                    InputRules.TEXT_REFUSED));
            Set<Class<?>> constraints = constraints(f);
            if (constraints.contains(NotBlank.class) || constraints.contains(NotEmpty.class)) {
                bad.add(new Bad("empty", NODES.stringNode(""), Expect.VALIDATION, null));
            }
            if (constraints.contains(NotBlank.class)) {
                bad.add(new Bad("spaces only", NODES.stringNode("  \t "), Expect.VALIDATION, null));
            }
            // 10,000 characters where the field says it takes fewer; where it says nothing, more than any
            // column of the schema holds (20,000), which must be refused on the way or by the database.
            Integer max = maxSize(f);
            if (max == null) {
                bad.add(new Bad("20,001 characters", NODES.stringNode("ê".repeat(20_001)), Expect.REFUSED, null));
            } else if (max < 10_000) {
                bad.add(new Bad("10,000 characters", NODES.stringNode("ê".repeat(10_000)), Expect.VALIDATION, null));
            }
        } else if (t == Long.class || t == long.class || t == Integer.class || t == int.class) {
            bad.add(new Bad("a fraction", NODES.numberNode(new BigDecimal("1.5")), Expect.MESSAGE, wrongType));
            bad.add(new Bad("a string", NODES.stringNode("1"), Expect.MESSAGE, wrongType));
            bad.add(new Bad("a boolean", NODES.booleanNode(true), Expect.MESSAGE, wrongType));
            bad.add(new Bad(
                    "beyond 64 bits",
                    NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                    Expect.MESSAGE,
                    wrongType));
            bad.add(new Bad("negative", NODES.numberNode(-1), Expect.REFUSED, null));
        } else if (t == BigDecimal.class) {
            bad.add(new Bad("a string", NODES.stringNode("1000"), Expect.MESSAGE, wrongType));
            bad.add(new Bad("a boolean", NODES.booleanNode(true), Expect.MESSAGE, wrongType));
            bad.add(new Bad("negative", NODES.numberNode(-1000), Expect.REFUSED, null));
            bad.add(new Bad("huge", NODES.numberNode(new BigDecimal("1e30")), Expect.REFUSED, null));
        } else if (t == Boolean.class || t == boolean.class) {
            bad.add(new Bad("a string", NODES.stringNode("true"), Expect.MESSAGE, wrongType));
            bad.add(new Bad("a number", NODES.numberNode(1), Expect.MESSAGE, wrongType));
        } else if (t == LocalDate.class) {
            for (String date : List.of(
                    "0000-01-01",
                    "1899-12-31",
                    "2101-01-01",
                    "2023-02-29",
                    "2025-13-01",
                    "2025-04-31",
                    "2025-1-5",
                    "05/01/2025",
                    "2025-01-01T00:00",
                    "",
                    "ab" + LONE_SURROGATE)) {
                bad.add(new Bad("the date " + date, NODES.stringNode(date), Expect.MESSAGE, InputRules.DATE_REFUSED));
            }
            bad.add(new Bad("a number", NODES.numberNode(12345), Expect.MESSAGE, wrongType));
            bad.add(new Bad("an array", NODES.arrayNode().add(2025).add(1).add(1), Expect.MESSAGE, wrongType));
        } else if (t == YearMonth.class) {
            bad.add(new Bad("a number", NODES.numberNode(202501), Expect.MESSAGE, wrongType));
        } else if (t.isEnum()) {
            bad.add(new Bad("a position", NODES.numberNode(0), Expect.MESSAGE, wrongType));
            bad.add(new Bad("no such value", NODES.stringNode("NO_SUCH_VALUE"), Expect.MESSAGE, wrongType));
            bad.add(new Bad("empty", NODES.stringNode(""), Expect.MESSAGE, wrongType));
        } else if (Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t) || t.isRecord()) {
            bad.add(new Bad("a string", NODES.stringNode("x"), Expect.MESSAGE, wrongType));
        }
        return bad;
    }

    Set<Class<?>> constraints(Field f) {
        PropertyDescriptor p = property(f);
        Set<Class<?>> types = new java.util.HashSet<>();
        if (p != null) {
            for (ConstraintDescriptor<?> c : p.getConstraintDescriptors())
                types.add(c.getAnnotation().annotationType());
        }
        return types;
    }

    Integer maxSize(Field f) {
        PropertyDescriptor p = property(f);
        if (p == null) return null;
        for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
            if (c.getAnnotation() instanceof Size size) return size.max();
        }
        return null;
    }

    PropertyDescriptor property(Field f) {
        if (f.owner() == null || f.name() == null) return null;
        return validator.getConstraintsForClass(f.owner()).getConstraintsForProperty(f.name());
    }

    /** A well-typed value of the type, recording each of its fields (with their paths) into {@code fields}. */
    JsonNode sample(Type type, List<Object> at, Class<?> owner, String name, List<Field> fields) {
        Class<?> raw = raw(type);
        String path = path(at);
        if (!at.isEmpty()) fields.add(new Field(path, at, raw, owner, name));
        if (raw == String.class) return NODES.stringNode("Mẫu " + (name == null ? "" : name));
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class)
            return NODES.numberNode(1);
        if (raw == BigDecimal.class) return NODES.numberNode(new BigDecimal("1000"));
        if (raw == Boolean.class || raw == boolean.class) return NODES.booleanNode(false);
        if (raw == LocalDate.class) return NODES.stringNode("2025-06-02");
        if (raw == YearMonth.class) return NODES.stringNode("2025-06");
        if (raw.isEnum()) return NODES.stringNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode array = NODES.arrayNode();
            List<Object> elementAt = new ArrayList<>(at);
            elementAt.add(0);
            array.add(sample(element, elementAt, null, null, fields));
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Class<?> key = raw(kv[0]);
            assertThat(key.isEnum()).as("a map key of %s", path).isTrue();
            String k = ((Enum<?>) key.getEnumConstants()[0]).name();
            ObjectNode object = NODES.objectNode();
            List<Object> valueAt = new ArrayList<>(at);
            valueAt.add(k);
            object.set(k, sample(kv[1], valueAt, null, null, fields));
            return object;
        }
        if (raw.isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent c : raw.getRecordComponents()) {
                List<Object> componentAt = new ArrayList<>(at);
                componentAt.add(c.getName());
                object.set(c.getName(), sample(c.getGenericType(), componentAt, raw, c.getName(), fields));
            }
            return object;
        }
        throw new AssertionError("BadInputTest cannot make a sample of " + type + " at " + path
                + ": teach sample() and badValues() this type, so its endpoint is probed");
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new AssertionError("no class for " + type);
    }

    /** {@code lines[0].fee}, as the API names a field in its answers. */
    static String path(List<Object> at) {
        StringBuilder s = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer i) s.append('[').append(i).append(']');
            else s.append(s.isEmpty() ? "" : ".").append(step);
        }
        return s.toString();
    }

    static void set(JsonNode root, List<Object> at, JsonNode value) {
        JsonNode node = root;
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            node = step instanceof Integer n ? node.get(n) : node.get((String) step);
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer n) ((ArrayNode) node).set(n, value);
        else ((ObjectNode) node).set((String) last, value);
    }

    String write(JsonNode body) {
        return json.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800");
    }

    /** The pattern with its variables filled: a demo club for a club, the first of its kind otherwise. */
    String url(String pattern) {
        long club = jdbc.sql("select min(id) from club").query(Long.class).single();
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String value = switch (m.group(1)) {
                case "clubId" -> String.valueOf(club);
                case "id" -> before.endsWith("/clubs/") ? String.valueOf(club) : "1";
                case "month" -> "2025-06";
                case "year" -> "2025";
                default -> "1";
            };
            m.appendReplacement(url, value);
        }
        m.appendTail(url);
        return url.toString();
    }

    /**
     * The number of rows of every table of the application, but {@code shedlock}: a scheduled job may take its
     * lock (its first run writes the row) while a request is tried, which no request does.
     */
    Map<String, Long> rowCounts() {
        return RowCounts.of(jdbc, Set.of("shedlock"));
    }
}
