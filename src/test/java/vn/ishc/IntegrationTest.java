package vn.ishc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real server port, with demo data, on H2 — or on PostgreSQL when the
 * build runs the {@code postgresql} execution ({@code -Dishc.test.database=postgresql}). Every
 * integration test uses exactly this configuration, so all share one application context (one per test JVM:
 * each run has two, see the surefire settings in pom.xml). On PostgreSQL each test JVM has a database of its
 * own ({@link TestDatabase#url()}, set by {@link TestDatabase.Initializer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@ExtendWith(TestDatabase.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ishc.demo=true",
            "ishc.admin-password=first-admin-secret",
            // Enough places that tests never queue for one; HeavyRequestGateTest takes them all.
            "ishc.heavy.concurrent=8",
            "ishc.heavy.wait=3s"
        })
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public @interface IntegrationTest {}
