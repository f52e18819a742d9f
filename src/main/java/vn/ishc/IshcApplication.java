package vn.ishc;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IshcApplication {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IshcApplication.class);
        // "--import-units=FILE" loads units and exits: no web server, so it never takes a running instance's port.
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("--import-units"))) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
