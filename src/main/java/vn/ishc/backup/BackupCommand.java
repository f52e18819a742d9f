package vn.ishc.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ishc-manager.jar --ishc.backup.export=FILE.zip} writes a full backup into the file;
 * {@code --ishc.backup.restore=FILE.zip} restores one into the (empty) database. Either prints the outcome
 * in Vietnamese and exits (status 0 when done, 2 when refused or failed), without starting the web server
 * ({@code IshcApplication}). Runs after the first administrator is created (order 1) and after demo data
 * (order 100, which makes a database not empty).
 */
@Component
@Order(200)
class BackupCommand implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final BackupService backups;
    private final MessageSource messages;
    private final ApplicationContext context;
    private final String exportTo;
    private final String restoreFrom;

    BackupCommand(
            BackupService backups,
            MessageSource messages,
            ApplicationContext context,
            @Value("${ishc.backup.export:}") String exportTo,
            @Value("${ishc.backup.restore:}") String restoreFrom) {
        this.backups = backups;
        this.messages = messages;
        this.context = context;
        this.exportTo = exportTo;
        this.restoreFrom = restoreFrom;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (exportTo.isBlank() && restoreFrom.isBlank()) return;
        int status = exportTo.isBlank() ? restore(Path.of(restoreFrom)) : export(Path.of(exportTo));
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> status));
    }

    /**
     * Writes the backup into a temporary file beside {@code file} and moves it into place when complete, so
     * a failed backup never leaves a half archive under the expected name. 0 when written, 2 when not.
     */
    int export(Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Manifest m;
            try (OutputStream out = Files.newOutputStream(partial)) {
                m = backups.export(out, "command line: " + target);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info(messages.getMessage(
                    "backup.exported", new Object[] {target, m.tables().size(), m.rows(), m.schemaVersion()}, VI));
            return 0;
        } catch (IOException | RuntimeException e) {
            log.error(messages.getMessage("backup.error.exportFailed", new Object[] {target, e.getMessage()}, VI), e);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message above says the backup failed; a leftover .partial file is named as such
            }
            return 2;
        }
    }

    /** Restores the archive; 0 when restored, 2 when refused (the reason logged) or failed. */
    int restore(Path file) {
        if (!Files.isReadable(file)) {
            log.error(messages.getMessage("backup.error.fileMissing", new Object[] {file}, VI));
            return 2;
        }
        try {
            BackupService.Restored r = backups.restore(file, "command line: " + file.toAbsolutePath());
            log.info(messages.getMessage(
                    "backup.restored", new Object[] {r.tables(), r.rows(), r.takenAt(), r.schemaVersion()}, VI));
            return 0;
        } catch (BackupRefused e) {
            log.error(messages.getMessage(e.messageKey(), e.args(), VI));
            return 2;
        }
    }
}
