package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordCheckTest {
    final AtomicInteger slowChecks = new AtomicInteger();
    final AtomicReference<String> storedHash = new AtomicReference<>("hash-1:secret");
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return encoded.endsWith(":" + raw);
        }
    };

    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    final RememberingPasswordCheck check = new RememberingPasswordCheck(
            name -> User.withUsername(name)
                    .password(storedHash.get())
                    .roles("VIEWER")
                    .build(),
            countingEncoder,
            clock,
            Duration.ofMinutes(5));

    void login(String password) {
        check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api-client", password));
    }

    @Test
    void aRepeatedCorrectPasswordSkipsTheSlowCheckUntilItExpires() {
        login("secret");
        login("secret");
        assertThat(slowChecks).hasValue(1);
        now.set(now.get().plus(Duration.ofMinutes(5)));
        login("secret");
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndRefused() {
        login("secret");
        assertThatThrownBy(() -> login("guess")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordIsNeverMatchedFromMemory() {
        login("secret");
        storedHash.set("hash-2:new-secret");
        assertThatThrownBy(() -> login("secret")).isInstanceOf(BadCredentialsException.class);
        login("new-secret");
        assertThat(slowChecks).hasValue(3);
    }
}
