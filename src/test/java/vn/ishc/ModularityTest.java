package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of design.md hold, and the module diagram in docs/architecture.md is the one
 * the code has: this test rewrites it (between the module-diagram markers), and in CI fails when the
 * committed diagram was out of date. Spring Modulith's own PlantUML files go to target/spring-modulith-docs.
 */
class ModularityTest {
    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    static final String START = "<!-- module-diagram:start (written by ModularityTest) -->";
    static final String END = "<!-- module-diagram:end -->";

    final ApplicationModules modules = ApplicationModules.of(IshcApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theArchitectureDocumentShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        StringBuilder diagram = new StringBuilder(START).append("\n```mermaid\nflowchart LR\n");
        modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::getName))
                .forEach(m -> diagram.append("    ")
                        .append(m.getName())
                        .append("[\"")
                        .append(m.getDisplayName())
                        .append("\"]\n"));
        TreeSet<String> edges = new TreeSet<>();
        modules.forEach(m -> m.getDirectDependencies(modules)
                .uniqueModules()
                .forEach(target -> edges.add("    " + m.getName() + " --> " + target.getName() + "\n")));
        edges.forEach(diagram::append);
        diagram.append("```\n").append(END);

        String doc = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("module-diagram markers in " + ARCHITECTURE).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String updated = doc.substring(0, start) + diagram + doc.substring(end + END.length());
        if (!updated.equals(doc)) {
            Files.writeString(ARCHITECTURE, updated, StandardCharsets.UTF_8);
            assertThat("true".equals(System.getenv("CI")))
                    .as("docs/architecture.md had an out-of-date module diagram: run the tests and commit it")
                    .isFalse();
        }
    }
}
