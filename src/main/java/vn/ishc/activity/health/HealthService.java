package vn.ishc.activity.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.activity.health.HealthCommands.JoinExerciseGroup;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.StartExerciseGroup;
import vn.ishc.activity.health.HealthEvents.ExerciseGroupChanged;
import vn.ishc.activity.health.HealthEvents.HealthCheckRecorded;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.PersonalDataViewed;

/**
 * Health checks, screenings and exercise groups of a club (R7). Everyone whose scope holds the club sees its
 * checks as counts (day, station, examiner, how many examined) and its exercise groups as counts; the
 * readings and who was examined or takes part only those who {@link CurrentUser#mayReadHealthData()} (403
 * for the others), and every such view is announced as {@link PersonalDataViewed} for the access log. Checks
 * are recorded by those who {@link CurrentUser#mayRecordHealthChecks()} (the health department's viewers
 * too); exercise groups by those who may change the club. Outside the scope: 404.
 */
@Service
public class HealthService {
    private final MonthLocks monthLocks;
    /** Where health data was viewed, for the access log ({@code audit.what.<kind>}). */
    public static final String VIEW_CHECK = "health-check";

    public static final String VIEW_READINGS = "health-readings";
    public static final String VIEW_EXPORT = "health-export";

    private final HealthChecks checks;
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HealthService(
            MonthLocks monthLocks,
            HealthChecks checks,
            ClubDirectory clubs,
            MemberRegistry members,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.monthLocks = monthLocks;
        this.checks = checks;
        this.clubs = clubs;
        this.members = members;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the current user reads health readings (in the clubs of their scope). */
    public boolean mayRead() {
        return user.mayReadHealthData();
    }

    /** Whether the current user may record a health check in this (visible) club. */
    public boolean mayRecord(ClubView club) {
        return user.mayRecordHealthChecks() && user.scope().includes(club.unitId(), club.id());
    }

    /** An exercise group with its participants' names (empty for those who may not read health data). */
    public record Group(ExerciseGroup group, int taking, Map<Long, String> participants) {}

    /** A club's health records as the user may see them. */
    public record ClubHealth(
            ClubView club,
            List<HealthChecks.Summary> checks,
            List<Group> groups,
            boolean mayRead,
            boolean mayRecord,
            boolean mayChangeGroups) {
        public int examined() {
            return checks.stream().mapToInt(HealthChecks.Summary::examined).sum();
        }
    }

    /** The club's checks and groups (404 outside the scope); participants' names only to readers (logged). */
    @Transactional
    public ClubHealth ofClub(long clubId) {
        ClubView club = clubs.get(clubId);
        boolean read = mayRead();
        List<ExerciseGroup> groups = checks.groups(clubId);
        Map<Long, String> names = read
                ? members.namesOf(
                        groups.stream().flatMap(g -> g.personIds().stream()).collect(Collectors.toSet()))
                : Map.of();
        List<Group> out = groups.stream()
                .map(g -> new Group(
                        g,
                        g.personIds().size(),
                        read
                                ? g.personIds().stream()
                                        .collect(Collectors.toMap(p -> p, names::get, (a, b) -> a, LinkedHashMap::new))
                                : Map.of()))
                .toList();
        if (read && !names.isEmpty())
            events.publishEvent(new PersonalDataViewed(
                    VIEW_CHECK, "exercise groups of club " + clubId, club.unitId(), clubId, names.keySet()));
        return new ClubHealth(club, checks.summaries(clubId), out, read, mayRecord(club), clubs.mayChange(club));
    }

    /** The club's checks as counts, for exports and the API (404 outside the scope). */
    @Transactional(readOnly = true)
    public List<HealthChecks.Summary> summaries(long clubId) {
        clubs.get(clubId);
        return checks.summaries(clubId);
    }

    /** A check whole, with its members' names: its club and the people examined. */
    public record CheckView(ClubView club, HealthCheck check, Map<Long, String> names) {}

    /**
     * A check with every reading, for a page, the API or an export ({@code via}: {@link #VIEW_CHECK} or
     * {@link #VIEW_EXPORT}): 404 outside the scope, 403 for those who may not read health data; logged.
     */
    @Transactional
    public CheckView check(long checkId, String via) {
        HealthCheck c = checks.find(checkId).orElseThrow(() -> new HealthCheckNotFound("health check " + checkId));
        ClubView club = readable(c.clubId(), "health check " + checkId);
        Map<Long, String> names =
                members.namesOf(c.screenings().stream().map(Screening::personId).toList());
        events.publishEvent(
                new PersonalDataViewed(via, "health check " + checkId, club.unitId(), club.id(), names.keySet()));
        return new CheckView(club, c, names);
    }

    /** A member's readings over time, at the checks of the clubs in the caller's scope. */
    public record Readings(ClubView club, long personId, String name, List<HealthChecks.Reading> readings) {}

    /**
     * The readings of a member (or former member) of the club over time ({@code via}: {@link #VIEW_READINGS}
     * or {@link #VIEW_EXPORT}): 404 when the club is outside the scope or the person never belonged to it,
     * 403 for those who may not read health data; logged.
     */
    @Transactional
    public Readings readings(long clubId, long personId, String via) {
        ClubView club = readable(clubId, "club " + clubId);
        boolean ofClub = members.membershipsOf(clubId).stream().anyMatch(m -> m.personId() == personId);
        if (!ofClub) throw new HealthCheckNotFound("person " + personId + " in club " + clubId);
        List<HealthChecks.Reading> readings =
                checks.readingsOf(personId, user.scope().unitPredicate("c.unit_id", "c.id"));
        events.publishEvent(new PersonalDataViewed(
                via, "readings of person " + personId, club.unitId(), club.id(), List.of(personId)));
        return new Readings(club, personId, members.namesOf(List.of(personId)).get(personId), readings);
    }

    /** The members of the club on a day, to choose who was examined (404 outside the scope). */
    @Transactional(readOnly = true)
    public List<MemberView> membersOn(long clubId, LocalDate on) {
        return members.membersOf(clubId, on == null ? today() : on);
    }

    /** Records a check with its screenings as one document (403 unless the user may record checks). */
    @Transactional
    public HealthCheck record(RecordHealthCheck c) {
        ClubView club = clubs.get(c.clubId());
        if (!mayRecord(club)) throw new AccessDeniedException("may not record health checks");
        LocalDate today = today();
        Map<Long, String> onTheDay = new LinkedHashMap<>();
        if (c.checkedOn() != null && !c.checkedOn().isAfter(today))
            for (MemberView m : members.membersOf(club.id(), c.checkedOn()))
                onTheDay.put(m.personId(), m.person().fullName());
        HealthCheck check = HealthCheck.record(
                c, new HealthCheck.Context(today, club.foundedOn(), onTheDay), user.name(), clock.instant());
        monthLocks.ensureOpen(club.id(), check.checkedOn());
        check = checks.insert(check);
        events.publishEvent(new HealthCheckRecorded(
                check.id(),
                club.id(),
                club.unitId(),
                check.checkedOn(),
                check.station(),
                check.examiner(),
                check.examined()));
        return check;
    }

    /** Starts an exercise group (403 for a read-only scope). */
    @Transactional
    public ExerciseGroup start(StartExerciseGroup c) {
        ClubView club = clubs.writable(c.clubId());
        LocalDate today = today();
        ExerciseGroup g = checks.insertGroup(ExerciseGroup.start(
                club.id(), c.name(), c.kind(), c.since(), c.personIds(), today, club.foundedOn(), membersToday(club)));
        events.publishEvent(new ExerciseGroupChanged(
                g.id(),
                club.id(),
                club.unitId(),
                "ExerciseGroupStarted",
                FieldChange.between(Map.of(), groupFields(g))));
        return g;
    }

    /** A member of the club joins an exercise group (403 for a read-only scope). */
    @Transactional
    public ExerciseGroup join(JoinExerciseGroup c) {
        ExerciseGroup g =
                checks.findGroup(c.groupId()).orElseThrow(() -> new HealthCheckNotFound("group " + c.groupId()));
        ClubView club;
        try {
            club = clubs.writable(g.clubId());
        } catch (NotFoundException outside) {
            throw new HealthCheckNotFound("group " + c.groupId());
        }
        g.join(c.personId(), membersToday(club));
        checks.addMember(g.id(), c.personId());
        events.publishEvent(new ExerciseGroupChanged(
                g.id(),
                club.id(),
                club.unitId(),
                "ExerciseGroupJoined",
                List.of(new FieldChange("personId", null, String.valueOf(c.personId())))));
        return checks.findGroup(g.id()).orElseThrow();
    }

    private static Map<String, Object> groupFields(ExerciseGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("kind", g.kind());
        m.put("since", g.since());
        m.put("participants", g.personIds().size());
        return m;
    }

    private Set<Long> membersToday(ClubView club) {
        Set<Long> ids = new HashSet<>();
        for (MemberView m : members.membersOf(club.id(), today())) ids.add(m.personId());
        return ids;
    }

    private ClubView readable(long clubId, String what) {
        ClubView club;
        try {
            club = clubs.get(clubId);
        } catch (NotFoundException outside) {
            throw new HealthCheckNotFound(what);
        }
        if (!mayRead()) throw new AccessDeniedException("may not read health data");
        return club;
    }
}
