package vn.ishc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;

/**
 * The command line's two halves without the exit: {@code --ishc.backup.export=FILE} writes a complete
 * archive (no {@code .partial} left) audited as the system's, and {@code --ishc.backup.restore=FILE} answers
 * 2 for a missing file and for a database that is not empty, changing nothing.
 */
@IntegrationTest
class BackupCommandTest {
    @Autowired
    BackupCommand command;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void exportWritesTheWholeArchiveUnderItsName() throws Exception {
        Path file = dir.resolve("ishc.zip");
        assertThat(command.export(file)).isZero();
        assertThat(file).exists();
        assertThat(dir.resolve("ishc.zip.partial")).doesNotExist();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(zip.getEntry("tables/membership.jsonl")).isNotNull();
        }
        assertThat(jdbc.sql("select username || ' ' || reason from audit_entry where action = 'BackupTaken'"
                                + " order by id desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo("system command line: " + file.toAbsolutePath());
    }

    @Test
    void restoreRefusesAMissingFileAndADatabaseWithRecords() throws Exception {
        assertThat(command.restore(dir.resolve("absent.zip"))).isEqualTo(2);
        Path file = dir.resolve("ishc.zip");
        assertThat(command.export(file)).isZero();
        long clubs = jdbc.sql("select count(*) from club").query(Long.class).single();
        assertThat(command.restore(file)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from club").query(Long.class).single())
                .isEqualTo(clubs);
        assertThat(Files.size(file)).isPositive();
    }
}
