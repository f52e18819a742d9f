package vn.ishc.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The plans, read and written with plain SQL: a plan row with its scope units, targets, roadmap and unit shares, and
 * its change log. Every plan is read whole (five small queries for all plans at once, whatever their
 * number), and saved whole in one transaction, guarded by the plan's version.
 */
@Repository
class Plans {
    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Plan> all() {
        Map<Long, Set<Long>> units = new HashMap<>();
        jdbc.sql("select plan_id, unit_id from plan_unit").query(rs -> {
            units.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        Map<Long, Map<Indicator, Integer>> targets = new HashMap<>();
        jdbc.sql("select plan_id, indicator, target_value from plan_target").query(rs -> {
            targets.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Indicator.class))
                    .put(Indicator.valueOf(rs.getString(2)), rs.getInt(3));
        });
        Map<Long, List<Plan.RoadmapEntry>> roadmap = new HashMap<>();
        jdbc.sql("select plan_id, unit_id, plan_year, new_clubs from plan_roadmap order by plan_year, unit_id")
                .query(rs -> {
                    roadmap.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Plan.RoadmapEntry(rs.getLong(2), rs.getInt(3), rs.getInt(4)));
                });
        Map<Long, List<Plan.UnitTarget>> unitTargets = new HashMap<>();
        jdbc.sql("select plan_id, unit_id, indicator, target_value from plan_unit_target order by unit_id, indicator")
                .query(rs -> {
                    unitTargets
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Plan.UnitTarget(rs.getLong(2), Indicator.valueOf(rs.getString(3)), rs.getInt(4)));
                });
        return jdbc.sql("select * from plan order by period_start, id")
                .query((rs, n) -> plan(rs, units, targets, roadmap, unitTargets))
                .list();
    }

    Optional<Plan> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    private static Plan plan(
            ResultSet rs,
            Map<Long, Set<Long>> units,
            Map<Long, Map<Indicator, Integer>> targets,
            Map<Long, List<Plan.RoadmapEntry>> roadmap,
            Map<Long, List<Plan.UnitTarget>> unitTargets)
            throws SQLException {
        long id = rs.getLong("id");
        Timestamp lockedOn = rs.getTimestamp("locked_on");
        return new Plan(
                id,
                rs.getString("name"),
                rs.getString("legal_reference"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getObject("units_date", LocalDate.class),
                new PlanRules(
                        rs.getInt("members_min"),
                        rs.getInt("members_max"),
                        rs.getInt("women_min_percent"),
                        rs.getInt("women_max_percent"),
                        rs.getInt("older_min_percent"),
                        rs.getInt("older_max_percent"),
                        rs.getInt("younger_min_percent"),
                        rs.getInt("younger_max_percent"),
                        rs.getInt("older_age"),
                        rs.getInt("borrowers_min_percent"),
                        rs.getInt("fully_active_areas"),
                        rs.getInt("fully_active_meetings")),
                rs.getBoolean("locked"),
                lockedOn == null ? null : lockedOn.toInstant(),
                rs.getString("locked_by"),
                rs.getInt("version"),
                Set.copyOf(units.getOrDefault(id, Set.of())),
                Map.copyOf(targets.getOrDefault(id, Map.of())),
                List.copyOf(roadmap.getOrDefault(id, List.of())),
                List.copyOf(unitTargets.getOrDefault(id, List.of())));
    }

    /** Inserts a new plan with its scope and targets; returns its id. */
    long insert(Plan p) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into plan (name, legal_reference, period_start, period_end, units_date, members_min,"
                        + " members_max, women_min_percent, women_max_percent, older_min_percent, older_max_percent,"
                        + " younger_min_percent, younger_max_percent, older_age, borrowers_min_percent,"
                        + " fully_active_areas, fully_active_meetings, locked, version) values (:name, :legal,"
                        + " :start, :end, :unitsDate, :membersMin, :membersMax, :womenMin, :womenMax, :olderMin,"
                        + " :olderMax, :youngerMin, :youngerMax, :olderAge, :borrowers, :areas, :meetings, false, 0)")
                .params(fields(p))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Long unit : p.units()) {
            jdbc.sql("insert into plan_unit (plan_id, unit_id) values (?, ?)")
                    .params(id, unit)
                    .update();
        }
        writeTargets(id, p.targets());
        return id;
    }

    /** Saves a changed plan whole if its version is still {@code p.version()}; false if it moved. */
    boolean update(Plan p) {
        int changed = jdbc.sql("update plan set name = :name, legal_reference = :legal, period_start = :start,"
                        + " period_end = :end, members_min = :membersMin, members_max = :membersMax,"
                        + " women_min_percent = :womenMin, women_max_percent = :womenMax, older_min_percent = :olderMin,"
                        + " older_max_percent = :olderMax, younger_min_percent = :youngerMin,"
                        + " younger_max_percent = :youngerMax, older_age = :olderAge,"
                        + " borrowers_min_percent = :borrowers, fully_active_areas = :areas,"
                        + " fully_active_meetings = :meetings, locked = :locked, locked_on = :lockedOn,"
                        + " locked_by = :lockedBy, version = version + 1 where id = :id and version = :version")
                .params(fields(p))
                .param("locked", p.locked())
                .param("lockedOn", p.lockedOn() == null ? null : Timestamp.from(p.lockedOn()))
                .param("lockedBy", p.lockedBy())
                .param("id", p.id())
                .param("version", p.version())
                .update();
        if (changed == 0) return false;
        jdbc.sql("delete from plan_target where plan_id = ?").param(p.id()).update();
        writeTargets(p.id(), p.targets());
        jdbc.sql("delete from plan_roadmap where plan_id = ?").param(p.id()).update();
        for (Plan.RoadmapEntry r : p.roadmap()) {
            jdbc.sql("insert into plan_roadmap (plan_id, unit_id, plan_year, new_clubs) values (?, ?, ?, ?)")
                    .params(p.id(), r.unitId(), r.year(), r.newClubs())
                    .update();
        }
        jdbc.sql("delete from plan_unit_target where plan_id = ?").param(p.id()).update();
        for (Plan.UnitTarget t : p.unitTargets()) {
            jdbc.sql("insert into plan_unit_target (plan_id, unit_id, indicator, target_value) values (?, ?, ?, ?)")
                    .params(p.id(), t.unitId(), t.indicator().name(), t.target())
                    .update();
        }
        return true;
    }

    private void writeTargets(long id, Map<Indicator, Integer> targets) {
        for (Map.Entry<Indicator, Integer> t : targets.entrySet()) {
            jdbc.sql("insert into plan_target (plan_id, indicator, target_value) values (?, ?, ?)")
                    .params(id, t.getKey().name(), t.getValue())
                    .update();
        }
    }

    private static Map<String, Object> fields(Plan p) {
        PlanRules r = p.rules();
        Map<String, Object> f = new HashMap<>();
        f.put("name", p.name());
        f.put("legal", p.legalReference());
        f.put("start", p.start());
        f.put("end", p.end());
        f.put("unitsDate", p.unitsDate());
        f.put("membersMin", r.membersMin());
        f.put("membersMax", r.membersMax());
        f.put("womenMin", r.womenMinPercent());
        f.put("womenMax", r.womenMaxPercent());
        f.put("olderMin", r.olderMinPercent());
        f.put("olderMax", r.olderMaxPercent());
        f.put("youngerMin", r.youngerMinPercent());
        f.put("youngerMax", r.youngerMaxPercent());
        f.put("olderAge", r.olderAge());
        f.put("borrowers", r.borrowersMinPercent());
        f.put("areas", r.fullyActiveAreas());
        f.put("meetings", r.fullyActiveMeetings());
        return f;
    }

    void log(long planId, Instant at, String by, String what, String oldValue, String newValue, String reason) {
        jdbc.sql("insert into plan_change (plan_id, changed_at, changed_by, what, old_value, new_value, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(planId, Timestamp.from(at), by, what, oldValue, newValue, reason)
                .update();
    }

    List<PlanChange> changes(long planId, java.time.ZoneId zone) {
        return jdbc.sql("select id, changed_at, changed_by, what, old_value, new_value, reason from plan_change"
                        + " where plan_id = ? order by changed_at desc, id desc")
                .param(planId)
                .query((rs, n) -> new PlanChange(
                        rs.getLong("id"),
                        rs.getTimestamp("changed_at").toInstant(),
                        java.time.LocalDateTime.ofInstant(
                                rs.getTimestamp("changed_at").toInstant(), zone),
                        rs.getString("changed_by"),
                        rs.getString("what"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason")))
                .list();
    }
}
