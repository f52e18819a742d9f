package vn.ishc.member;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The batched insert of {@link MembershipsBatch}: the same columns as the {@link Membership} aggregate's. */
class MembershipsBatchImpl implements MembershipsBatch {
    private final JdbcTemplate jdbc;

    MembershipsBatchImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(List<Membership> memberships) {
        List<Object[]> rows = new ArrayList<>(memberships.size());
        for (Membership m : memberships) {
            if (m.id() != null) throw new IllegalArgumentException("membership " + m.id() + " is not new");
            if (m.leftOn() != null) throw new IllegalArgumentException("a new membership has not ended");
            rows.add(new Object[] {m.personId(), m.clubId(), m.joinedOn(), m.joinReason()});
        }
        jdbc.batchUpdate(
                "insert into membership (person_id, club_id, joined_on, join_reason) values (?, ?, ?, ?)", rows);
    }
}
