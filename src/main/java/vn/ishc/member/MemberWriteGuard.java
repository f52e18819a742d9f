package vn.ishc.member;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.PlacedWriteGuard;
import vn.ishc.shared.Scope;

/**
 * A write to a membership ({@code /members/{membershipId}/...}), a person ({@code /members/person/{personId}},
 * found through any of their memberships) or a pending import ({@code /member-imports/{importId}/...}) is
 * decided by its club's place in the scope before its body is read. An import is seen only by those who may
 * change its club (as {@link MemberImportService} shows it), so a read-only scope is told it does not exist.
 */
@Component
class MemberWriteGuard extends PlacedWriteGuard {
    MemberWriteGuard(JdbcClient jdbc, CurrentUser user) {
        super(
                jdbc,
                user,
                Map.of(
                        "members",
                        ofClub("membership"),
                        "person",
                        "select c.unit_id, c.id from membership x join club_fact_v c on c.id = x.club_id"
                                + " where x.person_id = ?",
                        "member-imports",
                        ofClub("member_import")));
    }

    @Override
    protected List<Place> visible(String collection, Scope scope, List<Place> found) {
        if (!collection.equals("member-imports")) return found;
        return found.stream()
                .filter(p -> scope.permitsWrite(p.unitId(), p.clubId()))
                .toList();
    }
}
