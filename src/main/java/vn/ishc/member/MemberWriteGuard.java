package vn.ishc.member;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Scope;
import vn.ishc.shared.WriteGuard;

/**
 * A write to a membership ({@code /members/{membershipId}/...}), a person ({@code /members/person/{personId}},
 * found through any of their memberships) or a pending import ({@code /member-imports/{importId}/...}) is
 * decided by its club's place in the scope before its body is read. An import is seen only by those who may
 * change its club (as {@link MemberImportService} shows it), so a read-only scope is told it does not exist.
 */
@Component
class MemberWriteGuard implements WriteGuard {
    private static final Map<String, String> PLACES = Map.of(
            "members",
            "select c.unit_id, c.id from membership x join club_fact_v c on c.id = x.club_id where x.id = ?",
            "person",
            "select c.unit_id, c.id from membership x join club_fact_v c on c.id = x.club_id where x.person_id = ?",
            "member-imports",
            "select c.unit_id, c.id from member_import x join club_fact_v c on c.id = x.club_id where x.id = ?");

    private final JdbcClient jdbc;
    private final CurrentUser user;

    MemberWriteGuard(JdbcClient jdbc, CurrentUser user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    @Override
    public Set<String> collections() {
        return PLACES.keySet();
    }

    @Override
    public void check(String collection, long id, boolean write) {
        Scope scope = user.scope();
        List<Place> places = jdbc.sql(PLACES.get(collection))
                .param(id)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2)))
                .list();
        if (collection.equals("member-imports"))
            places = places.stream()
                    .filter(p -> scope.permitsWrite(p.unitId(), p.clubId()))
                    .toList();
        WriteGuard.decide(scope, places, write);
    }
}
