package vn.ishc.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every "today" and "now" of the application comes from the {@link Clock} bean ({@link ClockConfig}):
 * no class of src/main asks the system for the date or the time of day. Durations measured with
 * {@code System.nanoTime()} are not dates and stay allowed.
 */
class ClockSourceTest {

    static final Set<Class<?>> DATE_TYPES = Set.of(
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            Instant.class,
            ZonedDateTime.class,
            OffsetDateTime.class,
            Year.class,
            YearMonth.class);

    /** A call that reads the system's clock: {@code X.now()}, {@code X.now(zone)}, and the like. */
    static final DescribedPredicate<JavaAccess<?>> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("reads the system clock instead of the Clock bean") {
                @Override
                public boolean test(JavaAccess<?> access) {
                    var target = access.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    boolean dateType =
                            DATE_TYPES.stream().anyMatch(t -> t.getName().equals(owner));
                    if (dateType && name.equals("now")) {
                        // now(Clock) is the one allowed form.
                        return !target.getDescription().contains("java.time.Clock");
                    }
                    if (owner.equals(System.class.getName()) && name.equals("currentTimeMillis")) return true;
                    if (owner.equals(Date.class.getName()) && name.equals("<init>")) {
                        return target.getDescription().contains("<init>()");
                    }
                    if (owner.equals(Clock.class.getName()) && name.startsWith("system")) {
                        return !access.getOriginOwner().isEquivalentTo(ClockConfig.class);
                    }
                    return false;
                }
            };

    static final ArchRule ONE_CLOCK = noClasses().should().accessTargetWhere(READS_THE_SYSTEM_CLOCK);

    @Test
    void theApplicationTakesTheDateOnlyFromTheClockBean() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ishc");
        assertThat(main.size()).isGreaterThan(100);
        ONE_CLOCK.check(main);
    }

    @Test
    void theRuleCatchesEachWayOfAskingTheSystem() {
        for (Class<?> offender : new Class<?>[] {
            AsksLocalDate.class, AsksInstantInAZone.class, AsksMillis.class, MakesADate.class, MakesASystemClock.class
        }) {
            JavaClasses one = new ClassFileImporter().importClasses(offender);
            assertThatThrownBy(() -> ONE_CLOCK.check(one))
                    .as(offender.getSimpleName())
                    .isInstanceOf(AssertionError.class);
        }
        JavaClasses fine = new ClassFileImporter().importClasses(UsesTheClock.class);
        ONE_CLOCK.check(fine);
    }

    static class AsksLocalDate {
        Object today() {
            return LocalDate.now();
        }
    }

    static class AsksInstantInAZone {
        Object now() {
            return ZonedDateTime.now(java.time.ZoneId.of("UTC"));
        }
    }

    static class AsksMillis {
        long now() {
            return System.currentTimeMillis();
        }
    }

    static class MakesADate {
        Object now() {
            return new Date();
        }
    }

    static class MakesASystemClock {
        Object clock() {
            return Clock.systemUTC();
        }
    }

    static class UsesTheClock {
        Object today(Clock clock) {
            return LocalDate.now(clock).plusDays(System.nanoTime() > 0 ? 0 : 1);
        }
    }
}
