package vn.ishc.area;

import java.nio.file.Files;
import java.nio.file.Path;
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
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("import-units")) return;
        Path file = Path.of(args.getOptionValues("import-units").get(0));
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        UnitImportResult result = csvImport.load(Files.readString(file));
        if (result.saved()) {
            log.info(messages.getMessage("unit.import.done", new Object[] {result.units(), result.changes()}, vi));
        } else {
            for (ImportProblem p : result.problems()) {
                log.error(messages.getMessage("unit.import.line", new Object[] {p.line()}, vi) + ": "
                        + messages.getMessage(p.messageKey(), p.args().toArray(), vi));
            }
        }
        int status = result.saved() ? 0 : 2;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> status));
    }
}
