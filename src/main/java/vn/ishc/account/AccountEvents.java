package vn.ishc.account;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/**
 * The account module's past-tense events for the audit trail. Accounts are administration: their entries
 * belong to no territory, so only administrators read them. A password never enters an event, hashed or
 * not: only the fact that it changed.
 */
public final class AccountEvents {
    private AccountEvents() {}

    public record AccountOpened(long accountId, List<FieldChange> changes) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("account", accountId, "AccountOpened", null, null, changes);
        }
    }

    public record PasswordChanged(long accountId, String username) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "account",
                    accountId,
                    "PasswordChanged",
                    null,
                    null,
                    List.of(new FieldChange("password", null, "••••••••")));
        }
    }

    /** A person created a personal API token (its name; never the token). */
    public record ApiTokenCreated(long accountId, long tokenId, String name) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "account",
                    accountId,
                    "ApiTokenCreated",
                    null,
                    null,
                    List.of(new FieldChange("apiToken", null, name)));
        }
    }

    /** A person revoked one of their personal API tokens. */
    public record ApiTokenRevoked(long accountId, long tokenId) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "account",
                    accountId,
                    "ApiTokenRevoked",
                    null,
                    null,
                    List.of(new FieldChange("apiToken", String.valueOf(tokenId), null)));
        }
    }

    /** An administrator granted or withdrew an account's reading of health data. */
    public record HealthDataChanged(long accountId, boolean granted) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "account",
                    accountId,
                    "HealthDataChanged",
                    null,
                    null,
                    List.of(new FieldChange("healthData", String.valueOf(!granted), String.valueOf(granted))));
        }
    }

    static List<FieldChange> opened(Account a) {
        return FieldChange.between(
                java.util.Map.of(),
                new java.util.LinkedHashMap<>(java.util.Map.of(
                        "username", a.username(),
                        "displayName", a.displayName(),
                        "role", a.role(),
                        "scopeUnitId", a.scopeUnitId() == null ? "" : a.scopeUnitId(),
                        "scopeClubId", a.scopeClubId() == null ? "" : a.scopeClubId(),
                        "healthData", a.healthData())));
    }
}
