package vn.ishc.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitType;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.funding.ResourceCommands.CancelResource;
import vn.ishc.funding.ResourceCommands.EditResource;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.funding.ResourceEvents.ResourceCancelled;
import vn.ishc.funding.ResourceEvents.ResourceEdited;
import vn.ishc.funding.ResourceEvents.ResourceRecorded;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Scope;

/**
 * The resource entries (R15): recorded, corrected, cancelled, read. Who: administrators and city officers
 * anywhere in their scope (the city's territory), ward officers for recipients in their territory; club boards
 * and viewers read in their scope (a club board: its club's). Out of scope reads are not found (404); writes
 * to a recipient outside the territory are refused, into a club outside it 404, by a read-only user 403.
 */
@Service
public class ResourceService {
    private final ResourceEntries entries;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResourceService(
            ResourceEntries entries,
            UnitDirectory units,
            ClubDirectory clubs,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.entries = entries;
        this.units = units;
        this.clubs = clubs;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The sources of section 5, in the plan's order. */
    @Transactional(readOnly = true)
    public List<Source> sources() {
        return entries.sources();
    }

    /** Whether the current user records resources at all (officers and administrators who write). */
    public boolean mayWrite() {
        Scope s = user.scope();
        return s.writable() && (s.kind() == Scope.Kind.EVERYTHING || s.kind() == Scope.Kind.UNITS);
    }

    // ---- writes ----

    /** Records an entry, every rule checked by {@link Resource#record}, for a recipient in the user's scope. */
    @Transactional
    public Resource record(RecordResource c) {
        long unitId = recipientUnit(c);
        Resource r = Resource.record(c, unitId, context(c, unitId), user.name(), clock.instant());
        r = entries.insert(r);
        events.publishEvent(new ResourceRecorded(
                r.id(),
                r.unitId(),
                r.clubId(),
                r.source(),
                r.kind(),
                r.donor(),
                r.receivedOn(),
                r.budgetYear(),
                r.amount(),
                r.inKindDescription(),
                r.purpose(),
                r.level(),
                r.documentNo()));
        return r;
    }

    /** Corrects a standing entry the user may change, if it is still the version they read. */
    @Transactional
    public Resource edit(EditResource c) {
        Resource r = get(c.id());
        checkWrite(r.level(), r.unitId(), r.clubId());
        if (r.version() != c.version()) throw new ResourceEditedConcurrently();
        Map<String, Object> before = fields(r);
        long unitId = recipientUnit(c.details());
        r.edit(c.details(), unitId, context(c.details(), unitId));
        if (!entries.update(r)) throw new ResourceEditedConcurrently();
        List<FieldChange> changes = FieldChange.between(before, fields(r));
        if (!changes.isEmpty()) events.publishEvent(new ResourceEdited(r.id(), r.unitId(), r.clubId(), changes));
        return get(r.id());
    }

    /** Cancels a standing entry the user may change, dated today, with a reason. */
    @Transactional
    public Resource cancel(CancelResource c) {
        Resource r = get(c.id());
        checkWrite(r.level(), r.unitId(), r.clubId());
        r.cancel(today(), c.reason());
        if (!entries.update(r)) throw new ResourceEditedConcurrently();
        events.publishEvent(new ResourceCancelled(
                r.id(),
                r.unitId(),
                r.clubId(),
                r.cancellation().on(),
                r.amount(),
                r.cancellation().reason()));
        return get(r.id());
    }

    // ---- reads ----

    /** An entry in the user's scope (404 outside it). */
    @Transactional(readOnly = true)
    public Resource get(long id) {
        Resource r = entries.find(id).orElseThrow(() -> new ResourceNotFound(id));
        if (!user.scope().includes(r.unitId(), r.clubId())) throw new ResourceNotFound(id);
        return r;
    }

    /** Whether the user may correct or cancel this entry. */
    public boolean mayChange(Resource r) {
        return mayWrite() && !r.cancelled() && user.scope().permitsWrite(r.unitId(), r.clubId());
    }

    /** The units a resource may be given to by the user, valid on a day: the city's (not grassroots) or wards. */
    @Transactional(readOnly = true)
    public List<UnitView> recipientUnits(LocalDate on) {
        Scope s = user.scope();
        if (!mayWrite()) return List.of();
        return units.allAsOf(on == null ? today() : on).stream()
                .filter(u -> s.permitsWrite(u.id(), null))
                .toList();
    }

    /** The clubs a resource may be given to by the user. */
    @Transactional(readOnly = true)
    public List<ClubView> recipientClubs() {
        return mayWrite() ? clubs.changeable() : List.of();
    }

    /** A unit's name (for the lists), or its id when unknown. */
    public String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId));
    }

    // ---- rules ----

    private long recipientUnit(RecordResource c) {
        if (c.level() == RecipientLevel.CLUB) {
            if (c.clubId() == null) throw new ResourceRefused("clubId", "validation.required");
            ClubView club = clubs.get(c.clubId()); // 404 outside the scope
            checkWrite(RecipientLevel.CLUB, club.unitId(), club.id());
            return club.unitId();
        }
        if (c.unitId() == null) throw new ResourceRefused("unitId", "validation.required");
        UnitView unit = units.find(c.unitId()).orElseThrow(() -> new ResourceRefused("unitId", "funding.error.unit"));
        if (c.receivedOn() != null && !unit.validOn(c.receivedOn())) {
            throw new ResourceRefused("unitId", "funding.error.unitNotOnDate");
        }
        checkWrite(c.level(), unit.id(), null);
        return unit.id();
    }

    private void checkWrite(RecipientLevel level, long unitId, Long clubId) {
        if (!mayWrite()) throw new AccessDeniedException("resources are recorded by officers");
        if (!user.scope().permitsWrite(unitId, clubId)) {
            throw new ResourceRefused(level == RecipientLevel.CLUB ? "clubId" : "unitId", "funding.error.outsideScope");
        }
    }

    private Resource.Context context(RecordResource c, long unitId) {
        Set<String> codes = new HashSet<>();
        for (Source s : entries.sources()) codes.add(s.code());
        UnitType type = units.find(unitId).map(UnitView::type).orElse(null);
        return new Resource.Context(today(), codes, type);
    }

    private static Map<String, Object> fields(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("kind", r.kind());
        m.put("donor", r.donor());
        m.put("receivedOn", r.receivedOn());
        m.put("budgetYear", r.budgetYear());
        m.put("amount", r.amount());
        m.put("inKindDescription", r.inKindDescription());
        m.put("purpose", r.purpose());
        m.put("level", r.level());
        m.put("unitId", r.unitId());
        m.put("clubId", r.clubId());
        m.put("documentNo", r.documentNo());
        m.put("note", r.note());
        return m;
    }
}
