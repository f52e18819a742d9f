package vn.ishc.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ishc.meeting.Meeting.Attendee;
import vn.ishc.meeting.Meeting.Money;
import vn.ishc.meeting.Meeting.Reversal;
import vn.ishc.shared.Vnd;

/** The meetings' storage: a meeting with its attendance and money, and each club's dues. */
@Repository
public class Meetings {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Meetings(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    private static final String SELECT =
            "select id, club_id, held_on, place, topics, decisions, sheet_key, recorded_by, recorded_at,"
                    + " reversed_on, reversal_reason, reversed_by, reversed_at, version from meeting";

    /**
     * Inserts a new meeting (its key and its day first, so that a second sending of the sheet waits for the
     * first and then fails on the key), then its attendance and money.
     */
    Meeting insert(Meeting m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting (club_id, held_on, live_on, place, topics, decisions, sheet_key,
                            recorded_by, recorded_at, version)
                        values (:club, :on, :on, :place, :topics, :decisions, :key, :by, :at, 0)""")
                .param("club", m.clubId())
                .param("on", m.heldOn())
                .param("place", m.place())
                .param("topics", m.topics())
                .param("decisions", m.decisions())
                .param("key", m.sheetKey())
                .param("by", m.recordedBy())
                .param("at", Timestamp.from(m.recordedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertAttendance(id, m.attendance());
        return m.withId(id);
    }

    private void insertAttendance(long id, List<Attendee> attendance) {
        if (attendance.isEmpty()) return;
        batch.batchUpdate(
                "insert into meeting_attendance (meeting_id, person_id, attendance) values (:m, :p, :a)",
                attendance.stream()
                        .map(a -> new MapSqlParameterSource()
                                .addValue("m", id)
                                .addValue("p", a.personId())
                                .addValue("a", a.attendance().name()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Records the money lines of a meeting, once posted. */
    void insertMoney(Meeting m) {
        insertMoney(List.of(m));
    }

    private void insertMoney(List<Meeting> list) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Meeting m : list) {
            List<Money> money = m.money();
            for (int i = 0; i < money.size(); i++) {
                Money x = money.get(i);
                rows.add(new MapSqlParameterSource()
                        .addValue("m", m.id())
                        .addValue("pos", i)
                        .addValue("p", x.personId())
                        .addValue("k", x.kind().name())
                        .addValue("loan", x.loanId(), java.sql.Types.BIGINT)
                        .addValue("amount", x.amount().dong())
                        .addValue("posting", x.posting()));
            }
        }
        if (rows.isEmpty()) return;
        batch.batchUpdate("""
                insert into meeting_money (meeting_id, position, person_id, kind, loan_id, amount, posting)
                values (:m, :pos, :p, :k, :loan, :amount, :posting)""", rows.toArray(MapSqlParameterSource[]::new));
    }

    /**
     * Inserts many meetings of one club at once, with their attendance and money lines (already posted), in
     * batches: for loading a club's past meetings (the demo data). A meeting recorded from a sheet goes
     * through {@link #insert}.
     */
    void insertAll(long clubId, List<Meeting> list) {
        if (list.isEmpty()) return;
        batch.batchUpdate(
                """
                insert into meeting (club_id, held_on, live_on, place, topics, decisions, sheet_key, recorded_by,
                    recorded_at, version)
                values (:club, :on, :on, :place, :topics, :decisions, :key, :by, :at, 0)""",
                list.stream()
                        .map(m -> {
                            if (m.clubId() != clubId || !m.standing()) throw new IllegalArgumentException("meeting");
                            return new MapSqlParameterSource()
                                    .addValue("club", clubId)
                                    .addValue("on", m.heldOn())
                                    .addValue("place", m.place())
                                    .addValue("topics", m.topics())
                                    .addValue("decisions", m.decisions())
                                    .addValue("key", m.sheetKey())
                                    .addValue("by", m.recordedBy())
                                    .addValue("at", Timestamp.from(m.recordedAt()));
                        })
                        .toArray(MapSqlParameterSource[]::new));
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, sheet_key from meeting where club_id = :c")
                .param("c", clubId)
                .query((ResultSet rs) -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        List<Meeting> saved =
                list.stream().map(m -> m.withId(ids.get(m.sheetKey()))).toList();
        List<MapSqlParameterSource> attendance = new ArrayList<>();
        for (Meeting m : saved) {
            for (Attendee a : m.attendance()) {
                attendance.add(new MapSqlParameterSource()
                        .addValue("m", m.id())
                        .addValue("p", a.personId())
                        .addValue("a", a.attendance().name()));
            }
        }
        if (!attendance.isEmpty())
            batch.batchUpdate(
                    "insert into meeting_attendance (meeting_id, person_id, attendance) values (:m, :p, :a)",
                    attendance.toArray(MapSqlParameterSource[]::new));
        insertMoney(saved);
    }

    /** The clubs that have a meeting or dues recorded. */
    java.util.Set<Long> clubsWithMeetingsOrDues() {
        return new java.util.HashSet<>(
                jdbc.sql("select club_id from meeting union select club_id from meeting_collection")
                        .query(Long.class)
                        .list());
    }

    /** Inserts the dues of clubs that have none yet, in one batch (the demo data). */
    void insertAllDues(List<Dues> dues, String by, Instant at) {
        if (dues.isEmpty()) return;
        batch.batchUpdate(
                """
                insert into meeting_collection (club_id, fee_per_month, contribution_per_month, contribution_kind,
                    version, changed_by, changed_at)
                values (:c, :fee, :contribution, :kind, 1, :by, :at)""",
                dues.stream()
                        .map(d -> new MapSqlParameterSource()
                                .addValue("c", d.clubId())
                                .addValue("fee", d.feePerMonth().dong())
                                .addValue(
                                        "contribution", d.contributionPerMonth().dong())
                                .addValue("kind", d.contributionKind().name())
                                .addValue("by", by)
                                .addValue("at", Timestamp.from(at)))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Saves the minutes and the reversal, if the meeting is still the version read. */
    void update(Meeting m) {
        Reversal r = m.reversal();
        int n = jdbc.sql("""
                        update meeting set place = :place, topics = :topics, decisions = :decisions,
                            live_on = :live, reversed_on = :ron, reversal_reason = :reason, reversed_by = :rby,
                            reversed_at = :rat, version = version + 1
                        where id = :id and version = :version""")
                .param("place", m.place())
                .param("topics", m.topics())
                .param("decisions", m.decisions())
                .param("live", r == null ? m.heldOn() : null)
                .param("ron", r == null ? null : r.on())
                .param("reason", r == null ? null : r.reason())
                .param("rby", r == null ? null : r.by())
                .param("rat", r == null ? null : Timestamp.from(r.at()))
                .param("id", m.id())
                .param("version", m.version())
                .update();
        if (n != 1) throw new MeetingEditedConcurrently();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .map(this::whole);
    }

    /** The meeting a sheet key recorded, if any. */
    Optional<Meeting> byKey(String key) {
        return jdbc.sql(SELECT + " where sheet_key = :k")
                .param("k", key)
                .query(this::row)
                .optional()
                .map(this::whole);
    }

    /** Whether the club has a standing meeting on that day. */
    boolean dayTaken(long clubId, LocalDate on) {
        return jdbc.sql("select count(*) from meeting where club_id = :c and live_on = :d")
                        .param("c", clubId)
                        .param("d", on)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The club's latest standing meeting on or before a day, whole. */
    Optional<Meeting> latest(long clubId, LocalDate upTo) {
        return jdbc.sql(SELECT
                        + " where club_id = :c and live_on is not null and held_on <= :d"
                        + " order by held_on desc, id desc limit 1")
                .param("c", clubId)
                .param("d", upTo)
                .query(this::row)
                .optional()
                .map(this::whole);
    }

    /** A club's meetings between two days (both included), standing and reversed, latest first, whole. */
    List<Meeting> ofClub(long clubId, LocalDate from, LocalDate to) {
        List<Meeting> heads = jdbc.sql(
                        SELECT + " where club_id = :c and held_on between :f and :t order by held_on desc, id desc")
                .param("c", clubId)
                .param("f", from)
                .param("t", to)
                .query(this::row)
                .list();
        return withDetails(heads);
    }

    /**
     * Each member's attendance at the club's last {@code n} standing meetings on or before a day, latest
     * first (null where the member was not on that meeting's list).
     */
    Map<Long, List<Attendance>> lastAttendance(long clubId, LocalDate upTo, int n) {
        List<Long> ids = jdbc.sql("select id from meeting where club_id = :c and live_on is not null and held_on <= :d"
                        + " order by held_on desc limit " + n)
                .param("c", clubId)
                .param("d", upTo)
                .query(Long.class)
                .list();
        Map<Long, List<Attendance>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        Map<Long, Map<Long, Attendance>> byMeeting = new HashMap<>();
        jdbc.sql("select meeting_id, person_id, attendance from meeting_attendance where meeting_id in (:ids)")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    byMeeting
                            .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), Attendance.valueOf(rs.getString(3)));
                });
        java.util.Set<Long> people = new java.util.HashSet<>();
        byMeeting.values().forEach(m -> people.addAll(m.keySet()));
        for (Long p : people) {
            List<Attendance> list = new ArrayList<>();
            for (Long id : ids) list.add(byMeeting.getOrDefault(id, Map.of()).get(p));
            out.put(p, list);
        }
        return out;
    }

    /** Standing meetings of the given clubs between two days: club id → meetings' days and counts. */
    List<Held> heldBetween(Collection<Long> clubIds, LocalDate from, LocalDate to) {
        if (clubIds.isEmpty()) return List.of();
        return jdbc.sql("""
                        select m.id, m.club_id, m.held_on,
                            (select count(*) from meeting_attendance a where a.meeting_id = m.id
                                and a.attendance = 'PRESENT') as present,
                            (select count(*) from meeting_attendance a where a.meeting_id = m.id) as listed
                        from meeting m
                        where m.club_id in (:clubs) and m.live_on between :f and :t
                        order by m.club_id, m.held_on""")
                .param("clubs", clubIds)
                .param("f", from)
                .param("t", to)
                .query((rs, n) -> new Held(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getLong("present"),
                        rs.getLong("listed")))
                .list();
    }

    /** A standing meeting in a list of clubs: its day, how many were present of how many listed. */
    public record Held(long meetingId, long clubId, LocalDate heldOn, long present, long listed) {}

    // ---- dues ----

    Optional<Dues> dues(long clubId) {
        return jdbc.sql("select club_id, fee_per_month, contribution_per_month, contribution_kind, version"
                        + " from meeting_collection where club_id = :c")
                .param("c", clubId)
                .query((rs, n) -> new Dues(
                        rs.getLong(1),
                        Vnd.of(rs.getLong(2)),
                        Vnd.of(rs.getLong(3)),
                        ContributionKind.valueOf(rs.getString(4)),
                        rs.getInt(5)))
                .optional();
    }

    /** Saves a club's dues if they are still the version read (0: none recorded yet). */
    void saveDues(Dues d, int readVersion, String by, Instant at) {
        int n;
        if (readVersion == 0 && dues(d.clubId()).isEmpty()) {
            n = jdbc.sql("""
                            insert into meeting_collection (club_id, fee_per_month, contribution_per_month,
                                contribution_kind, version, changed_by, changed_at)
                            values (:c, :fee, :contribution, :kind, 1, :by, :at)""")
                    .param("c", d.clubId())
                    .param("fee", d.feePerMonth().dong())
                    .param("contribution", d.contributionPerMonth().dong())
                    .param("kind", d.contributionKind().name())
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
        } else {
            n = jdbc.sql("""
                            update meeting_collection set fee_per_month = :fee, contribution_per_month = :contribution,
                                contribution_kind = :kind, version = version + 1, changed_by = :by, changed_at = :at
                            where club_id = :c and version = :v""")
                    .param("c", d.clubId())
                    .param("fee", d.feePerMonth().dong())
                    .param("contribution", d.contributionPerMonth().dong())
                    .param("kind", d.contributionKind().name())
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .param("v", readVersion)
                    .update();
        }
        if (n != 1) throw new MeetingEditedConcurrently();
    }

    // ---- reading ----

    private Meeting row(ResultSet rs, int n) throws SQLException {
        Timestamp reversedAt = rs.getTimestamp("reversed_at");
        LocalDate reversedOn = rs.getObject("reversed_on", LocalDate.class);
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("club_id"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("place"),
                rs.getString("topics"),
                rs.getString("decisions"),
                rs.getString("sheet_key"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                List.of(),
                List.of(),
                reversedOn == null
                        ? null
                        : new Reversal(
                                reversedOn,
                                rs.getString("reversal_reason"),
                                rs.getString("reversed_by"),
                                reversedAt == null ? null : reversedAt.toInstant()),
                rs.getInt("version"));
    }

    private Meeting whole(Meeting head) {
        return withDetails(List.of(head)).get(0);
    }

    private List<Meeting> withDetails(List<Meeting> heads) {
        if (heads.isEmpty()) return heads;
        List<Long> ids = heads.stream().map(Meeting::id).toList();
        Map<Long, List<Attendee>> attendance = new HashMap<>();
        jdbc.sql("select meeting_id, person_id, attendance from meeting_attendance where meeting_id in (:ids)"
                        + " order by meeting_id, person_id")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    attendance
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Attendee(rs.getLong(2), Attendance.valueOf(rs.getString(3))));
                });
        Map<Long, List<Money>> money = new HashMap<>();
        jdbc.sql("select meeting_id, person_id, kind, loan_id, amount, posting from meeting_money"
                        + " where meeting_id in (:ids) order by meeting_id, position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    long loan = rs.getLong(4);
                    Long loanId = rs.wasNull() ? null : loan;
                    money.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Money(
                                    rs.getLong(2),
                                    MoneyKind.valueOf(rs.getString(3)),
                                    loanId,
                                    Vnd.of(rs.getLong(5)),
                                    rs.getLong(6)));
                });
        List<Meeting> out = new ArrayList<>();
        for (Meeting h : heads) {
            out.add(new Meeting(
                    h.id(),
                    h.clubId(),
                    h.heldOn(),
                    h.place(),
                    h.topics(),
                    h.decisions(),
                    h.sheetKey(),
                    h.recordedBy(),
                    h.recordedAt(),
                    attendance.getOrDefault(h.id(), List.of()),
                    money.getOrDefault(h.id(), List.of()),
                    h.reversal(),
                    h.version()));
        }
        return out;
    }

    /** The standing meetings of a club between two days (both included) and their attendance. */
    MeetingService.MonthFigures monthFigures(long clubId, LocalDate from, LocalDate to) {
        List<LocalDate> days = jdbc.sql("select held_on from meeting where club_id = :club and live_on is not null"
                        + " and held_on between :from and :to order by held_on")
                .param("club", clubId)
                .param("from", from)
                .param("to", to)
                .query(LocalDate.class)
                .list();
        int[] count = new int[3];
        jdbc.sql("select a.attendance, count(*) as n from meeting_attendance a join meeting m on m.id = a.meeting_id"
                        + " where m.club_id = :club and m.live_on is not null and m.held_on between :from and :to"
                        + " group by a.attendance")
                .param("club", clubId)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    int n = rs.getInt("n");
                    switch (rs.getString("attendance")) {
                        case "PRESENT" -> count[0] += n;
                        case "EXCUSED" -> count[1] += n;
                        default -> count[2] += n;
                    }
                });
        return new MeetingService.MonthFigures(days.size(), count[0], count[1], count[2], days);
    }
}
