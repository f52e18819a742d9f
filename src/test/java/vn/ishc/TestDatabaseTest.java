package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database of each PostgreSQL test JVM: the configured one's name with the fork number after it. */
class TestDatabaseTest {

    @Test
    void theForkNumberGoesAfterTheDatabaseNameAndBeforeTheOptions() {
        assertThat(TestDatabase.forkUrl("jdbc:postgresql://127.0.0.1:5432/test", 2))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test_2");
        assertThat(TestDatabase.forkUrl("jdbc:postgresql://db:5433/ishc_test?sslmode=disable&user=x", 3))
                .isEqualTo("jdbc:postgresql://db:5433/ishc_test_3?sslmode=disable&user=x");
    }

    @Test
    void theDatabaseNameIsAfterTheLastSlashAndBeforeTheOptions() {
        assertThat(TestDatabase.databaseName("jdbc:postgresql://127.0.0.1:5432/test_2"))
                .isEqualTo("test_2");
        assertThat(TestDatabase.databaseName("jdbc:postgresql://db/ishc_test_3?options=-c%20search_path=a/b"))
                .isEqualTo("ishc_test_3");
    }
}
