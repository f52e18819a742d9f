package vn.ishc.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no administrator, creates {@code admin} with the password from
 * {@code ISHC_ADMIN_PASSWORD}, or a random one printed once in the log.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String configuredPassword;

    FirstAdministrator(AccountService accounts, @Value("${ishc.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.administratorExists()) return;
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.openIfAbsent(new OpenAccount("admin", "Quản trị hệ thống", password, Role.ADMIN, null, null));
        if (generated) {
            log.warn(
                    "First administrator created: username 'admin', password '{}'. It is shown only this once;"
                            + " change it after logging in, or set ISHC_ADMIN_PASSWORD before the first start.",
                    password);
        } else {
            log.info("First administrator 'admin' created with the password from ISHC_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
