package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    Account officer() {
        return Account.open("ward", "Ward", "{noop}x", Role.WARD_OFFICER, 42L, null, NOW);
    }

    @Test
    void rolesNeedTheirScope() {
        assertThatThrownBy(() -> Account.open("w", "W", "h", Role.WARD_OFFICER, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.open("c", "C", "h", Role.CLUB_BOARD, 3L, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        Account admin = Account.open("a", "A", "h", Role.ADMIN, 3L, 4L, NOW);
        assertThat(admin.scopeUnitId()).isNull();
        assertThat(admin.scopeClubId()).isNull();
    }
}
