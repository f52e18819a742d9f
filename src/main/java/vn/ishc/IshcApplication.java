package vn.ishc;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IshcApplication {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IshcApplication.class);
        // "--import-units=FILE" loads units and exits; "--migrate" brings the database schema up to date
        // (Flyway runs at every start) and exits; "--ishc.backup.export=FILE" and "--ishc.backup.restore=FILE"
        // write or restore a backup and exit. None starts a web server, so none takes a running instance's port.
        boolean migrateOnly = Arrays.asList(args).contains("--migrate");
        if (migrateOnly
                || Arrays.stream(args)
                        .anyMatch(a -> a.startsWith("--import-units") || a.startsWith("--ishc.backup."))) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (migrateOnly) System.exit(SpringApplication.exit(context));
    }
}
