package vn.ishc.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles login attempts (form and API alike) by where they come from, never by account alone: a source
 * address that failed many times waits ({@link ThrottleRule}), and so does a name tried and failed from
 * that address, while the same account logs in at once from anywhere else. So a stranger who types wrong
 * passwords for someone's name slows only themselves, and the answer is the same whether the name exists
 * or not. Failures are kept in the database ({@code login_failure}), so every instance of the application
 * sees them; those older than {@code window} no longer count and those older than 30 days are deleted.
 */
@Component
class LoginThrottle {

    /** A failed login, as administrators review them. */
    record Failure(LocalDateTime failedAt, String username, String source, boolean accountExists) {}

    /** Failures per source address in the last day, most first. */
    record SourceCount(String source, long failures, LocalDateTime last) {}

    static final int USERNAME_MAX = 100;
    private static final Duration KEEP = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ThrottleRule perSource;
    private final ThrottleRule perName;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${ishc.security.login.free-per-source}") int freePerSource,
            @Value("${ishc.security.login.free-per-name}") int freePerName,
            @Value("${ishc.security.login.first-delay}") Duration first,
            @Value("${ishc.security.login.max-delay}") Duration max,
            @Value("${ishc.security.login.window}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perSource = new ThrottleRule(freePerSource, first, max);
        this.perName = new ThrottleRule(freePerName, first, max);
        this.window = window;
    }

    /** Where an attempt comes from: the client address the request was received from. */
    static String source(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (address == null || address.isBlank()) return "unknown";
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** The name as it is counted: trimmed, lower case, cut to the column's length. */
    static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > USERNAME_MAX ? k.substring(0, USERNAME_MAX) : k;
    }

    /**
     * Refuses the attempt when its source must still wait (for any name, or for this name).
     *
     * @return whether this name has recent failures from this source (to forget them once it gets in)
     */
    boolean check(String username, String source) {
        Instant now = clock.instant();
        LocalDateTime since = utc(now.minus(window));
        // One pass over the source's recent failures gives both counts (the source index serves it).
        Count[] counts = jdbc.sql("select count(*) as n, max(failed_at) as last,"
                        + " sum(case when username = :username then 1 else 0 end) as name_n,"
                        + " max(case when username = :username then failed_at end) as name_last"
                        + " from login_failure where source = :source and failed_at > :since")
                .param("username", key(username))
                .param("source", source)
                .param("since", since)
                .query((rs, row) -> new Count[] {
                    new Count(rs.getLong("n"), instant(rs.getObject("last", LocalDateTime.class))),
                    new Count(rs.getLong("name_n"), instant(rs.getObject("name_last", LocalDateTime.class)))
                })
                .single();
        Count fromSource = counts[0];
        Count forName = counts[1];
        Instant next = later(
                perSource.nextAttempt(fromSource.n, fromSource.last), perName.nextAttempt(forName.n, forName.last));
        if (now.isBefore(next)) throw new LoginThrottled(Duration.between(now, next));
        return forName.n > 0;
    }

    private record Count(long n, Instant last) {}

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A wrong password, or a name no account has: the same for the throttle. */
    @Transactional
    void failed(String username, String source) {
        Instant now = clock.instant();
        boolean accountExists = jdbc.sql("select count(*) from app_user where username = :username")
                        .param("username", username == null ? "" : username.strip())
                        .query(Long.class)
                        .single()
                > 0;
        jdbc.sql("delete from login_failure where failed_at < :before")
                .param("before", utc(now.minus(KEEP)))
                .update();
        jdbc.sql("insert into login_failure (username, source, failed_at, account_exists)"
                        + " values (:username, :source, :at, :exists)")
                .param("username", key(username))
                .param("source", source)
                .param("at", utc(now))
                .param("exists", accountExists)
                .update();
    }

    /** The owner got in from this address: the name's failures from here no longer count. */
    @Transactional
    void succeeded(String username, String source) {
        jdbc.sql("delete from login_failure where username = :username and source = :source")
                .param("username", key(username))
                .param("source", source)
                .update();
    }

    List<Failure> recent(int limit) {
        return jdbc.sql("select failed_at, username, source, account_exists from login_failure"
                        + " order by failed_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new Failure(
                        rs.getObject("failed_at", LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("source"),
                        rs.getBoolean("account_exists")))
                .list();
    }

    /** Failures per name (as counted, {@link #key}) in the last day. */
    Map<String, Long> failuresByNameLastDay() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select username, count(*) as n from login_failure where failed_at > :since group by username")
                .param("since", utc(clock.instant().minus(Duration.ofDays(1))))
                .query(rs -> {
                    counts.put(rs.getString("username"), rs.getLong("n"));
                });
        return counts;
    }

    /** The failed logins of the last 24 hours and from how many sources. */
    record LastDay(long failures, long sources) {}

    LastDay lastDay() {
        return jdbc.sql("select count(*) as n, count(distinct source) as s from login_failure where failed_at > :since")
                .param("since", utc(clock.instant().minus(Duration.ofDays(1))))
                .query((rs, n) -> new LastDay(rs.getLong("n"), rs.getLong("s")))
                .single();
    }

    List<SourceCount> bySourceLastDay() {
        return jdbc.sql("select source, count(*) as n, max(failed_at) as last from login_failure"
                        + " where failed_at > :since group by source order by n desc, source limit 50")
                .param("since", utc(clock.instant().minus(Duration.ofDays(1))))
                .query((rs, n) -> new SourceCount(
                        rs.getString("source"), rs.getLong("n"), rs.getObject("last", LocalDateTime.class)))
                .list();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
