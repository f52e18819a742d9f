package vn.ishc.club;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.CurrentScope;
import vn.ishc.shared.Scope;

/**
 * Reads and changes clubs within the current user's scope. A club outside the scope is reported as
 * not found ({@link ClubNotFound}, 404); a club in scope that the user may only read refuses changes.
 */
@Service
public class ClubDirectory {

    private final Clubs clubs;
    private final JdbcClient jdbc;
    private final CurrentScope currentScope;

    ClubDirectory(Clubs clubs, JdbcClient jdbc, CurrentScope currentScope) {
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.currentScope = currentScope;
    }

    /** The clubs the current user may see, by name. */
    public List<ClubView> visible() {
        Scope scope = currentScope.get();
        return jdbc.sql("select c.id, c.name, c.unit_id, c.founded_on, c.version from club c where "
                        + scope.unitPredicate("c.unit_id", "c.id")
                        + " order by c.name, c.id")
                .query((rs, n) -> new ClubView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("unit_id"),
                        rs.getObject("founded_on", LocalDate.class),
                        rs.getInt("version")))
                .list();
    }

    public ClubView get(long id) {
        return visibleClub(id).view();
    }

    /** Any club by id, ignoring scope: only for administration (e.g. choosing a club board's club). */
    public Optional<ClubView> findForAdministration(long id) {
        return clubs.findById(id).map(Club::view);
    }

    public List<ClubView> allForAdministration() {
        return clubs.findAll().stream()
                .map(Club::view)
                .sorted(Comparator.comparing(ClubView::name))
                .toList();
    }

    /** Whether the current user may change this (visible) club. */
    public boolean mayChange(ClubView club) {
        return currentScope.get().permitsWrite(club.unitId(), club.id());
    }

    @Transactional
    public ClubView rename(RenameClub command) {
        Club club = visibleClub(command.clubId());
        ClubView seen = club.view();
        if (!currentScope.get().permitsWrite(seen.unitId(), seen.id())) {
            throw new AccessDeniedException("read-only scope");
        }
        if (!command.version().equals(club.version())) throw new ClubEditedConcurrently(command.clubId());
        club.rename(command.name());
        try {
            return clubs.save(club).view();
        } catch (OptimisticLockingFailureException e) {
            throw new ClubEditedConcurrently(command.clubId());
        }
    }

    private Club visibleClub(long id) {
        Club club = clubs.findById(id).orElseThrow(() -> new ClubNotFound(id));
        ClubView v = club.view();
        if (!currentScope.get().includes(v.unitId(), v.id())) throw new ClubNotFound(id);
        return club;
    }

    /** Demo data: founds a club unless one of that name exists in that unit. */
    @Transactional
    ClubView foundIfAbsent(String name, long unitId, LocalDate foundedOn) {
        return clubs.findByNameAndUnitId(name, unitId)
                .orElseGet(() -> clubs.save(Club.found(name, unitId, foundedOn)))
                .view();
    }
}
