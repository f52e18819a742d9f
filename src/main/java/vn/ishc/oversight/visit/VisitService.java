package vn.ishc.oversight.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.oversight.OversightNotFound;
import vn.ishc.oversight.OversightRefused;
import vn.ishc.oversight.Rating;
import vn.ishc.oversight.visit.Checklists.PlanChecklist;
import vn.ishc.oversight.visit.MonitoringVisit.FollowUp;
import vn.ishc.oversight.visit.MonitoringVisits.Overdue;
import vn.ishc.oversight.visit.VisitCommands.CancelVisit;
import vn.ishc.oversight.visit.VisitCommands.CloseFollowUp;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitEvents.FollowUpClosed;
import vn.ishc.oversight.visit.VisitEvents.VisitCancelled;
import vn.ishc.oversight.visit.VisitEvents.VisitRecorded;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Scope;

/**
 * Monitoring visits within the caller's scope: a visit is seen by whoever sees its club (404 otherwise), and
 * recorded, cancelled and its follow-ups closed by those who oversee ({@link CurrentUser#mayOversee()}) in a
 * club they may change ({@link ClubDirectory#writable}: 404 outside the scope, 403 read-only); a club's board
 * reads its visits but does not record them (403).
 */
@Service
public class VisitService {
    public static final int PAGE_SIZE = 25;

    private final MonitoringVisits visits;
    private final Checklists checklists;
    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VisitService(
            MonitoringVisits visits,
            Checklists checklists,
            ClubDirectory clubs,
            UnitDirectory units,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.visits = visits;
        this.checklists = checklists;
        this.clubs = clubs;
        this.units = units;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- writes ----

    @Transactional
    public MonitoringVisit record(RecordVisit c) {
        ClubView club = writable(c.clubId());
        LocalDate on = c.visitedOn() == null ? today() : c.visitedOn();
        PlanChecklist checklist = checklists
                .inForce(club.unitId(), on)
                .orElseThrow(() -> new OversightRefused(null, "oversight.visit.error.noPlan"));
        MonitoringVisit v = MonitoringVisit.record(
                c,
                new MonitoringVisit.Context(
                        today(), club.foundedOn(), checklist.planId(), checklist.items(), checklist.thresholds()),
                user.name(),
                clock.instant());
        v = visits.insert(v);
        events.publishEvent(recorded(v, club.unitId()));
        return v;
    }

    static VisitRecorded recorded(MonitoringVisit v, long unitId) {
        return new VisitRecorded(
                v.id(),
                v.clubId(),
                unitId,
                v.planId(),
                v.visitedOn(),
                v.visitors(),
                v.score(),
                v.maxScore(),
                v.rating(),
                v.scores().stream()
                        .map(s -> s.code() + " " + s.score() + "/" + s.maxScore())
                        .collect(Collectors.joining("; ")),
                v.findings(),
                v.followUps().stream()
                        .map(f -> f.action() + " (" + (f.responsible() == null ? "" : f.responsible() + ", ")
                                + f.dueOn() + ")")
                        .collect(Collectors.joining("; ")));
    }

    @Transactional
    public MonitoringVisit cancel(CancelVisit c) {
        MonitoringVisit v = get(c.visitId());
        ClubView club = writable(v.clubId());
        v.cancel(today(), c.reason());
        visits.cancel(v);
        events.publishEvent(
                new VisitCancelled(v.id(), club.id(), club.unitId(), v.visitedOn(), v.cancelledOn(), v.cancelReason()));
        return get(v.id());
    }

    @Transactional
    public FollowUp close(CloseFollowUp c) {
        MonitoringVisit v = get(c.visitId());
        ClubView club = writable(v.clubId());
        FollowUp closed = v.closeFollowUp(c.followUpId(), c.version(), c.closedOn(), c.note(), user.name(), today());
        visits.close(closed);
        events.publishEvent(new FollowUpClosed(
                closed.id(),
                v.id(),
                club.id(),
                club.unitId(),
                closed.action(),
                closed.closedOn(),
                closed.closedNote()));
        return get(v.id()).followUp(closed.id());
    }

    private ClubView writable(long clubId) {
        ClubView club = clubs.writable(clubId);
        if (!user.mayOversee()) throw new AccessDeniedException("visits of club " + clubId);
        return club;
    }

    // ---- reads ----

    /** A visit whose club the caller may see (404 otherwise). */
    @Transactional(readOnly = true)
    public MonitoringVisit get(long id) {
        MonitoringVisit v = visits.find(id).orElseThrow(() -> new OversightNotFound("visit " + id));
        try {
            clubs.get(v.clubId());
        } catch (vn.ishc.shared.NotFoundException outside) {
            throw new OversightNotFound("visit " + id);
        }
        return v;
    }

    /** The visit a follow-up belongs to (404 when it does not exist or lies outside the scope). */
    @Transactional(readOnly = true)
    public MonitoringVisit ofFollowUp(long followUpId) {
        return get(visits.visitOf(followUpId).orElseThrow(() -> new OversightNotFound("follow-up " + followUpId)));
    }

    /** The club (404 outside the scope). */
    @Transactional(readOnly = true)
    public ClubView club(long clubId) {
        return clubs.get(clubId);
    }

    /** Whether the caller may record visits to this (visible) club and close their follow-ups. */
    @Transactional(readOnly = true)
    public boolean mayRecord(long clubId) {
        return user.mayOversee() && clubs.mayChange(clubs.get(clubId));
    }

    /** A club's visits, latest first (404 outside the scope). */
    @Transactional(readOnly = true)
    public List<MonitoringVisit> ofClub(long clubId) {
        clubs.get(clubId);
        return visits.ofClub(clubId);
    }

    /** The checklist a visit to the club on the day is scored on (404 outside the scope). */
    @Transactional(readOnly = true)
    public PlanChecklist checklistFor(long clubId, LocalDate on) {
        ClubView club = clubs.get(clubId);
        return checklists
                .inForce(club.unitId(), on == null ? today() : on)
                .orElseThrow(() -> new OversightRefused(null, "oversight.visit.error.noPlan"));
    }

    /** The filters of the visits list: a year (null: any), a unit's territory, a rating, cancelled ones or not. */
    public record Query(Integer year, Long unitId, Rating rating, int page, int size) {
        public Query {
            page = Math.max(page, 0);
            size = size <= 0 ? PAGE_SIZE : Math.min(size, 100_000);
        }

        public Query everything() {
            return new Query(year, unitId, rating, 0, 100_000);
        }
    }

    /** One page of visits with their clubs' names. */
    public record Page(List<MonitoringVisit> visits, Map<Long, String> clubNames, long total, int page, int size) {
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
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(user.scope().unitPredicate("c.unit_id", "c.id"));
        if (q.year() != null) {
            where.append(" and v.visited_on between :from and :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q.unitId() != null)
            where.append(" and ")
                    .append(Scope.units(clubs.visibleTerritory(q.unitId()), false)
                            .unitPredicate("c.unit_id", "c.id"));
        if (q.rating() != null) {
            where.append(" and v.rating = :rating and v.cancelled_on is null");
            params.put("rating", q.rating().name());
        }
        long total = visits.count(where.toString(), params);
        List<MonitoringVisit> list = visits.page(where.toString(), params, q.size(), (long) q.page() * q.size());
        return new Page(
                list,
                visits.clubNames(list.stream().map(MonitoringVisit::clubId).collect(Collectors.toSet())),
                total,
                q.page(),
                q.size());
    }

    /** The open follow-ups past their due day in the caller's scope (at most {@code limit}), oldest due first. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(int limit) {
        return visits.overdue(user.scope().unitPredicate("c.unit_id", "c.id"), today(), limit);
    }

    @Transactional(readOnly = true)
    public long countOverdue() {
        return visits.countOverdue(user.scope().unitPredicate("c.unit_id", "c.id"), today());
    }
}
