package vn.ishc.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.member.MemberCommands.ErasePerson;
import vn.ishc.member.MemberCommands.JoinClub;
import vn.ishc.member.MemberCommands.LeaveClub;
import vn.ishc.member.MemberCommands.MergePeople;
import vn.ishc.member.MemberCommands.MoveMember;
import vn.ishc.member.MemberCommands.RegisterMember;
import vn.ishc.member.MemberCommands.UpdatePerson;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.Scope;
import vn.ishc.shared.SearchText;

/**
 * People and memberships within the current user's scope: a member is visible through the clubs they
 * belong or belonged to, and changed only by someone who may change that club.
 */
@Service
public class MemberRegistry {
    private final MonthLocks monthLocks;
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,20}");

    private static final String SELECT = "select p.id as person_id, p.version as person_version, p.full_name, p.sex,"
            + " p.birth_date, p.birth_year, p.ethnicity, p.household_status, p.household_status_year, p.disability,"
            + " p.lives_alone, p.other_hardship, p.national_id, p.phone, p.residential_group, p.erased_on,"
            + " m.id as membership_id,"
            + " m.club_id, c.unit_id as club_unit_id, c.name as club_name, m.joined_on, m.join_reason, m.left_on, m.leave_reason"
            + " from membership m join person p on p.id = m.person_id join club_fact_v c on c.id = m.club_id";

    private final People people;
    private final Memberships memberships;
    private final JdbcClient jdbc;
    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final CurrentUser currentUser;
    private final CompositionStandards standards;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    MemberRegistry(
            MonthLocks monthLocks,
            People people,
            Memberships memberships,
            JdbcClient jdbc,
            ClubDirectory clubs,
            UnitDirectory units,
            CurrentUser currentUser,
            CompositionStandards standards,
            Clock clock,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.monthLocks = monthLocks;
        this.messages = messages;
        this.people = people;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.units = units;
        this.currentUser = currentUser;
        this.standards = standards;
        this.clock = clock;
        this.events = events;
    }

    /** The composition standard of the plan in force today ({@link CompositionStandards#on}). */
    public CompositionStandard standard() {
        return standards.on(LocalDate.now(clock));
    }

    /** The composition standard for a club on a day ({@link CompositionStandards#forClub}). */
    public CompositionStandard standard(long clubId, LocalDate on) {
        return standards.forClub(clubId, on);
    }

    // ---- reading ----

    /** One page of members in scope matching the filters, by name. */
    public MemberPage search(MemberQuery q) {
        Scope scope = currentUser.scope();
        // A filter outside the scope is not found, as a club or unit that does not exist (docs/security.md).
        if (q.clubId() != null) clubs.get(q.clubId());
        Set<Long> territory = q.unitId() != null ? clubs.visibleTerritory(q.unitId()) : null;
        LocalDate on = q.activeOn() != null ? q.activeOn() : LocalDate.now(clock);
        AgeRule age = (q.clubId() != null ? standards.forClub(q.clubId(), on) : standards.on(on)).ageRule();
        StringBuilder where = new StringBuilder(" where p.merged_into_id is null and ")
                .append(scope.unitPredicate("c.unit_id", "c.id"));
        Map<String, Object> params = new HashMap<>();
        if (q.clubId() != null) {
            where.append(" and m.club_id = :club");
            params.put("club", q.clubId());
        }
        if (territory != null) {
            where.append(" and ").append(Scope.units(territory, false).unitPredicate("c.unit_id", "c.id"));
        }
        if (q.activeOn() != null) {
            where.append(" and m.joined_on <= :on and (m.left_on is null or m.left_on >= :on)");
            params.put("on", q.activeOn());
        }
        if (q.sex() != null) {
            where.append(" and p.sex = :sex");
            params.put("sex", q.sex().name());
        }
        if (q.older() != null) {
            where.append(" and ").append(olderSql()).append(q.older() ? " = 1" : " = 0");
            params.put("olderDate", age.latestOlderBirthDate(on));
            params.put("olderYear", age.latestOlderBirthYear(on));
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and p.name_key like :text");
            params.put("text", "%" + SearchText.key(q.text()) + "%");
        }
        long total = jdbc.sql("select count(*) from membership m join person p on p.id = m.person_id"
                        + " join club_fact_v c on c.id = m.club_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<MemberView> page = jdbc.sql(
                        SELECT + where + " order by p.name_key, p.id, m.joined_on limit :limit offset :offset")
                .params(params)
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query((rs, n) -> view(rs, on, scope, age))
                .list();
        return new MemberPage(page, total, q.page(), q.size());
    }

    /** The club's members on a date (404 when the club is outside the scope). */
    public List<MemberView> membersOf(long clubId, LocalDate on) {
        clubs.get(clubId);
        return search(new MemberQuery(clubId, null, on, null, null, null, 0, 1_000_000))
                .members();
    }

    /** A membership with its person (404 when outside the scope). */
    public MemberView membership(long membershipId) {
        MemberView v = jdbc.sql(SELECT + " where m.id = :id")
                .param("id", membershipId)
                .query((rs, n) -> view(
                        rs,
                        LocalDate.now(clock),
                        currentUser.scope(),
                        standard().ageRule()))
                .optional()
                .orElseThrow(() -> new MemberNotFound("membership " + membershipId));
        clubs.get(v.clubId());
        return v;
    }

    /** Every membership of a person, oldest first, as far as the scope lets the user see. */
    public List<MemberView> historyOf(long personId) {
        Scope scope = currentUser.scope();
        List<MemberView> history = jdbc.sql(SELECT + " where p.id = :id and " + scope.unitPredicate("c.unit_id", "c.id")
                        + " order by m.joined_on, m.id")
                .param("id", personId)
                .query((rs, n) ->
                        view(rs, LocalDate.now(clock), scope, standard().ageRule()))
                .list();
        if (history.isEmpty()) throw new MemberNotFound("person " + personId);
        return history;
    }

    /**
     * Every membership a club has had, oldest first, whoever the caller is: for a module that has checked
     * the club against the scope itself or loads demo data without one.
     */
    public List<ClubMembership> membershipsOf(long clubId) {
        return jdbc.sql("select person_id, joined_on, left_on from membership where club_id = :c order by id")
                .param("c", clubId)
                .query((rs, n) -> new ClubMembership(
                        rs.getLong("person_id"),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class)))
                .list();
    }

    /**
     * People's full names by id, whoever the caller is: for a module that has checked what refers to them
     * against the scope (a loan names its borrower, who may have left the club since).
     */
    public Map<Long, String> namesOf(Collection<Long> personIds) {
        Map<Long, String> out = new HashMap<>();
        if (personIds.isEmpty()) return out;
        jdbc.sql("select id, full_name from person where id in (:ids)")
                .param("ids", personIds)
                .query((java.sql.ResultSet rs) -> {
                    out.put(rs.getLong("id"), rs.getString("full_name"));
                });
        return out;
    }

    /** The composition of one club on a date. */
    public Composition compositionOf(long clubId, LocalDate on) {
        clubs.get(clubId);
        return compositions(List.of(clubId), on)
                .getOrDefault(clubId, Composition.of(0, 0, 0, 0, standards.forClub(clubId, on)));
    }

    /** A club's members over a month: who joined, who left, and the composition on its last day. */
    public record MonthFigures(int joined, int left, Composition atEnd) {}

    /**
     * A club's members over a month, read without a scope check: for the report module, whose service decides
     * who may see the club's report. Reads only.
     */
    public MonthFigures monthFigures(long clubId, java.time.YearMonth month) {
        LocalDate from = month.atDay(1), to = month.atEndOfMonth();
        int joined = jdbc.sql(
                        "select count(*) from member_fact_v where club_id = :club and joined_on between :from and :to")
                .param("club", clubId)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
        int left = jdbc.sql(
                        "select count(*) from member_fact_v where club_id = :club and left_on between :from and :to")
                .param("club", clubId)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
        return new MonthFigures(
                joined,
                left,
                compositions(List.of(clubId), to)
                        .getOrDefault(clubId, Composition.of(0, 0, 0, 0, standards.forClub(clubId, to))));
    }

    /**
     * The compositions of the given clubs on a date, each against the standard of its plan ({@link
     * CompositionStandards#forClub}): one query per standard (one, unless the clubs fall under plans with
     * different rules).
     */
    public Map<Long, Composition> compositions(Collection<Long> clubIds, LocalDate on) {
        Map<Long, Composition> result = new HashMap<>();
        if (clubIds.isEmpty()) return result;
        Map<CompositionStandard, List<Long>> byStandard = new java.util.LinkedHashMap<>();
        standards
                .forClubs(clubIds, on)
                .forEach((id, s) -> byStandard
                        .computeIfAbsent(s, k -> new java.util.ArrayList<>())
                        .add(id));
        byStandard.forEach((standard, ids) -> result.putAll(compositions(ids, on, standard)));
        return result;
    }

    private Map<Long, Composition> compositions(Collection<Long> clubIds, LocalDate on, CompositionStandard standard) {
        Map<Long, Composition> result = new HashMap<>();
        AgeRule age = standard.ageRule();
        jdbc.sql("select m.club_id, count(*) as members,"
                        + " sum(case when m.sex = 'FEMALE' then 1 else 0 end) as women,"
                        + " sum(" + MemberFacts.olderOn("m", ":olderDate", ":olderYear") + ") as older,"
                        + " sum(m.disadvantaged) as disadvantaged"
                        + " from member_fact_v m"
                        + " where m.club_id in (" + ids(clubIds) + ")"
                        + " and m.joined_on <= :on and (m.left_on is null or m.left_on >= :on)"
                        + " group by m.club_id")
                .param("on", on)
                .param("olderDate", age.latestOlderBirthDate(on))
                .param("olderYear", age.latestOlderBirthYear(on))
                .query(rs -> {
                    result.put(
                            rs.getLong("club_id"),
                            Composition.of(
                                    rs.getInt("members"),
                                    rs.getInt("women"),
                                    rs.getInt("older"),
                                    rs.getInt("disadvantaged"),
                                    standard));
                });
        for (Long id : clubIds) result.putIfAbsent(id, Composition.of(0, 0, 0, 0, standard));
        return result;
    }

    /**
     * Other records that may be this person: the same national ID (a refusal, {@link MemberRefused}), or
     * the same normalised name and birth year in a club of the same ward (returned, for a warning).
     */
    public List<PossibleDuplicates.Candidate> duplicatesOf(PersonDetails d, long clubId, Long exceptPersonId) {
        if (d.nationalId() != null && !d.nationalId().isBlank()) {
            people.findByNationalId(d.nationalId().strip())
                    .filter(p -> !p.id().equals(exceptPersonId))
                    .ifPresent(p -> {
                        throw new MemberRefused("nationalId", "member.error.nationalIdTaken");
                    });
        }
        Set<Long> ward = wardOf(clubId);
        List<PossibleDuplicates.Candidate> found = new ArrayList<>();
        for (Person p : people.findByNameKeyAndBirthYearAndMergedIntoIdIsNull(
                SearchText.key(d.fullName()), d.effectiveBirthYear())) {
            if (p.id().equals(exceptPersonId)) continue;
            for (Membership m : memberships.findByPersonIdOrderByJoinedOn(p.id())) {
                if (wardOf(m.clubId()).stream().anyMatch(ward::contains)) {
                    // The other record's club is named only if the user may see that club.
                    Scope scope = currentUser.scope();
                    String clubName = clubs.findForAdministration(m.clubId())
                            .filter(c -> scope.includes(c.unitId(), c.id()))
                            .map(ClubView::name)
                            .orElse(null);
                    found.add(new PossibleDuplicates.Candidate(
                            p.id(), p.details().fullName(), p.details().effectiveBirthYear(), m.clubId(), clubName));
                    break;
                }
            }
        }
        return found;
    }

    /** Whether the current user may merge people (not club boards: records across clubs are the ward's). */
    public boolean mayMerge() {
        return currentUser.mayMergePeople() && currentUser.scope().writable();
    }

    /** Possible duplicates of a member on record, for their page (never throws for a national ID). */
    public List<PossibleDuplicates.Candidate> duplicatesOfQuietly(MemberView member) {
        PersonDetails d = member.person();
        PersonDetails withoutId = new PersonDetails(
                d.fullName(),
                d.sex(),
                d.birthDate(),
                d.birthYear(),
                d.ethnicity(),
                d.householdStatus(),
                d.householdStatusYear(),
                d.disability(),
                d.livesAlone(),
                d.otherHardship(),
                null,
                d.phone(),
                d.residentialGroup());
        return duplicatesOf(withoutId, member.clubId(), member.personId());
    }

    // ---- changing ----

    @Transactional
    public MemberSaved register(RegisterMember command) {
        ClubView club = changeableClub(command.clubId());
        checkJoin(club, command.joinedOn());
        monthLocks.ensureOpen(club.id(), command.joinedOn());
        validate(command.person());
        List<PossibleDuplicates.Candidate> duplicates = duplicatesOf(command.person(), club.id(), null);
        if (!duplicates.isEmpty() && !command.notADuplicate()) throw new PossibleDuplicates(duplicates);
        Composition before = compositionOf(club.id(), LocalDate.now(clock));
        Person person = people.save(Person.record(command.person()));
        Membership membership =
                memberships.save(Membership.join(person.id(), club.id(), command.joinedOn(), command.joinReason()));
        events.publishEvent(new MemberEvents.PersonRecorded(
                person.id(), club.id(), club.unitId(), MemberEvents.changes(null, person.details())));
        joined(membership, club);
        return saved(membership.id(), club.id(), before);
    }

    @Transactional
    public MemberSaved join(JoinClub command) {
        ClubView club = changeableClub(command.clubId());
        checkJoin(club, command.joinedOn());
        monthLocks.ensureOpen(club.id(), command.joinedOn());
        Person person = people.findById(command.personId())
                .filter(p -> p.mergedIntoId() == null)
                .orElseThrow(() -> new MemberNotFound("person " + command.personId()));
        refuseErased(person, "personId");
        checkFree(person.id(), command.joinedOn());
        Composition before = compositionOf(club.id(), LocalDate.now(clock));
        Membership m =
                memberships.save(Membership.join(person.id(), club.id(), command.joinedOn(), command.joinReason()));
        joined(m, club);
        return saved(m.id(), club.id(), before);
    }

    @Transactional
    public MemberSaved update(UpdatePerson command) {
        List<MemberView> history = historyOf(command.personId());
        MemberView latest = history.get(history.size() - 1);
        ClubView club = changeableClub(latest.clubId());
        Person person = people.findById(command.personId()).orElseThrow();
        refuseErased(person, "fullName");
        if (person.version() != command.version()) throw new MemberEditedConcurrently(command.personId());
        validate(command.person());
        List<PossibleDuplicates.Candidate> duplicates = duplicatesOf(command.person(), club.id(), person.id());
        if (!duplicates.isEmpty() && !command.notADuplicate()) throw new PossibleDuplicates(duplicates);
        Composition before = compositionOf(club.id(), LocalDate.now(clock));
        PersonDetails old = person.details();
        person.describe(command.person());
        people.save(person);
        var changes = MemberEvents.changes(old, person.details());
        if (!changes.isEmpty())
            events.publishEvent(new MemberEvents.PersonChanged(person.id(), club.id(), club.unitId(), changes));
        return saved(latest.membershipId(), club.id(), before);
    }

    @Transactional
    public MemberSaved leave(LeaveClub command) {
        Membership m = memberships
                .findById(command.membershipId())
                .orElseThrow(() -> new MemberNotFound("membership " + command.membershipId()));
        ClubView club = changeableClub(m.clubId());
        Composition before = compositionOf(m.clubId(), LocalDate.now(clock));
        m.leave(command.leftOn(), command.reason());
        monthLocks.ensureOpen(club.id(), m.leftOn());
        memberships.save(m);
        events.publishEvent(new MemberEvents.MemberLeft(
                m.id(), m.personId(), club.id(), club.unitId(), m.leftOn(), command.reason()));
        return saved(m.id(), m.clubId(), before);
    }

    @Transactional
    public MemberSaved move(MoveMember command) {
        Membership from = memberships
                .findById(command.membershipId())
                .orElseThrow(() -> new MemberNotFound("membership " + command.membershipId()));
        changeableClub(from.clubId());
        refuseErased(people.findById(from.personId()).orElseThrow(), "personId");
        ClubView to = changeableClub(command.toClubId());
        if (to.id() == from.clubId()) throw new MemberRefused("toClubId", "member.error.sameClub");
        checkJoin(to, command.on().plusDays(1));
        from.leave(command.on(), command.reason());
        monthLocks.ensureOpen(from.clubId(), command.on());
        monthLocks.ensureOpen(to.id(), command.on().plusDays(1));
        memberships.save(from);
        checkFree(from.personId(), command.on().plusDays(1));
        Composition before = compositionOf(to.id(), LocalDate.now(clock));
        Membership joined = memberships.save(
                Membership.join(from.personId(), to.id(), command.on().plusDays(1), command.reason()));
        events.publishEvent(new MemberEvents.MemberMoved(
                from.personId(),
                from.id(),
                joined.id(),
                from.clubId(),
                to.id(),
                to.unitId(),
                command.on(),
                command.reason()));
        return saved(joined.id(), to.id(), before);
    }

    /**
     * Merges two records of one person: every membership of the duplicate moves to the kept record (two
     * overlapping memberships of the same club become one); overlapping memberships of different clubs
     * are refused. Club boards cannot merge.
     */
    @Transactional
    public MemberView merge(MergePeople command) {
        if (command.keepPersonId() == command.duplicatePersonId())
            throw new MemberRefused("duplicatePersonId", "member.error.mergeSelf");
        if (!mayMerge()) throw new AccessDeniedException("may not merge people");
        for (long id : List.of(command.keepPersonId(), command.duplicatePersonId())) {
            historyOf(id).forEach(v -> changeableClub(v.clubId()));
        }
        Person keep = people.findById(command.keepPersonId()).orElseThrow();
        Person duplicate = people.findById(command.duplicatePersonId()).orElseThrow();
        if (keep.mergedIntoId() != null || duplicate.mergedIntoId() != null)
            throw new MemberRefused("duplicatePersonId", "member.error.alreadyMerged");
        if (keep.erased() || duplicate.erased())
            throw new MemberRefused("duplicatePersonId", "personal.error.erasedNoChange");
        List<Membership> kept = new ArrayList<>(memberships.findByPersonIdOrderByJoinedOn(keep.id()));
        for (Membership m : memberships.findByPersonIdOrderByJoinedOn(duplicate.id())) {
            Membership sameClub = null;
            for (Membership k : kept) {
                if (overlap(k, m)) {
                    if (!k.clubId().equals(m.clubId()))
                        throw new MemberRefused("duplicatePersonId", "member.error.mergeOverlap");
                    sameClub = k;
                }
            }
            if (sameClub != null) {
                sameClub.absorb(m);
                memberships.delete(m);
                memberships.save(sameClub);
            } else {
                m.transferTo(keep.id());
                memberships.save(m);
                kept.add(m);
            }
        }
        PersonDetails old = keep.details();
        keep.absorb(duplicate);
        people.save(duplicate);
        people.save(keep);
        List<MemberView> history = historyOf(keep.id());
        MemberView latest = history.get(history.size() - 1);
        ClubView club = clubs.get(latest.clubId());
        events.publishEvent(new MemberEvents.PeopleMerged(
                keep.id(), duplicate.id(), club.id(), club.unitId(), MemberEvents.changes(old, keep.details())));
        return latest;
    }

    // ---- personal data on request (Decree 13/2023/NĐ-CP) ----

    /** Whether the current user may export people's personal data at all (the page's button). */
    public boolean mayExportPersonalData() {
        return currentUser.mayExportPersonalData();
    }

    /** Whether the current user may erase people's personal data (the page's button). */
    public boolean mayErasePersonalData() {
        return currentUser.mayErasePersonalData();
    }

    /**
     * Everything recorded about a person, for an export of their data: their memberships (oldest first),
     * each with the person's details unmasked. Only for a user who may export personal data and whose scope
     * may change every club the person ever belonged to, so the export is whole (403 otherwise, 404 outside
     * the scope).
     */
    public List<MemberView> personalData(long personId) {
        if (!currentUser.mayExportPersonalData()) throw new AccessDeniedException("may not export personal data");
        List<MemberView> history = historyOf(personId);
        long all = jdbc.sql("select count(*) from membership where person_id = :id")
                .param("id", personId)
                .query(Long.class)
                .single();
        Scope scope = currentUser.scope();
        boolean whole = history.size() == all
                && history.stream()
                        .allMatch(v -> clubs.findForAdministration(v.clubId())
                                .map(c -> scope.permitsWrite(c.unitId(), c.id()))
                                .orElse(false));
        if (!whole) throw new AccessDeniedException("person " + personId + " has memberships outside the scope");
        return history;
    }

    /**
     * Erases a person's personal data on their request, irreversibly (administrators only, with a reason):
     * {@link Person#erase} on the person and on every duplicate record merged into them. Memberships, loans
     * and ledgers are not touched, so every figure stays. The audit trail records the erasure with the
     * reason and the fields cleared, never their old values.
     */
    @Transactional
    public MemberView erase(ErasePerson command) {
        if (!currentUser.mayErasePersonalData()) throw new AccessDeniedException("may not erase personal data");
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) throw new MemberRefused("reason", "personal.error.reason");
        if (reason.length() > 500) throw new MemberRefused("reason", "validation.tooLong");
        List<MemberView> history = historyOf(command.personId());
        Person person = people.findById(command.personId()).orElseThrow();
        if (person.mergedIntoId() != null) throw new MemberNotFound("person " + command.personId());
        LocalDate today = LocalDate.now(clock);
        person.erase(anonymousName(person.id()), today);
        people.save(person);
        List<Long> absorbed = new ArrayList<>();
        for (Person duplicate : people.findByMergedIntoId(person.id())) {
            if (duplicate.erased()) continue;
            duplicate.erase(anonymousName(duplicate.id()), today);
            people.save(duplicate);
            absorbed.add(duplicate.id());
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("fullName", null, person.details().fullName()));
        changes.add(new FieldChange(
                "erased", null, "fullName, birthDate, nationalId, phone, residentialGroup, otherHardship"));
        if (!absorbed.isEmpty()) changes.add(new FieldChange("mergedRecordsErased", null, absorbed.toString()));
        MemberView latest = history.get(history.size() - 1);
        ClubView club = clubs.get(latest.clubId());
        events.publishEvent(new MemberEvents.PersonErased(person.id(), club.id(), club.unitId(), changes, reason));
        return membership(latest.membershipId());
    }

    /** The name an erased person is shown by: stored data, so always in Vietnamese (like leaving reasons). */
    private String anonymousName(long personId) {
        return messages.getMessage(
                "personal.erasedName", new Object[] {String.valueOf(personId)}, Locale.forLanguageTag("vi"));
    }

    /** An erased person's record is closed: no correction, joining, moving or merging. */
    private static void refuseErased(Person person, String field) {
        if (person.erased()) throw new MemberRefused(field, "personal.error.erasedNoChange");
    }

    // ---- helpers ----

    private void joined(Membership m, ClubView club) {
        events.publishEvent(new MemberEvents.MemberJoined(
                m.id(), m.personId(), club.id(), club.unitId(), m.joinedOn(), m.joinReason()));
    }

    private MemberSaved saved(long membershipId, long clubId, Composition before) {
        Composition after = compositionOf(clubId, LocalDate.now(clock));
        return new MemberSaved(membership(membershipId), before.brokenBy(after));
    }

    ClubView changeableClub(long clubId) {
        ClubView club = clubs.get(clubId);
        if (!clubs.mayChange(club)) throw new AccessDeniedException("read-only scope");
        return club;
    }

    void checkJoin(ClubView club, LocalDate joinedOn) {
        if (joinedOn == null) throw new MemberRefused("joinedOn", "validation.required");
        if (club.status() == ClubStatus.DISSOLVED) throw new MemberRefused("clubId", "member.error.clubDissolved");
        if (club.foundedOn() != null && joinedOn.isBefore(club.foundedOn()))
            throw new MemberRefused("joinedOn", "member.error.joinedBeforeFounded");
        if (joinedOn.isAfter(LocalDate.now(clock).plusYears(1)))
            throw new MemberRefused("joinedOn", "member.error.dateFarAhead");
    }

    /** A person is in at most one club at a time. */
    private void checkFree(long personId, LocalDate from) {
        for (Membership m : memberships.findByPersonIdOrderByJoinedOn(personId)) {
            if (m.activeOnOrAfter(from)) {
                String club = clubs.findForAdministration(m.clubId())
                        .map(ClubView::name)
                        .orElse("");
                throw new MemberRefused("personId", "member.error.inAnotherClub", club);
            }
        }
    }

    private static boolean overlap(Membership a, Membership b) {
        boolean aBeforeB = a.leftOn() != null && a.leftOn().isBefore(b.joinedOn());
        boolean bBeforeA = b.leftOn() != null && b.leftOn().isBefore(a.joinedOn());
        return !aBeforeB && !bBeforeA;
    }

    static final int FIRST_HOUSEHOLD_YEAR = 1990;

    /** Refuses details a person cannot have (with the field and message key). */
    void validate(PersonDetails d) {
        LocalDate today = LocalDate.now(clock);
        if (d.fullName() == null || d.fullName().isBlank()) throw new MemberRefused("fullName", "validation.required");
        if (d.fullName().strip().length() > 200) throw new MemberRefused("fullName", "validation.tooLong");
        if (d.sex() == null) throw new MemberRefused("sex", "validation.required");
        if (d.birthDate() == null && d.birthYear() == null)
            throw new MemberRefused("birthYear", "member.error.birthRequired");
        if (d.birthDate() != null && d.birthDate().isAfter(today))
            throw new MemberRefused("birthDate", "member.error.birthFuture");
        int year = d.effectiveBirthYear();
        if (year < 1900 || year > today.getYear()) throw new MemberRefused("birthYear", "member.error.birthYear");
        if (d.birthDate() != null
                && d.birthYear() != null
                && d.birthYear() != d.birthDate().getYear())
            throw new MemberRefused("birthYear", "member.error.birthYearMismatch");
        if (d.ethnicity() == null || d.ethnicity().isBlank())
            throw new MemberRefused("ethnicity", "validation.required");
        if (d.householdStatus() == null) throw new MemberRefused("householdStatus", "validation.required");
        // The year the household was classified: poor and near-poor lists go back to the 1990s, and next
        // year's list is decided at the end of this one. Refused even when the status makes it unused.
        Integer classified = d.householdStatusYear();
        if (classified != null && (classified < FIRST_HOUSEHOLD_YEAR || classified > today.getYear() + 1))
            throw new MemberRefused(
                    "householdStatusYear",
                    "member.error.householdYear",
                    String.valueOf(FIRST_HOUSEHOLD_YEAR),
                    String.valueOf(today.getYear() + 1));
        if (d.nationalId() != null
                && !d.nationalId().isBlank()
                && !NATIONAL_ID.matcher(d.nationalId().strip()).matches())
            throw new MemberRefused("nationalId", "member.error.nationalIdFormat");
        if (d.phone() != null
                && !d.phone().isBlank()
                && !PHONE.matcher(d.phone().strip()).matches())
            throw new MemberRefused("phone", "member.error.phoneFormat");
    }

    private Set<Long> wardOf(long clubId) {
        return clubs.findForAdministration(clubId)
                .map(c -> units.successorsAsOf(c.unitId(), LocalDate.now(clock)).stream()
                        .map(UnitView::id)
                        .collect(Collectors.toSet()))
                .orElseGet(HashSet::new);
    }

    static String olderSql() {
        return MemberFacts.olderOn("p", ":olderDate", ":olderYear");
    }

    /** Poor, near-poor, ethnic minority, disabled or living alone (indicator DISADVANTAGED_MEMBERS). */
    static boolean disadvantaged(PersonDetails d) {
        return MemberFacts.isDisadvantaged(d.householdStatus(), d.ethnicity(), d.disability(), d.livesAlone());
    }

    /**
     * A row as a member view. The national ID is personal data needed only by those who keep the
     * records: anyone who may not change the member's club (viewers) sees only its last four digits.
     */
    private MemberView view(ResultSet rs, LocalDate on, Scope scope, AgeRule age) throws SQLException {
        String nationalId = rs.getString("national_id");
        if (!scope.permitsWrite(rs.getLong("club_unit_id"), rs.getLong("club_id"))) nationalId = masked(nationalId);
        PersonDetails d = new PersonDetails(
                rs.getString("full_name"),
                Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class),
                rs.getInt("birth_year"),
                rs.getString("ethnicity"),
                HouseholdStatus.valueOf(rs.getString("household_status")),
                (Integer) rs.getObject("household_status_year", Integer.class),
                rs.getBoolean("disability"),
                rs.getBoolean("lives_alone"),
                rs.getString("other_hardship"),
                nationalId,
                rs.getString("phone"),
                rs.getString("residential_group"));
        return new MemberView(
                rs.getLong("person_id"),
                rs.getInt("person_version"),
                rs.getLong("membership_id"),
                rs.getLong("club_id"),
                rs.getString("club_name"),
                d,
                rs.getObject("joined_on", LocalDate.class),
                rs.getString("join_reason"),
                rs.getObject("left_on", LocalDate.class),
                rs.getString("leave_reason"),
                age.isOlder(d.birthDate(), d.effectiveBirthYear(), on),
                disadvantaged(d),
                rs.getObject("erased_on", LocalDate.class) != null);
    }

    /** Only the last four digits of a national ID (for lists, exports and readers). */
    static String masked(String nationalId) {
        if (nationalId == null) return null;
        int keep = Math.min(4, nationalId.length());
        return "•".repeat(nationalId.length() - keep) + nationalId.substring(nationalId.length() - keep);
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
