package vn.ishc.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's or a client's account: a role, a scope and a password hash. Failed logins are counted by
 * {@link LoginThrottle}, per source address; no account locks itself (columns {@code failed_attempts} and
 * {@code locked_until} are no longer used, V49).
 */
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
    /** A health department viewer: reads health readings and records health checks in its scope (R7). */
    private boolean healthData;

    private boolean enabled;
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
            boolean healthData,
            boolean enabled,
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
        this.healthData = healthData;
        this.enabled = enabled;
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
        return open(username, displayName, passwordHash, role, scopeUnitId, scopeClubId, false, now);
    }

    /**
     * A new account; {@code healthData} only for a viewer (the health department's): it reads members' health
     * readings and records health checks in its scope.
     */
    static Account open(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            Long scopeUnitId,
            Long scopeClubId,
            boolean healthData,
            Instant now) {
        if (healthData && role != Role.VIEWER) throw new AccountRefused("healthData", "account.error.healthDataViewer");
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
                healthData,
                true,
                utc(now),
                utc(now),
                null);
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

    boolean healthData() {
        return healthData;
    }

    /** Grants or withdraws the health department's reading of health data; only a viewer may have it. */
    void healthData(boolean granted) {
        if (granted && role != Role.VIEWER) throw new AccountRefused("healthData", "account.error.healthDataViewer");
        healthData = granted;
    }

    boolean enabled() {
        return enabled;
    }
}
