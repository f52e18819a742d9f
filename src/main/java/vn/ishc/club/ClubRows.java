package vn.ishc.club;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads many clubs at once for the lists: three statements (the clubs, their status histories, their
 * boards) whatever the number of clubs, where the repository would read each club's two collections
 * with two statements of their own. Writes still go through the aggregate and its repository.
 */
@Component
class ClubRows {
    private final JdbcClient jdbc;

    ClubRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clubs with these ids (those that exist), in no particular order. */
    List<Club> load(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, List<ClubStatusChange>> histories = new HashMap<>();
        jdbc.sql("select club_id, status, since, reason from club_status_change where club_id in (:ids)"
                        + " order by club_id, position")
                .param("ids", ids)
                .query(rs -> {
                    histories
                            .computeIfAbsent(rs.getLong("club_id"), k -> new ArrayList<>())
                            .add(new ClubStatusChange(
                                    ClubStatus.valueOf(rs.getString("status")),
                                    date(rs, "since"),
                                    rs.getString("reason")));
                });
        Map<Long, List<BoardMember>> boards = new HashMap<>();
        jdbc.sql("select club_id, full_name, role, since, until from club_board_member where club_id in (:ids)"
                        + " order by club_id, position")
                .param("ids", ids)
                .query(rs -> {
                    boards.computeIfAbsent(rs.getLong("club_id"), k -> new ArrayList<>())
                            .add(new BoardMember(
                                    rs.getString("full_name"),
                                    BoardRole.valueOf(rs.getString("role")),
                                    date(rs, "since"),
                                    date(rs, "until")));
                });
        return jdbc.sql("select id, name, unit_id, founded_on, decision_number, decision_date, decision_issuer,"
                        + " phase_override, phase_override_reason, meeting_day, regulations_adopted_on,"
                        + " initial_fund_capital, initial_equipment, version from club where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String phase = rs.getString("phase_override");
                    return new Club(
                            id,
                            rs.getString("name"),
                            rs.getLong("unit_id"),
                            date(rs, "founded_on"),
                            rs.getString("decision_number"),
                            date(rs, "decision_date"),
                            rs.getString("decision_issuer"),
                            phase == null ? null : ClubPhase.valueOf(phase),
                            rs.getString("phase_override_reason"),
                            rs.getObject("meeting_day", Integer.class),
                            date(rs, "regulations_adopted_on"),
                            rs.getObject("initial_fund_capital", Long.class),
                            rs.getString("initial_equipment"),
                            histories.getOrDefault(id, List.of()),
                            boards.getOrDefault(id, List.of()),
                            rs.getInt("version"));
                })
                .list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
