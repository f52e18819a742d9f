package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module alone reads and writes its tables: another module's SQL names only the views the owner
 * publishes for others (names ending in {@code _v}, as {@code member_fact_v}, {@code club_status_v} and
 * {@code fund_receipt_v}). Which module owns which table or view follows from the migrations' {@code create
 * table} and {@code create view} statements and the small map of name prefixes below, which must give every
 * one of them exactly one owner. Each module's Java string literals and text blocks are then read as SQL: a
 * name after {@code from}, {@code join}, {@code into}, {@code update} or {@code delete from} that belongs to
 * another module and is not published fails the test with the file and the table.
 */
class TableOwnershipTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/vn/ishc");

    /** Table or view name prefix (a whole name, or a prefix ending in {@code _}) to the owning module. */
    static final Map<String, String> OWNERS = owners();

    private static Map<String, String> owners() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("admin_unit", "area");
        m.put("unit_", "area");
        m.put("reference_data_version", "area");
        m.put("app_user", "account");
        m.put("login_", "account");
        m.put("api_token", "account");
        m.put("spring_session", "account");
        m.put("spring_session_", "account");
        m.put("club", "club");
        m.put("club_", "club");
        m.put("person", "member");
        m.put("membership", "member");
        m.put("member_", "member");
        m.put("audit_", "audit");
        m.put("fund_", "fund");
        m.put("meeting", "meeting");
        m.put("meeting_", "meeting");
        m.put("health_", "activity");
        m.put("care_", "activity");
        m.put("help_case", "activity");
        m.put("help_case_", "activity");
        m.put("activity", "activity");
        m.put("activity_", "activity");
        m.put("plan", "plan");
        m.put("plan_", "plan");
        m.put("training_", "oversight");
        m.put("monitoring_", "oversight");
        m.put("agency", "oversight");
        m.put("agency_", "oversight");
        m.put("funding_", "funding");
        m.put("report_", "report");
        m.put("backup_", "backup");
        m.put("shedlock", "shared");
        m.put("web_", "web");
        return m;
    }

    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:from|join|into|(?<!for\\s)update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");

    private static final Pattern BARE_WORD = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*");

    /** Java string literals and text blocks, in order (escapes are left as they are). */
    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** Every table and view the migrations create, with its owner. */
    static Map<String, String> tables() {
        Map<String, String> tables = new TreeMap<>();
        for (Path f : files(MIGRATIONS, ".sql")) {
            Matcher m = CREATE.matcher(read(f));
            while (m.find()) {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                tables.put(name, owner(name));
            }
        }
        return tables;
    }

    /** The module a table belongs to, or a description of why it has not exactly one. */
    static String owner(String table) {
        List<String> owners = OWNERS.entrySet().stream()
                .filter(e -> e.getKey().endsWith("_") ? table.startsWith(e.getKey()) : table.equals(e.getKey()))
                .map(Map.Entry::getValue)
                .distinct()
                .toList();
        return owners.size() == 1 ? owners.get(0) : "?" + owners;
    }

    /** Views published for other modules. */
    static boolean published(String table) {
        return table.endsWith("_v");
    }

    /**
     * The tables and views of other modules, not published, that {@code source} (the Java text of a file of
     * {@code module}) names in its SQL.
     */
    static List<String> foreignTables(String module, String source, Map<String, String> tables) {
        StringBuilder sql = new StringBuilder();
        Matcher lit = LITERAL.matcher(source);
        while (lit.find()) {
            String text = lit.group(1) != null ? lit.group(1) : lit.group(2);
            // A bare word is a parameter name or a key, not a piece of SQL ("for update" then "club").
            if (!BARE_WORD.matcher(text).matches()) sql.append(text).append(' ');
        }
        List<String> found = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String owner = tables.get(name);
            if (owner != null && !owner.equals(module) && !published(name) && !found.contains(name)) found.add(name);
        }
        return found;
    }

    @Test
    void everyTableAndViewHasExactlyOneOwningModule() {
        Map<String, String> tables = tables();
        assertThat(tables).containsKeys("admin_unit", "club", "person", "membership", "fund_entry", "spring_session");
        assertThat(tables.entrySet().stream().filter(e -> e.getValue().startsWith("?")))
                .as("tables without exactly one owner in OWNERS")
                .isEmpty();
        assertThat(tables).doesNotContainKey("flyway_schema_history");
    }

    @Test
    void noModuleNamesAnotherModulesTablesInItsSql() {
        Map<String, String> tables = tables();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path dir : modules.filter(Files::isDirectory).sorted().toList()) {
                String module = dir.getFileName().toString();
                for (Path f : files(dir, ".java")) {
                    for (String t : foreignTables(module, read(f), tables))
                        violations.add(f + " names " + t + " (" + tables.get(t) + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScannerFindsAForeignTableAfterEachKeywordButNotAColumnOrAPublishedView() {
        Map<String, String> tables = Map.of(
                "person", "member",
                "membership", "member",
                "club", "club",
                "club_status_change", "club",
                "fund_loan", "fund",
                "member_fact_v", "member");
        String fixture = """
                class X {
                    String a = "select id, full_name from person where id in (:ids)";
                    String b = "select m.club_id from member_fact_v m join club c on c.id = m.club_id";
                    String c = \"""
                        select s.status from club_status_change s
                        \""";
                    String d = "select club_id, person_id from fund_loan";
                    String e = "delete from " + "membership where id = 1";
                    String f = "select club_id from fund_loan where club_id = :club for update";
                    Object g = param("club", 1);
                }
                """;
        assertThat(foreignTables("fund", fixture, tables))
                .containsExactly("person", "club", "club_status_change", "membership");
        assertThat(foreignTables("member", fixture, tables)).containsExactly("club", "club_status_change", "fund_loan");
        assertThat(foreignTables("plan", "\"select club_id from member_fact_v m\"", tables))
                .isEmpty();
        assertThat(foreignTables("fund", "\"select l.club_id, l.person_id from fund_loan l\"", tables))
                .isEmpty();
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
