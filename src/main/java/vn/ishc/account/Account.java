package vn.ishc.account;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person's or a client's account: a role, a scope, a password hash and the lockout state. */
@Table("app_user")
class Account {
    @Id
    private Long id;

    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Long scopeUnitId;
    private Long scopeClubId;
    private boolean enabled;
    private int failedAttempts;
    private LocalDateTime lockedUntil;
    private LocalDateTime passwordChangedAt;
    private LocalDateTime createdAt;

    @Version
    private Integer version;

    Account(
            Long id,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            Long scopeUnitId,
            Long scopeClubId,
            boolean enabled,
            int failedAttempts,
            LocalDateTime lockedUntil,
            LocalDateTime passwordChangedAt,
            LocalDateTime createdAt,
            Integer version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeUnitId = scopeUnitId;
        this.scopeClubId = scopeClubId;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.passwordChangedAt = passwordChangedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Account open(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            Long scopeUnitId,
            Long scopeClubId,
            Instant now) {
        if (role.needsUnit() && scopeUnitId == null) throw new IllegalArgumentException("unit scope required");
        if (role.needsClub() && scopeClubId == null) throw new IllegalArgumentException("club scope required");
        return new Account(
                null,
                username,
                displayName,
                passwordHash,
                role,
                role.needsUnit() ? scopeUnitId : null,
                role.needsClub() ? scopeClubId : null,
                true,
                0,
                null,
                utc(now),
                utc(now),
                null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && utc(now).isBefore(lockedUntil);
    }

    /** A wrong password: after {@code maxFailures} in a row the account locks for {@code lockout}. */
    void loginFailed(Instant now, int maxFailures, Duration lockout) {
        if (lockedAt(now)) return;
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = utc(now.plus(lockout));
            failedAttempts = 0;
        }
    }

    void loginSucceeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = utc(now);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    Long scopeUnitId() {
        return scopeUnitId;
    }

    Long scopeClubId() {
        return scopeClubId;
    }

    boolean enabled() {
        return enabled;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
