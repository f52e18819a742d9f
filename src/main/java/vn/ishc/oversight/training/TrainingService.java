package vn.ishc.oversight.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubDirectory;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.oversight.OversightEditedConcurrently;
import vn.ishc.oversight.OversightNotFound;
import vn.ishc.oversight.OversightRefused;
import vn.ishc.oversight.training.TrainingCommands.CancelTraining;
import vn.ishc.oversight.training.TrainingCommands.EditTraining;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.RecordTraining;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;
import vn.ishc.oversight.training.TrainingEvents.TrainingCancelled;
import vn.ishc.oversight.training.TrainingEvents.TrainingEdited;
import vn.ishc.oversight.training.TrainingEvents.TrainingRecorded;
import vn.ishc.oversight.training.TrainingSession.Participant;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Scope;

/**
 * Training sessions within the caller's scope. A session is seen by whoever sees its holding unit, or a club
 * one of its participants came for (a club's board sees the sessions its people attended); it is recorded,
 * edited and cancelled by those who oversee ({@link CurrentUser#mayOversee()}: administrators and city
 * officers anywhere, ward officers in their territory) in a unit their scope may change. Out of scope: 404;
 * seen but not changeable: 403.
 */
@Service
public class TrainingService {
    public static final int PAGE_SIZE = 25;

    private final TrainingSessions sessions;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TrainingService(
            TrainingSessions sessions,
            UnitDirectory units,
            ClubDirectory clubs,
            MemberRegistry members,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.units = units;
        this.clubs = clubs;
        this.members = members;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- writes ----

    @Transactional
    public TrainingSession record(RecordTraining c) {
        checkUnit(c.details().unitId());
        TrainingSession s = TrainingSession.record(c.details(), context(c.details()), user.name(), clock.instant());
        s = sessions.insert(s);
        events.publishEvent(new TrainingRecorded(
                s.id(),
                s.unitId(),
                s.topic(),
                s.startsOn(),
                s.endsOn(),
                s.trainers(),
                s.organiser(),
                s.participants().size(),
                names(s)));
        return s;
    }

    @Transactional
    public TrainingSession edit(EditTraining c) {
        TrainingSession s = get(c.sessionId());
        if (!mayChange(s)) throw new AccessDeniedException("training " + s.id());
        if (s.version() != c.version()) throw new OversightEditedConcurrently("training " + s.id());
        checkUnit(c.details().unitId());
        Map<String, Object> before = facts(s);
        s.edit(c.details(), context(c.details()));
        sessions.update(s);
        List<FieldChange> changes = FieldChange.between(before, facts(s));
        if (!changes.isEmpty()) events.publishEvent(new TrainingEdited(s.id(), s.unitId(), changes));
        return get(s.id());
    }

    @Transactional
    public TrainingSession cancel(CancelTraining c) {
        TrainingSession s = get(c.sessionId());
        if (!mayChange(s)) throw new AccessDeniedException("training " + s.id());
        s.cancel(today(), c.reason());
        sessions.update(s);
        events.publishEvent(new TrainingCancelled(s.id(), s.unitId(), s.cancelledOn(), s.cancelReason()));
        return get(s.id());
    }

    private void checkUnit(Long unitId) {
        if (!user.mayOversee() || !user.scope().writable()) throw new AccessDeniedException("training");
        if (unitId == null) throw new OversightRefused("unitId", "validation.required");
        if (units.find(unitId).isEmpty() || !user.scope().permitsWrite(unitId, null))
            throw new OversightRefused("unitId", "oversight.training.error.unitOutside");
    }

    /** The clubs named that lie in the holding unit's territory and the caller's scope, and their members. */
    private TrainingSession.Context context(SessionDetails d) {
        Set<Long> named = new LinkedHashSet<>();
        for (ParticipantEntry e : d.participants()) if (e != null && e.clubId() != null) named.add(e.clubId());
        Set<Long> territory = units.territory(d.unitId());
        Scope scope = user.scope();
        Set<Long> inUnit = sessions.clubUnits(named).entrySet().stream()
                .filter(e -> territory.contains(e.getValue()) && scope.includes(e.getValue(), e.getKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<Long, Map<Long, String>> people = new HashMap<>();
        LocalDate on = d.startsOn() == null ? today() : d.startsOn();
        for (ParticipantEntry e : d.participants()) {
            if (e == null || e.personId() == null || e.clubId() == null || !inUnit.contains(e.clubId())) continue;
            people.computeIfAbsent(e.clubId(), club -> {
                Map<Long, String> m = new HashMap<>();
                for (MemberView v : members.membersOf(club, on))
                    m.put(v.personId(), v.person().fullName());
                return m;
            });
        }
        return new TrainingSession.Context(today(), inUnit, people);
    }

    private static Map<String, Object> facts(TrainingSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", s.topic());
        m.put("startsOn", s.startsOn());
        m.put("endsOn", s.endsOn());
        m.put("place", s.place());
        m.put("trainers", s.trainers());
        m.put("organiser", s.organiser());
        m.put("organiserName", s.organiserName());
        m.put("unitId", s.unitId());
        m.put("materials", s.materials());
        m.put("participants", names(s));
        return m;
    }

    private static String names(TrainingSession s) {
        return s.participants().stream()
                .map(p -> p.fullName() + " (" + p.role() + (p.clubId() == null ? "" : ", " + p.clubId()) + ")")
                .collect(Collectors.joining("; "));
    }

    // ---- reads ----

    /** A session the caller may see (404 otherwise). */
    @Transactional(readOnly = true)
    public TrainingSession get(long id) {
        TrainingSession s = sessions.find(id).orElseThrow(() -> new OversightNotFound("training " + id));
        if (!visible(s)) throw new OversightNotFound("training " + id);
        return s;
    }

    private boolean visible(TrainingSession s) {
        Scope scope = user.scope();
        if (scope.includesUnit(s.unitId())) return true;
        Set<Long> clubs = new LinkedHashSet<>();
        for (Participant p : s.participants()) if (p.clubId() != null) clubs.add(p.clubId());
        return sessions.clubUnits(clubs).entrySet().stream().anyMatch(e -> scope.includes(e.getValue(), e.getKey()));
    }

    /** Whether the caller may edit or cancel this (visible) session. */
    public boolean mayChange(TrainingSession s) {
        return user.mayOversee() && user.scope().permitsWrite(s.unitId(), null);
    }

    /** Whether the caller may record sessions at all. */
    public boolean mayRecord() {
        return user.mayOversee() && user.scope().writable();
    }

    /**
     * The units the caller may hold a session in: the wards and communes valid today, and the units above them
     * (the city, also after it ceased as an administrative unit, as its association holds training), within
     * the scope's writable units.
     */
    @Transactional(readOnly = true)
    public List<UnitView> unitsForSessions() {
        Scope scope = user.scope();
        if (!mayRecord()) return List.of();
        LocalDate today = today();
        return units.all().stream()
                .filter(u -> scope.permitsWrite(u.id(), null))
                .filter(u -> u.validOn(today) || !u.type().isGrassroots())
                .sorted(java.util.Comparator.comparing((UnitView u) -> u.type().isGrassroots())
                        .thenComparing(UnitView::name))
                .toList();
    }

    /** The filters of the list: sessions starting in a year (null: any), held in or attended from a unit. */
    public record Query(Integer year, Long unitId, int page, int size) {
        public Query {
            page = Math.max(page, 0);
            size = size <= 0 ? PAGE_SIZE : Math.min(size, 100_000);
        }

        public Query everything() {
            return new Query(year, unitId, 0, 100_000);
        }
    }

    /** One page of sessions, with the names of the clubs their participants came for. */
    public record Page(List<TrainingSession> sessions, Map<Long, String> clubNames, long total, int page, int size) {
        public int pages() {
            return (int) ((total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    @Transactional(readOnly = true)
    public Page search(Query q) {
        if (q.year() != null && (q.year() < 1900 || q.year() > 9999))
            throw new OversightRefused("year", "oversight.error.year");
        Scope scope = user.scope();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("(")
                .append(scope.unitPredicate("s.unit_id", "null"))
                .append(" or exists (select 1 from training_participant p join club_fact_v c on c.id = p.club_id"
                        + " where p.session_id = s.id and ")
                .append(scope.unitPredicate("c.unit_id", "c.id"))
                .append("))");
        if (q.year() != null) {
            where.append(" and s.starts_on between :from and :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q.unitId() != null) {
            Scope territory = Scope.units(clubs.visibleTerritory(q.unitId()), false);
            where.append(" and (")
                    .append(territory.unitPredicate("s.unit_id", "null"))
                    .append(" or exists (select 1 from training_participant p join club_fact_v c on c.id = p.club_id"
                            + " where p.session_id = s.id and ")
                    .append(territory.unitPredicate("c.unit_id", "c.id"))
                    .append("))");
        }
        long total = sessions.count(where.toString(), params);
        List<TrainingSession> list = sessions.page(where.toString(), params, q.size(), (long) q.page() * q.size());
        return new Page(list, clubNames(list), total, q.page(), q.size());
    }

    /** The names of the clubs the participants came for. */
    @Transactional(readOnly = true)
    public Map<Long, String> clubNames(List<TrainingSession> list) {
        Set<Long> ids = new LinkedHashSet<>();
        for (TrainingSession s : list)
            for (Participant p : s.participants()) if (p.clubId() != null) ids.add(p.clubId());
        return sessions.clubNames(ids);
    }

    /** The unit's name, for the pages. */
    public String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("");
    }
}
