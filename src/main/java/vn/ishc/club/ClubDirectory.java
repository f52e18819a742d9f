package vn.ishc.club;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitNotFound;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubCommands.ChangeClubStatus;
import vn.ishc.club.ClubCommands.EditClub;
import vn.ishc.club.ClubCommands.FoundClub;
import vn.ishc.club.ClubCommands.ReplaceBoard;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Scope;
import vn.ishc.shared.SearchText;

/**
 * The club registry within the current user's scope: a club outside it is reported as not found
 * ({@link ClubNotFound}, 404); a club in scope that the user may only read refuses changes (403).
 */
@Service
public class ClubDirectory {

    private final Clubs clubs;
    private final ClubRows clubRows;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UnitDirectory units;
    private final LocalDate planStart;
    private final ApplicationEventPublisher events;

    ClubDirectory(
            Clubs clubs,
            ClubRows clubRows,
            JdbcClient jdbc,
            CurrentUser currentUser,
            UnitDirectory units,
            @Value("${ishc.plan-start}") LocalDate planStart,
            ApplicationEventPublisher events) {
        this.clubs = clubs;
        this.clubRows = clubRows;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.units = units;
        this.planStart = planStart;
        this.events = events;
    }

    /** The clubs the current user may see, by name. */
    public List<ClubView> visible() {
        return search(new ClubQuery(null, null, null, null, null, 0, 100_000)).clubs();
    }

    /** One page of the clubs in scope that match the filters, by name. */
    public ClubPage search(ClubQuery q) {
        Scope scope = currentUser.scope();
        StringBuilder where = new StringBuilder(scope.unitPredicate("c.unit_id", "c.id"));
        Map<String, Object> params = new HashMap<>();
        if (q.unitId() != null) {
            // The unit filter is a territory like a scope's: the same predicate serves.
            where.append(" and ")
                    .append(Scope.units(visibleTerritory(q.unitId()), false).unitPredicate("c.unit_id", "c.id"));
        }
        if (q.status() != null) {
            where.append(" and (select s.status from club_status_change s where s.club_id = c.id"
                    + " order by s.position desc limit 1) = :status");
            params.put("status", q.status().name());
        }
        if (q.phase() != null) {
            where.append(" and coalesce(c.phase_override, case when c.founded_on >= :planStart then"
                    + " 'NEW_UNDER_PLAN' else 'FOUNDED_2016_2020' end) = :phase");
            params.put("planStart", planStart);
            params.put("phase", q.phase().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and " + SearchText.sql("c.name") + " like :text");
            params.put("text", "%" + SearchText.key(q.text()) + "%");
        }
        long total = jdbc.sql("select count(*) from club c where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql(
                        "select c.id from club c where " + where + " order by c.name, c.id limit :limit offset :offset")
                .params(params)
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query(Long.class)
                .list();
        Map<Long, ClubView> byId = new HashMap<>();
        clubRows.load(ids).forEach(c -> byId.put(c.id(), c.view(planStart)));
        List<ClubView> page = new ArrayList<>();
        ids.forEach(id -> page.add(byId.get(id)));
        return new ClubPage(page, total, q.page(), q.size());
    }

    /**
     * The unit a list, a download or the dashboard is filtered by ({@code ?unit=}), when the current user may
     * see it: a unit of the scope, or for a club's board the unit its club is recorded under (its lists then
     * hold its own club's rows, as its dashboard shows its own club's figures). A unit above or beside the
     * scope is not found ({@link UnitNotFound}, 404), exactly as a unit that does not exist: a filter never
     * tells what lies outside the scope (docs/security.md). The one rule every list's unit filter goes through.
     */
    public UnitView visibleUnit(long unitId) {
        UnitView unit = units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        Scope scope = currentUser.scope();
        boolean visible = scope.includesUnit(unitId)
                || (scope.clubId() != null
                        && clubRows.load(List.of(scope.clubId())).stream()
                                .anyMatch(c -> c.view(planStart).unitId() == unitId));
        if (!visible) throw new UnitNotFound(unitId);
        return unit;
    }

    /** The territory (every unit row of every era inside it) of a {@link #visibleUnit visible unit}. */
    public java.util.Set<Long> visibleTerritory(long unitId) {
        return units.territory(visibleUnit(unitId).id());
    }

    public ClubView get(long id) {
        // Read with the list pages' three statements, which cost far less than loading the aggregate.
        ClubView v = clubRows.load(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new ClubNotFound(id))
                .view(planStart);
        if (!currentUser.scope().includes(v.unitId(), v.id())) throw new ClubNotFound(id);
        return v;
    }

    /** The clubs the current user may change, by name (one scope lookup for the whole list). */
    public List<ClubView> changeable() {
        Scope scope = currentUser.scope();
        return visible().stream()
                .filter(c -> scope.permitsWrite(c.unitId(), c.id()))
                .toList();
    }

    /** Whether the current user may change this (visible) club. */
    public boolean mayChange(ClubView club) {
        return currentUser.scope().permitsWrite(club.unitId(), club.id());
    }

    /**
     * A club the current user may change, for another module's write into it: 404 ({@link ClubNotFound})
     * outside the scope, 403 ({@link AccessDeniedException}) when the scope only reads it.
     */
    public ClubView writable(long id) {
        ClubView club = get(id);
        if (!mayChange(club)) throw new AccessDeniedException("read-only scope");
        return club;
    }

    /** Whether the current user may found clubs at all (not club boards, not readers). */
    public boolean mayFoundClubs() {
        return currentUser.mayFoundClubs() && currentUser.scope().writable();
    }

    /** Whether the current user may found a club in this unit. */
    public boolean mayFoundIn(long unitId) {
        return currentUser.mayFoundClubs() && currentUser.scope().permitsWrite(unitId, null);
    }

    /** Any club by id, ignoring scope: only for administration (e.g. choosing a club board's club). */
    public Optional<ClubView> findForAdministration(long id) {
        return clubs.findById(id).map(c -> c.view(planStart));
    }

    public List<ClubView> allForAdministration() {
        return clubs.findAll().stream()
                .map(c -> c.view(planStart))
                .sorted(Comparator.comparing(ClubView::name))
                .toList();
    }

    /** The wards and communes (of any era) in which the current user may found or place a club. */
    public List<UnitView> unitsForFounding() {
        if (!currentUser.mayFoundClubs()) return List.of();
        Scope scope = currentUser.scope();
        return units.all().stream()
                .filter(u -> u.type().isGrassroots() && scope.permitsWrite(u.id(), null))
                .toList();
    }

    @Transactional
    public ClubView found(FoundClub command) {
        if (!mayFoundClubs()) throw new AccessDeniedException("may not found clubs");
        checkUnit(command.details());
        ClubView founded = clubs.save(Club.found(command.details())).view(planStart);
        events.publishEvent(new ClubEvents.ClubFounded(
                founded.id(), founded.unitId(), FieldChange.between(null, founded, ClubEvents.NOT_DETAILS)));
        return founded;
    }

    /** The unit must exist, be a ward or commune in the user's scope, and exist on the founding date. */
    private void checkUnit(ClubDetails d) {
        UnitView unit = units.find(d.unitId()).orElseThrow(() -> new ClubRefused("unitId", "club.error.unit"));
        if (!unit.type().isGrassroots()) throw new ClubRefused("unitId", "club.error.unitNotWard");
        if (!mayFoundIn(unit.id())) throw new ClubRefused("unitId", "club.error.unitOutOfScope");
        if (d.foundedOn() == null) throw new ClubRefused("foundedOn", "validation.required");
        if (!unit.validOn(d.foundedOn())) throw new ClubRefused("unitId", "club.error.unitNotValidOnFounding");
    }

    @Transactional
    public ClubView edit(EditClub command) {
        Club club = changeable(command.clubId(), command.version());
        ClubView before = club.view(planStart);
        if (command.details().unitId() != before.unitId()
                || !java.util.Objects.equals(command.details().foundedOn(), before.foundedOn())) {
            checkUnit(command.details());
        }
        club.describe(command.details());
        return changed(before, save(club, command.clubId()));
    }

    private ClubView changed(ClubView before, ClubView after) {
        var changes = FieldChange.between(before, after, ClubEvents.NOT_DETAILS);
        if (!changes.isEmpty()) events.publishEvent(new ClubEvents.ClubChanged(after.id(), after.unitId(), changes));
        return after;
    }

    @Transactional
    public ClubView rename(RenameClub command) {
        Club club = changeable(command.clubId(), command.version());
        ClubView before = club.view(planStart);
        club.rename(command.name());
        return changed(before, save(club, command.clubId()));
    }

    @Transactional
    public ClubView changeStatus(ChangeClubStatus command) {
        Club club = changeable(command.clubId(), command.version());
        ClubStatus from = club.view(planStart).status();
        club.changeStatus(command.status(), command.since(), command.reason());
        ClubView saved = save(club, command.clubId());
        events.publishEvent(new ClubEvents.ClubStatusChanged(
                saved.id(), saved.unitId(), from, command.status(), command.since(), command.reason()));
        if (command.status() == ClubStatus.DISSOLVED) {
            events.publishEvent(new ClubDissolved(saved.id(), command.since(), command.reason()));
        }
        return saved;
    }

    @Transactional
    public ClubView replaceBoard(ReplaceBoard command) {
        Club club = changeable(command.clubId(), command.version());
        List<BoardMember> before = club.view(planStart).board();
        club.replaceBoard(command.board());
        ClubView saved = save(club, command.clubId());
        events.publishEvent(new ClubEvents.BoardChanged(saved.id(), saved.unitId(), before, saved.board()));
        return saved;
    }

    private Club changeable(long id, Integer version) {
        Club club = visibleClub(id);
        ClubView seen = club.view(planStart);
        if (!mayChange(seen)) throw new AccessDeniedException("read-only scope");
        if (version == null || version != seen.version()) throw new ClubEditedConcurrently(id);
        return club;
    }

    private ClubView save(Club club, long id) {
        try {
            return clubs.save(club).view(planStart);
        } catch (OptimisticLockingFailureException e) {
            throw new ClubEditedConcurrently(id);
        }
    }

    private Club visibleClub(long id) {
        Club club = clubs.findById(id).orElseThrow(() -> new ClubNotFound(id));
        ClubView v = club.view(planStart);
        if (!currentUser.scope().includes(v.unitId(), v.id())) throw new ClubNotFound(id);
        return club;
    }

    /** Demo data: founds a club unless one of that name exists in that unit. */
    @Transactional
    ClubView foundIfAbsent(ClubDetails details) {
        return clubs.findByNameAndUnitId(details.name(), details.unitId())
                .map(c -> c.view(planStart))
                .orElseGet(() -> {
                    ClubView founded = clubs.save(Club.found(details)).view(planStart);
                    events.publishEvent(new ClubEvents.ClubFounded(
                            founded.id(),
                            founded.unitId(),
                            FieldChange.between(null, founded, ClubEvents.NOT_DETAILS)));
                    return founded;
                });
    }

    /** Demo data: gives a club this board unless it already has one. */
    @Transactional
    void demoBoardIfEmpty(long clubId, List<BoardMember> board) {
        Club club = clubs.findById(clubId).orElseThrow(() -> new ClubNotFound(clubId));
        if (club.view(planStart).board().isEmpty()) {
            club.replaceBoard(board);
            ClubView saved = clubs.save(club).view(planStart);
            events.publishEvent(new ClubEvents.BoardChanged(saved.id(), saved.unitId(), List.of(), saved.board()));
        }
    }

    /** Demo data: records these status changes unless the club's status has changed since its founding. */
    @Transactional
    void demoStatusIfNone(long clubId, List<ClubStatusChange> changes) {
        Club club = clubs.findById(clubId).orElseThrow(() -> new ClubNotFound(clubId));
        if (!changes.isEmpty() && club.view(planStart).statusHistory().size() == 1) {
            List<ClubEvents.ClubStatusChanged> happened = new ArrayList<>();
            for (ClubStatusChange c : changes) {
                ClubView before = club.view(planStart);
                club.changeStatus(c.status(), c.since(), c.reason());
                happened.add(new ClubEvents.ClubStatusChanged(
                        before.id(), before.unitId(), before.status(), c.status(), c.since(), c.reason()));
            }
            clubs.save(club);
            happened.forEach(events::publishEvent);
        }
    }
}
