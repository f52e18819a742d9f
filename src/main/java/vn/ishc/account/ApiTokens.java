package vn.ishc.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created and revoked by their owner, stored as a SHA-256 digest only, and shown in
 * full once, when created. A token authenticates its owner on the API ({@link ApiTokenFilter}), with the
 * owner's role and scope, as long as the account exists and is enabled and the token is not revoked.
 */
@Service
class ApiTokens {

    /** What the owner sees of a token. */
    record TokenView(
            long id,
            String name,
            String prefix,
            LocalDateTime createdAt,
            LocalDateTime lastUsedAt,
            LocalDateTime revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A token just created: the only time its secret is known. */
    record NewToken(long id, String secret) {}

    static final String PREFIX = "ishc_";
    static final int NAME_MAX = 100;
    /** How often the time a token was last used is written (not on every request). */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    NewToken create(long accountId, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) throw new AccountRefused("name", "tokens.error.name");
        if (label.length() > NAME_MAX) throw new AccountRefused("name", "validation.tooLong");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = digest(secret);
        jdbc.sql("insert into api_token (account_id, name, token_hash, prefix, created_at)"
                        + " values (:account, :name, :hash, :prefix, :now)")
                .param("account", accountId)
                .param("name", label)
                .param("hash", hash)
                .param("prefix", secret.substring(0, 12))
                .param("now", now())
                .update();
        long id = jdbc.sql("select id from api_token where token_hash = :hash")
                .param("hash", hash)
                .query(Long.class)
                .single();
        events.publishEvent(new AccountEvents.ApiTokenCreated(accountId, id, label));
        return new NewToken(id, secret);
    }

    /** Revokes one of the owner's tokens; someone else's, or one that does not exist, is not found. */
    @Transactional
    void revoke(long accountId, long tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = :now"
                        + " where id = :id and account_id = :account and revoked_at is null")
                .param("now", now())
                .param("id", tokenId)
                .param("account", accountId)
                .update();
        if (changed == 0) {
            boolean mine = jdbc.sql("select count(*) from api_token where id = :id and account_id = :account")
                            .param("id", tokenId)
                            .param("account", accountId)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!mine) throw new AccountNotFound(tokenId);
            return; // already revoked
        }
        events.publishEvent(new AccountEvents.ApiTokenRevoked(accountId, tokenId));
    }

    List<TokenView> of(long accountId) {
        return jdbc.sql("select id, name, prefix, created_at, last_used_at, revoked_at from api_token"
                        + " where account_id = :account order by revoked_at desc nulls first, created_at desc, id desc")
                .param("account", accountId)
                .query((rs, n) -> new TokenView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        rs.getObject("created_at", LocalDateTime.class),
                        rs.getObject("last_used_at", LocalDateTime.class),
                        rs.getObject("revoked_at", LocalDateTime.class)))
                .list();
    }

    /** The username of the account a valid, unrevoked token belongs to; notes when it was used. */
    @Transactional
    Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) return Optional.empty();
        record Found(long id, String username, LocalDateTime lastUsed) {}
        Optional<Found> found = jdbc.sql("select t.id, u.username, t.last_used_at from api_token t"
                        + " join app_user u on u.id = t.account_id"
                        + " where t.token_hash = :hash and t.revoked_at is null")
                .param("hash", digest(secret))
                .query((rs, n) -> new Found(
                        rs.getLong("id"), rs.getString("username"), rs.getObject("last_used_at", LocalDateTime.class)))
                .optional();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().isBefore(now().minus(TOUCH_EVERY)))
                .ifPresent(f -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                        .param("now", now())
                        .param("id", f.id())
                        .update());
        return found.map(Found::username);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
