package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ishc.account.Role;
import vn.ishc.area.ChangeKind;
import vn.ishc.area.UnitType;

/**
 * Every string a person reads is a message key present in Vietnamese and English: the two files have
 * the same keys, every key the templates and the Java code name exists, and no template holds text.
 */
class MessagesTest {
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Path JAVA = Path.of("src/main/java");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
    static final Pattern JAVA_STRING = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    static final Pattern ANNOTATION_KEY = Pattern.compile("\"\\{([A-Za-z0-9.]+)}\"");
    static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*)\"");

    /** The message bundles ({@code spring.messages.basename}): Vietnamese file and English file. */
    static final List<String> BUNDLES = List.of(
            "messages",
            "i18n/clubs",
            "i18n/members",
            "i18n/import",
            "i18n/plans",
            "i18n/funds",
            "i18n/audit",
            "i18n/meetings",
            "i18n/care",
            "i18n/activities",
            "i18n/oversight",
            "i18n/funding",
            "i18n/tasks",
            "i18n/reports",
            "i18n/periodic",
            "i18n/backup",
            "i18n/rules",
            "i18n/home");

    /** All bundles of one language together: "" for Vietnamese, "_en" for English. */
    static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(
                    RESOURCES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                assertThat(all.containsKey(key))
                        .as(key + " defined in two bundles")
                        .isFalse();
                all.setProperty(key, p.getProperty(key));
            }
        }
        return all;
    }

    @Test
    void theBundlesAreTheOnesTheApplicationLoads() throws IOException {
        Properties app = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8)) {
            app.load(r);
        }
        assertThat(List.of(app.getProperty("spring.messages.basename").split(",")))
                .isEqualTo(BUNDLES);
    }

    static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties vi = load("");
        Properties en = load("_en");
        assertThat(keys(en)).as("keys only in Vietnamese").containsAll(keys(vi));
        assertThat(keys(vi)).as("keys only in English").containsAll(keys(en));
        assertThat(keys(vi)).allSatisfy(k -> assertThat(vi.getProperty(k)).as(k).isNotBlank());
        assertThat(keys(en)).allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = keys(load(""));
        Set<String> prefixes = new TreeSet<>();
        known.forEach(k -> prefixes.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
        List<String> missing = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) missing.add(template + ": " + m.group(1));
            }
        }
        for (Path source : files(JAVA, ".java")) {
            String code = Files.readString(source);
            Matcher m = JAVA_STRING.matcher(code);
            while (m.find()) {
                String key = m.group(1);
                if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !known.contains(key)) {
                    missing.add(source + ": " + key);
                }
            }
            Matcher a = ANNOTATION_KEY.matcher(code);
            while (a.find()) {
                if (!known.contains(a.group(1))) missing.add(source + ": {" + a.group(1) + "}");
            }
        }
        for (Role r : Role.values()) if (!known.contains("role." + r)) missing.add("role." + r);
        for (UnitType t : UnitType.values()) if (!known.contains("unit.type." + t)) missing.add("unit.type." + t);
        for (ChangeKind c : ChangeKind.values())
            if (!known.contains("unit.change.kind." + c)) missing.add("unit.change.kind." + c);
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script\\b.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style\\b.*?</style>", "<style></style>");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    found.add(template + ": " + text.group(1).strip());
                }
            }
            Matcher attr = TEXT_ATTRIBUTE.matcher(html);
            while (attr.find()) {
                if (attr.group(2).codePoints().anyMatch(Character::isLetter)) {
                    found.add(template + ": " + attr.group(1) + "=" + attr.group(2));
                }
            }
        }
        assertThat(found).as("text in templates that is not a message key").isEmpty();
    }

    @Test
    void theCheckItselfCatchesHardCodedText() {
        assertThat(TEXT_NODE.matcher("<p>Xin chào</p>").find()).isTrue();
        Matcher m = TEXT_ATTRIBUTE.matcher("<input placeholder=\"Tên\"> <input th:placeholder=\"#{x}\">");
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("Tên");
        assertThat(m.find()).isFalse();
    }
}
