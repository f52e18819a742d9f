package vn.ishc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ishc.shared.CurrentUser;

/**
 * "Who am I" and "what may I do" are decided in one place: the account module implements {@link
 * CurrentUser}; no other module reads Spring Security's context or names a role.
 */
class IdentityRulesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ishc");

    @Test
    void onlyTheAccountModuleImplementsTheCurrentUser() {
        classes()
                .that()
                .implement(CurrentUser.class)
                .should()
                .resideInAPackage("vn.ishc.account..")
                .check(MAIN);
    }

    @Test
    void onlyTheAccountModuleReadsTheSecurityContext() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ishc.account..")
                .should()
                .accessClassesThat()
                .belongToAnyOf(SecurityContextHolder.class)
                .check(MAIN);
    }

    @Test
    void onlyTheScopeItselfTellsItsKinds() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ishc.shared..")
                .should()
                .callMethod(vn.ishc.shared.Scope.class, "kind")
                .check(MAIN);
    }

    static final Pattern ROLE = Pattern.compile("ROLE_|hasRole|hasAnyRole|\\bRole\\.|isUserInRole");

    @Test
    void noRoleIsNamedOutsideTheAccountModule() throws IOException {
        List<String> offences;
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/vn/ishc")), Files.walk(Path.of("src/main/resources/templates")))) {
            offences = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(Path.of("src/main/java/vn/ishc/account")))
                    .flatMap(f -> lines(f).stream()
                            .filter(l -> ROLE.matcher(l).find())
                            .map(l -> f + ": " + l.strip()))
                    .toList();
        }
        assertThat(offences).isEmpty();
        assertThat(ROLE.matcher("sec:authorize=\"hasRole('ADMIN')\"").find()).isTrue();
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
