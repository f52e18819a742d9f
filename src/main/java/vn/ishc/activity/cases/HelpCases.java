package vn.ishc.activity.cases;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The cases' storage: a case with its steps. */
@Repository
public class HelpCases {
    private final JdbcClient jdbc;

    HelpCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HelpCase insert(HelpCase c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into help_case (club_id, person_id, helped_name, kind, opened_on, summary, outcome,
                            closed_on, recorded_by, recorded_at, version)
                        values (:club, :person, :name, :kind, :opened, :summary, :outcome, :closed, :by, :at, 0)""")
                .param("club", c.clubId())
                .param("person", c.personId())
                .param("name", c.helpedName())
                .param("kind", c.kind().name())
                .param("opened", c.openedOn())
                .param("summary", c.summary())
                .param("outcome", c.outcome())
                .param("closed", c.closedOn())
                .param("by", c.recordedBy())
                .param("at", Timestamp.from(c.recordedAt()))
                .update(keys, "id");
        HelpCase saved = c.withId(keys.getKey().longValue());
        for (int i = 0; i < saved.steps().size(); i++)
            insertStep(saved.id(), i, saved.steps().get(i));
        return saved;
    }

    void insertStep(long caseId, int position, HelpCase.Step s) {
        jdbc.sql("insert into help_case_step (case_id, position, taken_on, what) values (:c, :p, :on, :what)")
                .param("c", caseId)
                .param("p", position)
                .param("on", s.takenOn())
                .param("what", s.what())
                .update();
    }

    /** Saves a step added or the closing, if the case is still the version read. */
    void update(HelpCase c, int readVersion) {
        int n = jdbc.sql("""
                        update help_case set outcome = :outcome, closed_on = :closed, version = version + 1
                        where id = :id and version = :v""")
                .param("outcome", c.outcome())
                .param("closed", c.closedOn())
                .param("id", c.id())
                .param("v", readVersion)
                .update();
        if (n != 1) throw new CaseEditedConcurrently();
    }

    boolean anyOf(long clubId) {
        return jdbc.sql("select count(*) from help_case where club_id = :c")
                        .param("c", clubId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<HelpCase> find(long id) {
        return ofWhere("id = :x", id).stream().findFirst();
    }

    /** The club's cases, open first, latest first. */
    List<HelpCase> ofClub(long clubId) {
        return ofWhere("club_id = :x", clubId);
    }

    private List<HelpCase> ofWhere(String where, long x) {
        Map<Long, List<HelpCase.Step>> steps = new HashMap<>();
        jdbc.sql(
                        "select s.case_id, s.taken_on, s.what from help_case_step s join help_case h on h.id = s.case_id where h."
                                + where + " order by s.case_id, s.position")
                .param("x", x)
                .query((ResultSet rs) -> {
                    steps.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>())
                            .add(new HelpCase.Step(rs.getObject("taken_on", LocalDate.class), rs.getString("what")));
                });
        return jdbc.sql("select * from help_case where " + where
                        + " order by case when closed_on is null then 0 else 1 end, opened_on desc, id desc")
                .param("x", x)
                .query((rs, n) -> new HelpCase(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        (Long) rs.getObject("person_id", Long.class),
                        rs.getString("helped_name"),
                        CaseKind.valueOf(rs.getString("kind")),
                        rs.getObject("opened_on", LocalDate.class),
                        rs.getString("summary"),
                        steps.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("outcome"),
                        rs.getObject("closed_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getInt("version")))
                .list();
    }

    /** How many cases each club opened in each month of a year, by kind: club id → month → kind → count. */
    Map<Long, Map<Integer, Map<CaseKind, Long>>> countByMonth(Collection<Long> clubIds, int year) {
        Map<Long, Map<Integer, Map<CaseKind, Long>>> out = new HashMap<>();
        if (clubIds.isEmpty()) return out;
        jdbc.sql("""
                        select club_id, extract(month from opened_on) m, kind, count(*) n from help_case
                        where club_id in (:ids) and opened_on between :from and :to
                        group by club_id, extract(month from opened_on), kind""")
                .param("ids", new ArrayList<>(clubIds))
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("club_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt("m"), k -> new HashMap<>())
                            .put(CaseKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        return out;
    }
}
