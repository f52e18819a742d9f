package vn.ishc.area;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ishc-manager.jar --import-units=FILE.csv}: loads the file (all or nothing), prints
 * the result or every problem in Vietnamese, and exits (status 0 when saved, 2 when not).
 */
@Component
@Order(10)
class UnitImportCommand implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(UnitImportCommand.class);

    private final UnitCsvImport csvImport;
    private final MessageSource messages;
    private final ApplicationContext context;

    UnitImportCommand(UnitCsvImport csvImport, MessageSource messages, ApplicationContext context) {
        this.csvImport = csvImport;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption("import-units")) return;
        int status = importFile(Path.of(args.getOptionValues("import-units").get(0)));
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> status));
    }

    /** Imports the file and logs the outcome in Vietnamese; 0 when saved, 2 when not. */
    int importFile(Path file) throws IOException {
        Locale vi = Locale.forLanguageTag("vi");
        if (!Files.isReadable(file)) {
            log.error(messages.getMessage("unit.import.error.fileMissing", new Object[] {file}, vi));
            return 2;
        }
        UnitImportResult result;
        try {
            result = csvImport.load(Files.readString(file));
        } catch (CharacterCodingException e) {
            log.error(messages.getMessage("unit.import.error.notUtf8", null, vi));
            return 2;
        }
        if (result.saved()) {
            log.info(messages.getMessage("unit.import.done", new Object[] {result.units(), result.changes()}, vi));
            return 0;
        }
        for (ImportProblem p : result.problems()) {
            log.error(messages.getMessage("unit.import.line", new Object[] {p.line()}, vi) + ": "
                    + messages.getMessage(p.messageKey(), p.args().toArray(), vi));
        }
        return 2;
    }
}
