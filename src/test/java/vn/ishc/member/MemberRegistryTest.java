package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubNotFound;
import vn.ishc.club.ClubView;
import vn.ishc.member.MemberCommands.JoinClub;
import vn.ishc.member.MemberCommands.LeaveClub;
import vn.ishc.member.MemberCommands.MergePeople;
import vn.ishc.member.MemberCommands.MoveMember;
import vn.ishc.member.MemberCommands.RegisterMember;
import vn.ishc.member.MemberCommands.UpdatePerson;

/** Members through the registry as the demo ward officer of the 2025 Phường Tân Lập (H2 and PostgreSQL). */
@IntegrationTest
@WithUserDetails(value = "demo-ward", setupBefore = TestExecutionEvent.TEST_METHOD)
class MemberRegistryTest {
    static final AtomicLong NATIONAL_IDS = new AtomicLong(800_000_000_000L + System.nanoTime() % 1_000_000);

    @Autowired
    MemberRegistry members;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ClubView newClub() {
        return TestClubs.found(clubs, "CLB thử", 42, LocalDate.of(2025, 8, 1));
    }

    static PersonDetails person(String name, Sex sex, LocalDate born, String nationalId) {
        return new PersonDetails(
                name, sex, born, null, "Kinh", HouseholdStatus.NONE, null, false, false, null, nationalId, null, null);
    }

    static String uniqueName() {
        return "Nguyễn Thị Thử " + UUID.randomUUID().toString().substring(0, 6);
    }

    MemberSaved add(ClubView club, PersonDetails p) {
        return members.register(new RegisterMember(club.id(), p, LocalDate.of(2025, 9, 1), null, false));
    }

    @Test
    void aRegisteredMemberCountsInTheClubsCompositionWithTheAgeClassOfTheDay() {
        ClubView club = newClub();
        LocalDate sixtyToday = today().minusYears(60);
        add(club, person(uniqueName(), Sex.FEMALE, sixtyToday, null));
        add(club, person(uniqueName(), Sex.FEMALE, sixtyToday.plusDays(1), null));
        add(
                club,
                new PersonDetails(
                        uniqueName(),
                        Sex.MALE,
                        null,
                        today().getYear() - 60,
                        "Ê Đê",
                        HouseholdStatus.NONE,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null));
        Composition c = members.compositionOf(club.id(), today());
        assertThat(c.members()).isEqualTo(3);
        assertThat(c.women()).isEqualTo(2);
        assertThat(c.older())
                .as("the SQL count agrees with AgeRule at the boundary")
                .isEqualTo(2);
        assertThat(c.disadvantaged()).as("an ethnic minority member").isEqualTo(1);
        assertThat(members.membersOf(club.id(), today()))
                .extracting(MemberView::older)
                .containsExactlyInAnyOrder(true, false, true);
    }

    @Test
    void aNationalIdAlreadyOnRecordIsRefused() {
        ClubView club = newClub();
        String id = String.valueOf(NATIONAL_IDS.incrementAndGet());
        add(club, person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), id));
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        assertThatThrownBy(() -> add(club, person(uniqueName(), Sex.MALE, LocalDate.of(1951, 1, 1), id)))
                .isInstanceOf(MemberRefused.class)
                .extracting(e -> ((MemberRefused) e).messageKey())
                .isEqualTo("member.error.nationalIdTaken");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theSameNormalisedNameAndBirthYearInTheWardIsAWarningThatCanBeConfirmed() {
        ClubView club = newClub();
        ClubView other = newClub();
        String name = uniqueName();
        add(club, person(name, Sex.FEMALE, LocalDate.of(1952, 4, 1), null));
        PersonDetails again = person(
                "  " + name.toUpperCase().replace("Ễ", "E").replace("Ị", "I") + " ",
                Sex.FEMALE,
                LocalDate.of(1952, 9, 9),
                null);
        assertThatThrownBy(() -> add(other, again))
                .isInstanceOf(PossibleDuplicates.class)
                .satisfies(e -> assertThat(((PossibleDuplicates) e).candidates())
                        .extracting(PossibleDuplicates.Candidate::clubId)
                        .containsExactly(club.id()));
        MemberSaved saved =
                members.register(new RegisterMember(other.id(), again, LocalDate.of(2025, 9, 1), null, true));
        assertThat(saved.member().clubId()).isEqualTo(other.id());
    }

    @Test
    @WithUserDetails(value = "demo-club", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aDuplicateInAClubOutsideTheScopeIsWarnedWithoutNamingThatClub() {
        // Buôn Kô Tam (former Xã Hòa Thắng) lies in the same 2025 ward as the demo board's club, but outside its scope.
        var other = jdbc.sql("select p.full_name, p.birth_year from person p join membership m on m.person_id = p.id"
                        + " join club c on c.id = m.club_id where c.name = 'CLB Liên thế hệ tự giúp nhau Buôn Kô Tam'"
                        + " order by p.id limit 1")
                .query()
                .singleRow();
        long board = jdbc.sql("select id from club where name = ?")
                .param(vn.ishc.club.DemoClubs.DEMO_BOARD_CLUB)
                .query(Long.class)
                .single();
        PersonDetails same = new PersonDetails(
                (String) other.get("full_name"),
                Sex.FEMALE,
                null,
                ((Number) other.get("birth_year")).intValue(),
                "Kinh",
                HouseholdStatus.NONE,
                null,
                false,
                false,
                null,
                null,
                null,
                null);
        assertThat(members.duplicatesOf(same, board, null))
                .singleElement()
                .satisfies(c -> assertThat(c.clubName()).isNull());
    }

    @Test
    void aPersonIsInOneClubAtATimeAndMovingKeepsTheHistory() {
        ClubView first = newClub();
        ClubView second = newClub();
        MemberSaved saved = add(first, person(uniqueName(), Sex.FEMALE, LocalDate.of(1955, 5, 5), null));
        long personId = saved.member().personId();
        assertThatThrownBy(() -> members.join(new JoinClub(personId, second.id(), LocalDate.of(2025, 10, 1), null)))
                .isInstanceOf(MemberRefused.class)
                .extracting(e -> ((MemberRefused) e).messageKey())
                .isEqualTo("member.error.inAnotherClub");
        members.move(
                new MoveMember(saved.member().membershipId(), second.id(), LocalDate.of(2025, 10, 31), "Chuyển nơi ở"));
        assertThat(members.historyOf(personId))
                .extracting(MemberView::clubId, MemberView::joinedOn, MemberView::leftOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                first.id(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31)),
                        org.assertj.core.groups.Tuple.tuple(second.id(), LocalDate.of(2025, 11, 1), null));
        assertThat(members.compositionOf(first.id(), LocalDate.of(2025, 11, 1)).members())
                .isZero();
        assertThat(members.compositionOf(second.id(), LocalDate.of(2025, 11, 1)).members())
                .isOne();
    }

    @Test
    void leavingNeedsAReasonAndADateAfterJoining() {
        ClubView club = newClub();
        MemberSaved saved = add(club, person(uniqueName(), Sex.FEMALE, LocalDate.of(1955, 5, 5), null));
        long id = saved.member().membershipId();
        assertThatThrownBy(() -> members.leave(new LeaveClub(id, LocalDate.of(2025, 8, 1), "Sức khỏe yếu")))
                .isInstanceOf(MemberRefused.class);
        assertThatThrownBy(() -> members.leave(new LeaveClub(id, LocalDate.of(2025, 10, 1), " ")))
                .isInstanceOf(MemberRefused.class);
        members.leave(new LeaveClub(id, LocalDate.of(2025, 10, 1), "Sức khỏe yếu"));
        assertThat(members.membership(id).leftOn()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void mergingTwoRecordsOfOnePersonKeepsBothHistories() {
        ClubView first = newClub();
        ClubView second = newClub();
        String name = uniqueName();
        MemberSaved a = add(first, person(name, Sex.FEMALE, LocalDate.of(1949, 2, 2), null));
        members.leave(new LeaveClub(a.member().membershipId(), LocalDate.of(2025, 9, 30), "Chuyển nơi ở"));
        String id = String.valueOf(NATIONAL_IDS.incrementAndGet());
        MemberSaved b = members.register(new RegisterMember(
                second.id(),
                new PersonDetails(
                        name,
                        Sex.FEMALE,
                        null,
                        1949,
                        "Kinh",
                        HouseholdStatus.NONE,
                        null,
                        false,
                        false,
                        null,
                        id,
                        null,
                        null),
                LocalDate.of(2025, 10, 5),
                null,
                true));
        MemberView merged =
                members.merge(new MergePeople(a.member().personId(), b.member().personId()));
        assertThat(merged.personId()).isEqualTo(a.member().personId());
        assertThat(merged.person().nationalId()).isEqualTo(id);
        assertThat(members.historyOf(a.member().personId()))
                .extracting(MemberView::clubId)
                .containsExactly(first.id(), second.id());
        assertThat(jdbc.sql("select merged_into_id from person where id = ?")
                        .param(b.member().personId())
                        .query(Long.class)
                        .single())
                .isEqualTo(a.member().personId());
    }

    @Test
    void mergingPeopleWhoWereInTwoClubsAtOnceIsRefused() {
        ClubView first = newClub();
        ClubView second = newClub();
        String name = uniqueName();
        MemberSaved a = add(first, person(name, Sex.FEMALE, LocalDate.of(1949, 2, 2), null));
        MemberSaved b = members.register(new RegisterMember(
                second.id(),
                person(name, Sex.FEMALE, LocalDate.of(1949, 3, 3), null),
                LocalDate.of(2025, 10, 5),
                null,
                true));
        assertThatThrownBy(() -> members.merge(
                        new MergePeople(a.member().personId(), b.member().personId())))
                .isInstanceOf(MemberRefused.class)
                .extracting(e -> ((MemberRefused) e).messageKey())
                .isEqualTo("member.error.mergeOverlap");
    }

    @Test
    void anEntryThatMovesTheClubOutOfBandIsAWarningNotARefusal() {
        ClubView club = newClub();
        // 30 older women, one older man and 19 younger men: exactly 60 % women, 62 % older.
        for (int i = 0; i < 50; i++) {
            add(club, person(uniqueName(), i < 30 ? Sex.FEMALE : Sex.MALE, today().minusYears(i < 31 ? 65 : 40), null));
        }
        assertThat(members.compositionOf(club.id(), today()).meetsEveryRule()).isTrue();
        MemberSaved saved = add(club, person(uniqueName(), Sex.MALE, today().minusYears(30), null));
        assertThat(saved.outOfBand()).extracting(Composition.Check::rule).containsExactly(Composition.Rule.WOMEN);
        assertThat(members.compositionOf(club.id(), today()).members()).isEqualTo(51);
    }

    @Test
    void badDetailsAreRefusedWithTheirField() {
        ClubView club = newClub();
        assertThatThrownBy(() -> add(
                        club,
                        new PersonDetails(
                                uniqueName(),
                                Sex.FEMALE,
                                null,
                                null,
                                "Kinh",
                                HouseholdStatus.NONE,
                                null,
                                false,
                                false,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(MemberRefused.class)
                .extracting(e -> ((MemberRefused) e).field())
                .isEqualTo("birthYear");
        assertThatThrownBy(() -> add(club, person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), "12345")))
                .isInstanceOf(MemberRefused.class)
                .extracting(e -> ((MemberRefused) e).field())
                .isEqualTo("nationalId");
        assertThatThrownBy(() -> members.register(new RegisterMember(
                        club.id(),
                        person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), null),
                        LocalDate.of(2025, 7, 1),
                        null,
                        false)))
                .isInstanceOf(MemberRefused.class)
                .extracting(e -> ((MemberRefused) e).messageKey())
                .isEqualTo("member.error.joinedBeforeFounded");
    }

    @Test
    void aPersonsDetailsAreCorrectedWithTheVersionTheUserSaw() {
        ClubView club = newClub();
        MemberSaved saved = add(club, person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), null));
        MemberView m = saved.member();
        PersonDetails corrected = person(m.person().fullName(), Sex.FEMALE, LocalDate.of(1951, 1, 1), null);
        members.update(new UpdatePerson(m.personId(), m.personVersion(), corrected, false));
        assertThatThrownBy(() -> members.update(new UpdatePerson(m.personId(), m.personVersion(), corrected, false)))
                .isInstanceOf(MemberEditedConcurrently.class);
        assertThat(members.membership(m.membershipId()).person().birthDate()).isEqualTo(LocalDate.of(1951, 1, 1));
    }

    @Test
    void dissolvingAClubEndsItsMembershipsThatDay() {
        ClubView club = newClub();
        MemberSaved a = add(club, person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), null));
        add(club, person(uniqueName(), Sex.MALE, LocalDate.of(1952, 1, 1), null));
        clubs.changeStatus(new vn.ishc.club.ClubCommands.ChangeClubStatus(
                club.id(),
                clubs.get(club.id()).version(),
                vn.ishc.club.ClubStatus.DISSOLVED,
                LocalDate.of(2025, 10, 15),
                "Sáp nhập CLB"));
        assertThat(members.compositionOf(club.id(), LocalDate.of(2025, 10, 16)).members())
                .isZero();
        MemberView left = members.membership(a.member().membershipId());
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(left.leaveReason()).contains("Sáp nhập CLB");
        ClubView next = newClub();
        members.join(new JoinClub(a.member().personId(), next.id(), LocalDate.of(2025, 10, 16), null));
    }

    @Test
    void importsNobodySavedAreDiscardedWithTheirRowsAfterAWeek(@Autowired MemberImportService imports) {
        ClubView club = newClub();
        List<String> cells = new ArrayList<>(Collections.nCopies(MemberImportColumn.values().length, ""));
        cells.set(MemberImportColumn.FULL_NAME.ordinal(), "Nguyễn Thị Cũ");
        cells.set(MemberImportColumn.NATIONAL_ID.ordinal(), "079123456789");
        jdbc.sql(
                        "insert into member_import (club_id, created_by, created_at, file_name, status, row_data) values (?, 'demo-ward', ?, 'cu.xlsx', 'PREVIEW', ?)")
                .params(
                        club.id(),
                        java.time.LocalDateTime.now(clock).minusDays(8),
                        MemberImportRows.write(List.of(new MemberImportRow(2, cells))))
                .update();
        long id =
                jdbc.sql("select max(id) from member_import").query(Long.class).single();
        assertThat(imports.discardAbandoned()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from member_import where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DISCARDED");
        assertThat(jdbc.sql("select count(*) from member_import where id = ? and row_data is null")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the rows are gone")
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = "demo-viewer", setupBefore = TestExecutionEvent.TEST_METHOD)
    void viewersSeeOnlyTheLastFourDigitsOfANationalId() {
        long withId = jdbc.sql("select m.id from membership m join person p on p.id = m.person_id"
                        + " join club c on c.id = m.club_id where p.national_id is not null and c.unit_id in (10, 11, 26)"
                        + " order by m.id limit 1")
                .query(Long.class)
                .single();
        String shown = members.membership(withId).person().nationalId();
        assertThat(shown).startsWith("••••").hasSize(12).matches("•{8}\\d{4}");
    }

    @Test
    void clubsOutsideTheWardAreNotFound() {
        long tanAn = jdbc.sql("select id from club where name = 'CLB Liên thế hệ tự giúp nhau Tân An'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> members.register(new RegisterMember(
                        tanAn,
                        person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), null),
                        LocalDate.of(2025, 9, 1),
                        null,
                        false)))
                .isInstanceOf(ClubNotFound.class);
        assertThatThrownBy(() -> members.compositionOf(tanAn, today())).isInstanceOf(ClubNotFound.class);
    }

    @Test
    @WithUserDetails(value = "demo-viewer", setupBefore = TestExecutionEvent.TEST_METHOD)
    void viewersReadMembersButCannotAddThem() {
        long club = jdbc.sql("select id from club where name = 'CLB Liên thế hệ tự giúp nhau Tân An'")
                .query(Long.class)
                .single();
        members.compositionOf(club, today());
        assertThatThrownBy(() -> members.register(new RegisterMember(
                        club,
                        person(uniqueName(), Sex.FEMALE, LocalDate.of(1950, 1, 1), null),
                        LocalDate.of(2025, 9, 1),
                        null,
                        false)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
