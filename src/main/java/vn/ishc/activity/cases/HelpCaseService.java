package vn.ishc.activity.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.activity.cases.CaseCommands.AddStep;
import vn.ishc.activity.cases.CaseCommands.CloseCase;
import vn.ishc.activity.cases.CaseCommands.OpenCase;
import vn.ishc.activity.cases.CaseEvents.CaseChanged;
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
 * Self-help and rights cases of a club (R9). Reads follow the scope (404 outside it) and are announced to the
 * access log (a case names a person and their situation); changes need a scope that may change the club.
 */
@Service
public class HelpCaseService {
    private final MonthLocks monthLocks;
    /** Where cases were viewed, for the access log. */
    public static final String VIEW = "help-cases";

    private final HelpCases cases;
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HelpCaseService(
            MonthLocks monthLocks,
            HelpCases cases,
            ClubDirectory clubs,
            MemberRegistry members,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.monthLocks = monthLocks;
        this.cases = cases;
        this.clubs = clubs;
        this.members = members;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A club's cases and whether the user may change them. */
    public record ClubCases(ClubView club, List<HelpCase> cases, boolean mayChange) {
        public long open() {
            return cases.stream().filter(c -> !c.closed()).count();
        }
    }

    @Transactional
    public ClubCases ofClub(long clubId) {
        ClubView club = clubs.get(clubId);
        List<HelpCase> list = cases.ofClub(clubId);
        if (!list.isEmpty())
            events.publishEvent(new PersonalDataViewed(
                    VIEW,
                    "cases of club " + clubId,
                    club.unitId(),
                    clubId,
                    list.stream()
                            .map(HelpCase::personId)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList()));
        return new ClubCases(club, list, clubs.mayChange(club));
    }

    /** How many cases the club has, and how many are open: figures only, not logged. */
    public record Figures(long cases, long open) {}

    @Transactional(readOnly = true)
    public Figures figures(long clubId) {
        clubs.get(clubId);
        List<HelpCase> list = cases.ofClub(clubId);
        return new Figures(list.size(), list.stream().filter(c -> !c.closed()).count());
    }

    /** A case with its club (404 outside the scope); logged. */
    public record CaseView(ClubView club, HelpCase helpCase, boolean mayChange) {}

    @Transactional
    public CaseView get(long caseId) {
        HelpCase c = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        ClubView club;
        try {
            club = clubs.get(c.clubId());
        } catch (NotFoundException outside) {
            throw new CaseNotFound(caseId);
        }
        events.publishEvent(new PersonalDataViewed(
                VIEW,
                "case " + caseId,
                club.unitId(),
                club.id(),
                c.personId() == null ? List.of() : List.of(c.personId())));
        return new CaseView(club, c, clubs.mayChange(club));
    }

    /** The club's members today, to choose who was helped (404 outside the scope). */
    @Transactional(readOnly = true)
    public List<MemberView> membersToday(long clubId) {
        return members.membersOf(clubId, today());
    }

    @Transactional
    public HelpCase open(OpenCase c) {
        ClubView club = clubs.writable(c.clubId());
        String memberName = null;
        if (c.personId() != null)
            memberName = members.membersOf(club.id(), today()).stream()
                    .filter(m -> m.personId() == c.personId())
                    .map(m -> m.person().fullName())
                    .findFirst()
                    .orElse(null);
        HelpCase opened = HelpCase.open(c, memberName, today(), club.foundedOn(), user.name(), clock.instant());
        monthLocks.ensureOpen(club.id(), opened.openedOn());
        HelpCase h = cases.insert(opened);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", h.personId());
        after.put("helpedName", h.helpedName());
        after.put("kind", h.kind());
        after.put("openedOn", h.openedOn());
        after.put("summary", h.summary());
        events.publishEvent(
                new CaseChanged(h.id(), club.id(), club.unitId(), "CaseOpened", FieldChange.between(Map.of(), after)));
        return h;
    }

    @Transactional
    public HelpCase addStep(AddStep c) {
        HelpCase h = writableCase(c.caseId(), c.version());
        HelpCase.Step s = h.addStep(c.takenOn(), c.what(), today());
        monthLocks.ensureOpen(h.clubId(), s.takenOn());
        cases.update(h, c.version());
        cases.insertStep(h.id(), h.steps().size() - 1, s);
        events.publishEvent(new CaseChanged(
                h.id(),
                h.clubId(),
                clubs.get(h.clubId()).unitId(),
                "CaseStepAdded",
                List.of(new FieldChange("step", null, s.takenOn() + ": " + s.what()))));
        return cases.find(h.id()).orElseThrow();
    }

    @Transactional
    public HelpCase close(CloseCase c) {
        HelpCase h = writableCase(c.caseId(), c.version());
        h.close(c.closedOn(), c.outcome(), today());
        monthLocks.ensureOpen(h.clubId(), h.closedOn());
        cases.update(h, c.version());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("closedOn", h.closedOn());
        after.put("outcome", h.outcome());
        events.publishEvent(new CaseChanged(
                h.id(),
                h.clubId(),
                clubs.get(h.clubId()).unitId(),
                "CaseClosed",
                FieldChange.between(Map.of(), after)));
        return cases.find(h.id()).orElseThrow();
    }

    private HelpCase writableCase(long caseId, int version) {
        HelpCase h = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        try {
            clubs.writable(h.clubId());
        } catch (NotFoundException outside) {
            throw new CaseNotFound(caseId);
        }
        if (h.version() != version) throw new CaseEditedConcurrently();
        return h;
    }
}
