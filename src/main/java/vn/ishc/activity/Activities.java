package vn.ishc.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ishc.activity.Activity.Cancellation;
import vn.ishc.shared.Vnd;

/** The activities' storage: an activity with the members who took part and benefited, and the reference data. */
@Repository
public class Activities {
    private static final String SELECT = "select id, club_id, area_code, kind_code, held_on, title, description,"
            + " others_count, beneficiaries_count, cost, paid_by, funding_source, donor, fund_posting, fund_request,"
            + " recorded_by, recorded_at, cancelled_on, cancel_reason, cancelled_by, cancelled_at, version"
            + " from activity";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Activities(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- reference data ----

    /** The areas, in the calendar's order. */
    List<Area> areas() {
        return jdbc.sql("select code, label_vi, label_en, position from activity_area order by position, code")
                .query((rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    List<Kind> kinds() {
        return jdbc.sql("select code, label_vi, label_en, area_code, position from activity_kind"
                        + " order by position, code")
                .query((rs, n) ->
                        new Kind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    // ---- writes ----

    Activity insert(Activity a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into activity (club_id, area_code, kind_code, held_on, title, description, others_count,
                            beneficiaries_count, cost, paid_by, funding_source, donor, fund_posting, fund_request,
                            recorded_by, recorded_at, version)
                        values (:club, :area, :kind, :on, :title, :description, :others, :beneficiaries, :cost,
                            :paidBy, :source, :donor, :posting, :request, :by, :at, 0)""").paramSource(params(a)).update(keys, "id");
        long id = keys.getKey().longValue();
        insertPeople(List.of(a.withId(id)));
        return a.withId(id);
    }

    /** Inserts many activities at once (the demo's), with their people, in two batches. */
    void insertAll(List<Activity> list) {
        if (list.isEmpty()) return;
        var keys = new GeneratedKeyHolder();
        batch.batchUpdate(
                """
                insert into activity (club_id, area_code, kind_code, held_on, title, description, others_count,
                    beneficiaries_count, cost, paid_by, funding_source, donor, fund_posting, fund_request,
                    recorded_by, recorded_at, version)
                values (:club, :area, :kind, :on, :title, :description, :others, :beneficiaries, :cost,
                    :paidBy, :source, :donor, :posting, :request, :by, :at, 0)""", list.stream().map(this::params).toArray(MapSqlParameterSource[]::new), keys, new String[] {"id"});
        List<Activity> withIds = new ArrayList<>();
        for (int i = 0; i < list.size(); i++)
            withIds.add(list.get(i)
                    .withId(((Number)
                                    keys.getKeyList().get(i).values().iterator().next())
                            .longValue()));
        insertPeople(withIds);
    }

    private MapSqlParameterSource params(Activity a) {
        return new MapSqlParameterSource()
                .addValue("club", a.clubId())
                .addValue("area", a.area())
                .addValue("kind", a.kind())
                .addValue("on", a.heldOn())
                .addValue("title", a.title())
                .addValue("description", a.description())
                .addValue("others", a.others())
                .addValue("beneficiaries", a.beneficiaries())
                .addValue("cost", a.cost().dong())
                .addValue("paidBy", a.paidBy() == null ? null : a.paidBy().name(), Types.VARCHAR)
                .addValue("source", a.source() == null ? null : a.source().name(), Types.VARCHAR)
                .addValue("donor", a.donor(), Types.VARCHAR)
                .addValue("posting", a.fundPosting() == 0 ? null : a.fundPosting(), Types.BIGINT)
                .addValue("request", a.fundRequest(), Types.BIGINT)
                .addValue("by", a.recordedBy())
                .addValue("at", Timestamp.from(a.recordedAt()));
    }

    private void insertPeople(List<Activity> list) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Activity a : list) {
            for (Long p : a.participants()) rows.add(person(a.id(), p, "PARTICIPANT"));
            for (Long p : a.beneficiaryMembers()) rows.add(person(a.id(), p, "BENEFICIARY"));
        }
        if (rows.isEmpty()) return;
        batch.batchUpdate(
                "insert into activity_person (activity_id, person_id, role) values (:a, :p, :r)",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource person(long activity, long person, String role) {
        return new MapSqlParameterSource()
                .addValue("a", activity)
                .addValue("p", person)
                .addValue("r", role);
    }

    /** Saves the title, description and cancellation, if the activity is still the version read. */
    void update(Activity a) {
        Cancellation c = a.cancellation();
        int n = jdbc.sql("""
                        update activity set title = :title, description = :description, cancelled_on = :con,
                            cancel_reason = :reason, cancelled_by = :cby, cancelled_at = :cat, version = version + 1
                        where id = :id and version = :version""")
                .param("title", a.title())
                .param("description", a.description())
                .param("con", c == null ? null : c.on())
                .param("reason", c == null ? null : c.reason())
                .param("cby", c == null ? null : c.by())
                .param("cat", c == null ? null : Timestamp.from(c.at()))
                .param("id", a.id())
                .param("version", a.version())
                .update();
        if (n != 1) throw new ActivityEditedConcurrently();
    }

    // ---- reads ----

    Optional<Activity> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .map(a -> withPeople(List.of(a)).get(0));
    }

    /**
     * A club's activities between two days (both included), standing and cancelled, in one area or all
     * (null), latest first, with their people.
     */
    List<Activity> ofClub(long clubId, LocalDate from, LocalDate to, String area) {
        List<Activity> heads = jdbc.sql(SELECT + " where club_id = :c and held_on between :f and :t"
                        + (area == null ? "" : " and area_code = :area")
                        + " order by held_on desc, id desc")
                .param("c", clubId)
                .param("f", from)
                .param("t", to)
                .param("area", area)
                .query(this::row)
                .list();
        return withPeople(heads);
    }

    /** The standing activities of the given clubs in a year, counted by club, month and area. */
    List<AreaTally.AreaCount> count(Collection<Long> clubIds, int year) {
        if (clubIds.isEmpty()) return List.of();
        return jdbc.sql("""
                        select club_id, extract(month from held_on) as m, area_code, count(*) as n
                        from activity
                        where club_id in (:clubs) and held_on between :f and :t and cancelled_on is null
                        group by club_id, extract(month from held_on), area_code""")
                .param("clubs", clubIds)
                .param("f", LocalDate.of(year, 1, 1))
                .param("t", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new AreaTally.AreaCount(
                        rs.getLong(1), YearMonth.of(year, rs.getInt(2)), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** The clubs that have any activity (the demo leaves them alone). */
    Set<Long> clubsWithActivities() {
        return new HashSet<>(jdbc.sql("select distinct club_id from activity")
                .query(Long.class)
                .list());
    }

    private Activity row(ResultSet rs, int n) throws SQLException {
        Timestamp cancelledAt = rs.getTimestamp("cancelled_at");
        LocalDate cancelledOn = rs.getObject("cancelled_on", LocalDate.class);
        long posting = rs.getLong("fund_posting");
        long request = rs.getLong("fund_request");
        Long requestId = rs.wasNull() ? null : request;
        String paidBy = rs.getString("paid_by");
        String source = rs.getString("funding_source");
        return new Activity(
                rs.getLong("id"),
                rs.getLong("club_id"),
                rs.getString("area_code"),
                rs.getString("kind_code"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("title"),
                rs.getString("description"),
                List.of(),
                rs.getInt("others_count"),
                List.of(),
                rs.getInt("beneficiaries_count"),
                Vnd.of(rs.getLong("cost")),
                paidBy == null ? null : PaidBy.valueOf(paidBy),
                source == null ? null : FundingSource.valueOf(source),
                rs.getString("donor"),
                posting,
                requestId,
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                cancelledOn == null
                        ? null
                        : new Cancellation(
                                cancelledOn,
                                rs.getString("cancel_reason"),
                                rs.getString("cancelled_by"),
                                cancelledAt == null ? Instant.EPOCH : cancelledAt.toInstant()),
                rs.getInt("version"));
    }

    private List<Activity> withPeople(List<Activity> heads) {
        if (heads.isEmpty()) return heads;
        List<Long> ids = heads.stream().map(Activity::id).toList();
        Map<Long, List<Long>> participants = new HashMap<>();
        Map<Long, List<Long>> beneficiaries = new HashMap<>();
        jdbc.sql("select activity_id, person_id, role from activity_person where activity_id in (:ids)"
                        + " order by activity_id, person_id")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    var target = "PARTICIPANT".equals(rs.getString(3)) ? participants : beneficiaries;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        List<Activity> out = new ArrayList<>();
        for (Activity h : heads) {
            out.add(new Activity(
                    h.id(),
                    h.clubId(),
                    h.area(),
                    h.kind(),
                    h.heldOn(),
                    h.title(),
                    h.description(),
                    participants.getOrDefault(h.id(), List.of()),
                    h.others(),
                    beneficiaries.getOrDefault(h.id(), List.of()),
                    h.beneficiaries(),
                    h.cost(),
                    h.paidBy(),
                    h.source(),
                    h.donor(),
                    h.fundPosting(),
                    h.fundRequest(),
                    h.recordedBy(),
                    h.recordedAt(),
                    h.cancellation(),
                    h.version()));
        }
        return out;
    }
}
