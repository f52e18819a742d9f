package vn.ishc.activity.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.activity.care.CareCommands.EndCare;
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;
import vn.ishc.activity.care.CareCommands.PairVolunteer;
import vn.ishc.activity.care.CareCommands.RecordVisit;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;
import vn.ishc.activity.care.CareEvents.CareChanged;
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
 * A club's home care (R8): volunteers, people in care, pairings and visits, and the figures the club and its
 * ward watch (volunteers against the norm of 5, people in care, visits this month, people not visited for 30
 * days). Reads follow the scope (404 outside it) and, since the people in care are named with their frailty,
 * are announced to the access log; changes need a scope that may change the club (403 otherwise).
 */
@Service
public class HomeCareService {
    private final MonthLocks monthLocks;
    /** Where home-care data was viewed, for the access log. */
    public static final String VIEW = "home-care";

    private final HomeCare care;
    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final CurrentUser user;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HomeCareService(
            MonthLocks monthLocks,
            HomeCare care,
            ClubDirectory clubs,
            MemberRegistry members,
            CurrentUser user,
            Clock clock,
            ApplicationEventPublisher events) {
        this.monthLocks = monthLocks;
        this.care = care;
        this.clubs = clubs;
        this.members = members;
        this.user = user;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A person in care, with their last visit and whether they are flagged as not visited for 30 days. */
    public record RecipientRow(CareRecipient recipient, LocalDate lastVisit, boolean notVisited) {}

    /** A club's home care today, and its visits between two days. */
    public record ClubCare(
            ClubView club,
            LocalDate today,
            List<Volunteer> volunteers,
            List<RecipientRow> recipients,
            List<Pairing> pairings,
            List<Visit> visits,
            long activeVolunteers,
            long activeRecipients,
            long visitsThisMonth,
            boolean mayChange) {
        public boolean belowNorm() {
            return CareRules.belowNorm(activeVolunteers);
        }

        public int norm() {
            return CareRules.VOLUNTEER_NORM;
        }

        public List<RecipientRow> notVisited() {
            return recipients.stream().filter(RecipientRow::notVisited).toList();
        }

        public String volunteerName(long id) {
            return volunteers.stream()
                    .filter(v -> v.id() == id)
                    .map(Volunteer::fullName)
                    .findFirst()
                    .orElse("");
        }

        public String recipientName(long id) {
            return recipients.stream()
                    .map(RecipientRow::recipient)
                    .filter(r -> r.id() == id)
                    .map(CareRecipient::fullName)
                    .findFirst()
                    .orElse("");
        }
    }

    /**
     * The club's home care today with its visits from {@code from} to {@code to} (the last 90 days when not
     * given); logged as a view of personal data ({@code via}).
     */
    @Transactional
    public ClubCare ofClub(long clubId, LocalDate from, LocalDate to, String via) {
        ClubView club = clubs.get(clubId);
        LocalDate today = today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(89) : from;
        if (start.isAfter(end)) throw new CareRefused("from", "care.error.fromAfterTo");
        List<Volunteer> volunteers = care.volunteers(clubId);
        Map<Long, LocalDate> last = care.lastVisits(clubId, today);
        List<RecipientRow> recipients = new ArrayList<>();
        for (CareRecipient r : care.recipients(clubId)) {
            LocalDate lastVisit = last.get(r.id());
            recipients.add(new RecipientRow(
                    r, lastVisit, r.activeOn(today) && CareRules.notVisited(r.since(), lastVisit, today)));
        }
        YearMonth month = YearMonth.from(today);
        long thisMonth = care.visits(clubId, month.atDay(1), today).size();
        List<Long> people = new ArrayList<>();
        volunteers.stream().map(Volunteer::personId).filter(Objects::nonNull).forEach(people::add);
        recipients.stream()
                .map(x -> x.recipient().personId())
                .filter(Objects::nonNull)
                .forEach(people::add);
        if (!volunteers.isEmpty() || !recipients.isEmpty())
            events.publishEvent(new PersonalDataViewed(
                    via,
                    "home care of club " + clubId,
                    club.unitId(),
                    clubId,
                    people.stream().distinct().toList()));
        return new ClubCare(
                club,
                today,
                volunteers,
                recipients,
                care.pairings(clubId),
                care.visits(clubId, start, end),
                volunteers.stream().filter(v -> v.activeOn(today)).count(),
                recipients.stream().filter(x -> x.recipient().activeOn(today)).count(),
                thisMonth,
                clubs.mayChange(club));
    }

    /** A club's home care in figures only (no names, so not a view of personal data). */
    public record Figures(long volunteers, long recipients, long visitsThisMonth, long notVisited) {
        public boolean belowNorm() {
            return CareRules.belowNorm(volunteers);
        }

        public int norm() {
            return CareRules.VOLUNTEER_NORM;
        }
    }

    /** The club's figures today: volunteers, people in care, visits this month, people not visited for 30 days. */
    @Transactional(readOnly = true)
    public Figures figures(long clubId) {
        clubs.get(clubId);
        LocalDate today = today();
        Map<Long, LocalDate> last = care.lastVisits(clubId, today);
        List<CareRecipient> inCare =
                care.recipients(clubId).stream().filter(r -> r.activeOn(today)).toList();
        return new Figures(
                care.volunteers(clubId).stream().filter(v -> v.activeOn(today)).count(),
                inCare.size(),
                care.visits(clubId, YearMonth.from(today).atDay(1), today).size(),
                inCare.stream()
                        .filter(r -> CareRules.notVisited(r.since(), last.get(r.id()), today))
                        .count());
    }

    /** The club's members today, to choose a volunteer or a recipient among them (404 outside the scope). */
    @Transactional(readOnly = true)
    public List<MemberView> membersToday(long clubId) {
        return members.membersOf(clubId, today());
    }

    @Transactional
    public Volunteer enrol(EnrolVolunteer c) {
        ClubView club = clubs.writable(c.clubId());
        Volunteer v = care.insert(Volunteer.enrol(c, memberName(club, c.personId()), today()));
        publish("care-volunteer", v.id(), club, "VolunteerEnrolled", v);
        return v;
    }

    @Transactional
    public CareRecipient take(TakeIntoCare c) {
        ClubView club = clubs.writable(c.clubId());
        CareRecipient r = care.insert(CareRecipient.take(c, memberName(club, c.personId()), today()));
        publish("care-recipient", r.id(), club, "TakenIntoCare", r);
        return r;
    }

    @Transactional
    public Pairing pair(PairVolunteer c) {
        ClubView club = clubs.writable(c.clubId());
        Volunteer v = volunteerOf(club, c.volunteerId());
        CareRecipient r = recipientOf(club, c.recipientId());
        Pairing p = care.insert(Pairing.pair(v, r, c.since(), today(), care.pairings(club.id())));
        publish("care-pairing", p.id(), club, "VolunteerPaired", p);
        return p;
    }

    @Transactional
    public Visit visit(RecordVisit c) {
        ClubView club = clubs.writable(c.clubId());
        Visit made = Visit.record(
                c,
                volunteerOf(club, c.volunteerId()),
                recipientOf(club, c.recipientId()),
                today(),
                club.foundedOn(),
                user.name(),
                clock.instant());
        monthLocks.ensureOpen(club.id(), made.visitedOn());
        Visit v = care.insert(made);
        publish("care-visit", v.id(), club, "VisitRecorded", v);
        return v;
    }

    @Transactional
    public Volunteer endVolunteer(EndCare c) {
        Volunteer v = care.volunteer(c.id()).orElseThrow(() -> new CareNotFound("volunteer " + c.id()));
        ClubView club = writableOrNotFound(v.clubId(), "volunteer " + c.id());
        Volunteer ended = v.end(c.until(), today());
        care.end("care_volunteer", v.id(), c.until());
        events.publishEvent(new CareChanged(
                "care-volunteer",
                v.id(),
                club.id(),
                club.unitId(),
                "VolunteerLeft",
                FieldChange.between(v, ended, "id", "clubId")));
        return ended;
    }

    @Transactional
    public CareRecipient endCare(EndCare c) {
        CareRecipient r = care.recipient(c.id()).orElseThrow(() -> new CareNotFound("recipient " + c.id()));
        ClubView club = writableOrNotFound(r.clubId(), "recipient " + c.id());
        CareRecipient ended = r.end(c.until(), today());
        care.end("care_recipient", r.id(), c.until());
        events.publishEvent(new CareChanged(
                "care-recipient",
                r.id(),
                club.id(),
                club.unitId(),
                "CareEnded",
                FieldChange.between(r, ended, "id", "clubId")));
        return ended;
    }

    @Transactional
    public Pairing endPairing(EndCare c) {
        Pairing p = care.pairing(c.id()).orElseThrow(() -> new CareNotFound("pairing " + c.id()));
        ClubView club = writableOrNotFound(p.clubId(), "pairing " + c.id());
        Pairing ended = p.end(c.until(), today());
        care.end("care_pairing", p.id(), c.until());
        events.publishEvent(new CareChanged(
                "care-pairing",
                p.id(),
                club.id(),
                club.unitId(),
                "PairingEnded",
                FieldChange.between(p, ended, "id", "clubId")));
        return ended;
    }

    private void publish(String type, long id, ClubView club, String action, Record after) {
        events.publishEvent(new CareChanged(
                type, id, club.id(), club.unitId(), action, FieldChange.between(null, after, "id", "clubId")));
    }

    private Volunteer volunteerOf(ClubView club, long id) {
        return care.volunteer(id)
                .filter(v -> v.clubId() == club.id())
                .orElseThrow(() -> new CareRefused("volunteerId", "care.error.otherClub"));
    }

    private CareRecipient recipientOf(ClubView club, long id) {
        return care.recipient(id)
                .filter(r -> r.clubId() == club.id())
                .orElseThrow(() -> new CareRefused("recipientId", "care.error.otherClub"));
    }

    /** The member's name when the person is a member of the club today; null for no person or a non-member. */
    private String memberName(ClubView club, Long personId) {
        if (personId == null) return null;
        return members.membersOf(club.id(), today()).stream()
                .filter(m -> m.personId() == personId)
                .map(m -> m.person().fullName())
                .findFirst()
                .orElse(null);
    }

    private ClubView writableOrNotFound(long clubId, String what) {
        try {
            return clubs.writable(clubId);
        } catch (NotFoundException outside) {
            throw new CareNotFound(what);
        }
    }
}
