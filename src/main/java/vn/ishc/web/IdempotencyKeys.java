package vn.ishc.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The answers kept for idempotency keys, per user and key ({@code web_idempotency_key}). A key is claimed in
 * the transaction of the write it guards and completed with the write's answer in that same transaction, so
 * the key and the write commit together or not at all. Keys are kept for {@code ishc.idempotency.retention}
 * (24 hours by default): a key older than that counts as unused, and a job removes old keys every hour.
 */
@Component
class IdempotencyKeys {
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** The answer kept for a key, and the fingerprint of the request that made it. */
    record Answer(String requestHash, int status, String contentType, String location, String body) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, @Value("${ishc.idempotency.retention}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** How long an answer is kept. */
    Duration retention() {
        return retention;
    }

    /** The committed answer for the user's key, unless it is older than the retention. */
    Optional<Answer> answer(String user, String key) {
        return jdbc.sql("select request_hash, status, content_type, location, body from web_idempotency_key"
                        + " where user_name = :user and idem_key = :key and created_at >= :since")
                .param("user", user)
                .param("key", key)
                .param("since", Timestamp.from(clock.instant().minus(retention)))
                .query((rs, n) ->
                        new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /**
     * Claims the key for a request in the current transaction (an expired answer under it is removed first).
     * A second claim of the same key waits for the first transaction and then fails on the primary key.
     */
    void claim(String user, String key, String requestHash) {
        Instant now = clock.instant();
        jdbc.sql("delete from web_idempotency_key where user_name = :user and idem_key = :key and created_at < :since")
                .param("user", user)
                .param("key", key)
                .param("since", Timestamp.from(now.minus(retention)))
                .update();
        jdbc.sql("insert into web_idempotency_key (user_name, idem_key, request_hash, created_at, status)"
                        + " values (:user, :key, :hash, :at, 0)")
                .param("user", user)
                .param("key", key)
                .param("hash", requestHash)
                .param("at", Timestamp.from(now))
                .update();
    }

    /** Keeps the answer of the claimed key, in the same transaction as the claim and the write. */
    void complete(String user, String key, int status, String contentType, String location, String body) {
        jdbc.sql("update web_idempotency_key set status = :status, content_type = :type, location = :location,"
                        + " body = :body where user_name = :user and idem_key = :key")
                .param("status", status)
                .param("type", contentType)
                .param("location", location)
                .param("body", body)
                .param("user", user)
                .param("key", key)
                .update();
    }

    /** Removes the keys older than the retention at {@code now}; how many. */
    int removeExpired(Instant now) {
        return jdbc.sql("delete from web_idempotency_key where created_at < :since")
                .param("since", Timestamp.from(now.minus(retention)))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void removeExpired() {
        int removed = removeExpired(clock.instant());
        if (removed > 0) log.info("Removed {} idempotency keys older than {}", removed, retention);
    }
}
