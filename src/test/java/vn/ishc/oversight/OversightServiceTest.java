package vn.ishc.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.oversight.training.Organiser;
import vn.ishc.oversight.training.TrainingCommands.CancelTraining;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.RecordTraining;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;
import vn.ishc.oversight.training.TrainingService;
import vn.ishc.oversight.training.TrainingSession;
import vn.ishc.oversight.visit.MonitoringVisit;
import vn.ishc.oversight.visit.VisitCommands.CancelVisit;
import vn.ishc.oversight.visit.VisitCommands.CloseFollowUp;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitService;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.HomeReminders;
import vn.ishc.shared.NotFoundException;

/**
 * Trainings and visits through the services, on H2 and PostgreSQL: a visit with follow-ups recorded, rated and
 * audited, a follow-up closed, the overdue reminder; the ward officer's territory (another ward's club: 404,
 * writes refused), the club board reads but does not record; "trained" and "monitored" as other modules ask.
 */
@IntegrationTest
class OversightServiceTest {
    @Autowired
    TrainingService trainings;

    @Autowired
    VisitService visits;

    @Autowired
    OversightFacts facts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    List<HomeReminders> reminders;

    @Autowired
    CurrentUser user;

    OversightFixture f;
    LocalDate today;
    ClubView tanLap;
    ClubView tanAn;

    @BeforeEach
    void setUp() {
        f = new OversightFixture(accounts, clubs);
        today = LocalDate.now(clock);
        tanLap = f.club(OversightFixture.TAN_LAP);
        tanAn = f.club(OversightFixture.TAN_AN);
    }

    long overdueReminder() {
        return reminders.stream()
                .flatMap(r -> r.remindersFor(user).stream())
                .filter(r -> r.messageKey().equals("oversight.reminder.overdue"))
                .mapToLong(HomeReminders.Reminder::count)
                .sum();
    }

    @Test
    void aWeakVisitWithFollowUpsIsRecordedAuditedRemindedAndClosed() {
        long before = f.as("demo-ward", this::overdueReminder);
        MonitoringVisit v = f.as(
                "demo-ward",
                () -> visits.record(OversightFixture.visit(
                        visits,
                        tanLap.id(),
                        today.minusDays(40),
                        3,
                        List.of(
                                new FollowUpEntry("Bổ sung sổ sách", "Thư ký CLB", today.minusDays(10)),
                                new FollowUpEntry("Họp Ban chủ nhiệm", "Chủ nhiệm", today.plusDays(10))))));
        assertThat(v.rating()).isEqualTo(Rating.WEAK);
        assertThat(v.score()).isEqualTo(3);
        assertThat(v.maxScore()).isEqualTo(14);
        assertThat(v.followUps()).hasSize(2);
        assertThat(AuditedChanges.latest(jdbc, "monitoring-visit", v.id(), "VisitRecorded")
                        .changes())
                .containsKey("rating");

        // The first follow-up is overdue: the ward officer's and the city officer's home pages say so.
        assertThat(f.as("demo-ward", this::overdueReminder)).isEqualTo(before + 1);
        assertThat(f.as("demo-city", this::overdueReminder)).isGreaterThanOrEqualTo(1);
        assertThat(f.as("demo-club", this::overdueReminder)).isZero();
        assertThat(f.as("demo-ward", () -> visits.overdue(100_000)))
                .anySatisfy(o -> assertThat(o.visitId()).isEqualTo(v.id()));
        assertThat(f.as("demo-ward", () -> facts.latestVisit(tanLap.id())))
                .map(OversightFacts.LatestVisit::rating)
                .contains(Rating.WEAK);

        long first = v.followUps().get(0).id();
        var closed =
                f.as("demo-ward", () -> visits.close(new CloseFollowUp(v.id(), first, 0, today, "Đã bổ sung đủ sổ")));
        assertThat(closed.open()).isFalse();
        assertThat(AuditedChanges.latest(jdbc, "follow-up", first, "FollowUpClosed")
                        .username())
                .isEqualTo("demo-ward");
        assertThat(f.as("demo-ward", this::overdueReminder)).isEqualTo(before);
        assertThatThrownBy(() ->
                        f.as("demo-ward", () -> visits.close(new CloseFollowUp(v.id(), first, 1, today, null))))
                .isInstanceOf(OversightRefused.class);
    }

    @Test
    void monitoredInItsYearUntilCancelled() {
        LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
        MonitoringVisit v = f.as(
                "demo-city",
                () -> visits.record(OversightFixture.visit(visits, tanAn.id(), newYearsEve, 14, List.of())));
        assertThat(v.rating()).isEqualTo(Rating.GOOD);
        assertThat(facts.monitoredIn(tanAn.id(), 2025)).isTrue();
        assertThat(facts.monitoredIn(tanAn.id(), 2026)).isFalse();
        assertThat(jdbc.sql("select count(*) from monitoring_visit_v where club_id = ?")
                        .param(tanAn.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        f.as("demo-city", () -> visits.cancel(new CancelVisit(v.id(), "Ghi nhầm câu lạc bộ")));
        assertThat(facts.monitoredIn(tanAn.id(), 2025)).isFalse();
        assertThat(facts.latestVisit(tanAn.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from monitoring_visit_v where club_id = ?")
                        .param(tanAn.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWardOfficerSeesAndRecordsOnlyTheirTerritory() {
        // Another ward's club: not found, for reading and writing.
        assertThatThrownBy(() -> f.as("demo-ward", () -> visits.ofClub(tanAn.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.as(
                        "demo-ward",
                        () -> visits.record(OversightFixture.visit(visits, tanLap.id(), today, 10, List.of())
                                .withClub(tanAn.id()))))
                .isInstanceOf(NotFoundException.class);
        MonitoringVisit there =
                f.as("demo-city", () -> visits.record(OversightFixture.visit(visits, tanAn.id(), today, 9, List.of())));
        assertThatThrownBy(() -> f.as("demo-ward", () -> visits.get(there.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.as(
                        "demo-ward",
                        () -> visits.search(new VisitService.Query(null, null, null, 0, 100_000))
                                .visits()))
                .noneMatch(x -> x.clubId() == tanAn.id());

        // Trainings: not in another ward's name; a city session their club attended is visible, read-only.
        assertThatThrownBy(() ->
                        f.as("demo-ward", () -> trainings.record(training(OversightFixture.TAN_AN, tanAn.id()))))
                .isInstanceOf(OversightRefused.class)
                .hasMessage("oversight.training.error.unitOutside");
        TrainingSession elsewhere =
                f.as("demo-city", () -> trainings.record(training(OversightFixture.TAN_AN, tanAn.id())));
        assertThatThrownBy(() -> f.as("demo-ward", () -> trainings.get(elsewhere.id())))
                .isInstanceOf(NotFoundException.class);
        TrainingSession city = f.as("demo-city", () -> trainings.record(training(OversightFixture.CITY, tanLap.id())));
        assertThat(f.as("demo-ward", () -> trainings.get(city.id())).id()).isEqualTo(city.id());
        assertThat(f.as("demo-ward", () -> trainings.mayChange(city))).isFalse();
        assertThatThrownBy(() -> f.as("demo-ward", () -> trainings.cancel(new CancelTraining(city.id(), "Không"))))
                .isInstanceOf(AccessDeniedException.class);
        TrainingSession own =
                f.as("demo-ward", () -> trainings.record(training(OversightFixture.TAN_LAP, tanLap.id())));
        assertThat(f.as(
                        "demo-ward",
                        () -> trainings
                                .search(new TrainingService.Query(null, null, 0, 100_000))
                                .sessions()))
                .extracting(TrainingSession::id)
                .contains(own.id(), city.id())
                .doesNotContain(elsewhere.id());
        // A club outside the holding unit's territory cannot be listed.
        assertThatThrownBy(() ->
                        f.as("demo-city", () -> trainings.record(training(OversightFixture.TAN_LAP, tanAn.id()))))
                .isInstanceOf(OversightRefused.class)
                .hasMessage("oversight.training.error.clubOutsideUnit");
    }

    @Test
    void aClubBoardReadsItsVisitsButRecordsNone() {
        long demoClub = f.as("demo-club", () -> user.scope().clubId());
        MonitoringVisit v =
                f.as("demo-city", () -> visits.record(OversightFixture.visit(visits, demoClub, today, 12, List.of())));
        assertThat(f.as("demo-club", () -> visits.get(v.id())).rating()).isEqualTo(Rating.GOOD);
        assertThatThrownBy(() -> f.as(
                        "demo-club",
                        () -> visits.record(OversightFixture.visit(visits, demoClub, today, 12, List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("demo-club", () -> visits.ofClub(tanLap.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        f.as("demo-viewer", () -> trainings.record(training(OversightFixture.CITY, tanLap.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainedWhenABoardMemberAttendedNotAnOrdinaryMemberNorACancelledSession() {
        int year = today.getYear();
        f.as(
                "demo-ward",
                () -> trainings.record(training(OversightFixture.TAN_LAP, tanLap.id(), ParticipantRole.CLUB_MEMBER)));
        assertThat(facts.trainedIn(tanLap.id(), year)).isFalse();
        TrainingSession s = f.as(
                "demo-ward",
                () -> trainings.record(training(OversightFixture.TAN_LAP, tanLap.id(), ParticipantRole.TREASURER)));
        assertThat(facts.trainedIn(tanLap.id(), year)).isTrue();
        assertThat(facts.lastTraining(tanLap.id())).contains(s.startsOn());
        assertThat(AuditedChanges.latest(jdbc, "training", s.id(), "TrainingRecorded")
                        .username())
                .isEqualTo("demo-ward");
        f.as("demo-ward", () -> trainings.cancel(new CancelTraining(s.id(), "Ghi nhầm")));
        assertThat(facts.trainedIn(tanLap.id(), year)).isFalse();
        assertThat(AuditedChanges.latest(jdbc, "training", s.id(), "TrainingCancelled")
                        .reason())
                .isEqualTo("Ghi nhầm");
    }

    @Test
    void theViewCountsExactlyTheRulesRoles() {
        // One session per role: the view has a row for it exactly when the Java rule says the role trains.
        for (ParticipantRole r : ParticipantRole.values()) {
            TrainingSession s = f.as(
                    "demo-ward",
                    () -> trainings.record(new RecordTraining(new SessionDetails(
                            "Vai trò " + r.name(),
                            today,
                            today,
                            null,
                            "GV",
                            Organiser.WARD,
                            null,
                            OversightFixture.TAN_LAP,
                            null,
                            List.of(new ParticipantEntry(null, "Người " + r.name(), tanLap.id(), r))))));
            long viewRows = jdbc.sql("select count(*) from training_club_v where session_id = ? and club_id = ?")
                    .param(s.id())
                    .param(tanLap.id())
                    .query(Long.class)
                    .single();
            boolean java =
                    TrainingRule.trains(new TrainingRule.Attendance(s.id(), today, false, tanLap.id(), r), tanLap.id());
            assertThat(viewRows).as(r.name()).isEqualTo(java ? 1 : 0);
            assertThat(java).as(r.name()).isEqualTo(TrainingRule.BOARD_ROLES.contains(r));
        }
    }

    RecordTraining training(long unitId, long clubId) {
        return training(unitId, clubId, ParticipantRole.CHAIR);
    }

    RecordTraining training(long unitId, long clubId, ParticipantRole role) {
        return new RecordTraining(new SessionDetails(
                "Kỹ năng điều hành sinh hoạt",
                today.minusDays(3),
                today.minusDays(2),
                "Hội trường phường",
                "Bà Nguyễn Thị Giảng",
                Organiser.CITY_ASSOCIATION,
                null,
                unitId,
                null,
                List.of(new ParticipantEntry(null, "Trần Văn Dự", clubId, role))));
    }
}
