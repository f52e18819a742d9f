package vn.ishc.oversight.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.funding.RecipientLevel;
import vn.ishc.funding.Resource;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.funding.ResourceKind;
import vn.ishc.funding.ResourceService;
import vn.ishc.oversight.task.TaskCommands.CreateYearTasks;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;
import vn.ishc.shared.Vnd;

/**
 * The agencies' tasks through the service, on H2 and PostgreSQL: the year's tasks made from the plan once
 * (again adds nothing), the demo's years in varied states, who may update what, a resource entry as evidence
 * (validated through the funding API, in the user's scope), audited.
 */
@IntegrationTest
class AgencyTaskServiceTest {
    @Autowired
    AgencyTaskService service;

    @Autowired
    ResourceService resources;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    <T> T as(String user, java.util.function.Supplier<T> work) {
        return TestClubs.as(accounts, user, work);
    }

    long count(int year) {
        return jdbc.sql("select count(*) from agency_task_v where task_year = :y")
                .param("y", year)
                .query(Long.class)
                .single();
    }

    @Test
    void aTrainingOrAVisitTheUserMaySeeIsEvidenceToo() {
        long training = jdbc.sql("select min(id) from training_session where cancelled_on is null")
                .query(Long.class)
                .single();
        long visit = jdbc.sql("select min(id) from monitoring_visit where cancelled_on is null")
                .query(Long.class)
                .single();
        as("demo-city", () -> {
            assertThat(service.linkExists(EvidenceKind.TRAINING, training)).isTrue();
            assertThat(service.linkExists(EvidenceKind.VISIT, visit)).isTrue();
            assertThat(service.link(EvidenceKind.TRAINING, training)).isEqualTo("/trainings/" + training);
            assertThat(service.link(EvidenceKind.VISIT, visit)).isEqualTo("/visits/" + visit);
            assertThat(service.linkExists(EvidenceKind.TRAINING, Long.MAX_VALUE))
                    .isFalse();
            assertThat(service.linkExists(EvidenceKind.VISIT, Long.MAX_VALUE)).isFalse();
            return null;
        });
        // A club's board sees the visits of its own club only: another club's visit is no evidence for it.
        long elsewhere = jdbc.sql("select min(v.id) from monitoring_visit v where v.cancelled_on is null"
                        + " and v.club_id <> (select scope_club_id from app_user where username = 'demo-club')")
                .query(Long.class)
                .single();
        as("demo-club", () -> {
            assertThat(service.linkExists(EvidenceKind.VISIT, elsewhere)).isFalse();
            return null;
        });
    }

    @Test
    void theYearsTasksAreMadeFromThePlanOnce() {
        // The demo made every year up to today's; the next year is made now, then again adds nothing.
        int next = service.today().getYear() + 1;
        assertThat(count(next)).isZero();
        int created = as("demo-city", () -> service.createYear(new CreateYearTasks(next)));
        int duties = service.duties().size();
        long wardDuties = service.duties().stream()
                .filter(d -> d.agencyCode().equals("WARD_COMMITTEE"))
                .count();
        int wards = as("demo-city", () -> service.wards(next)).size();
        assertThat(wards).isGreaterThan(0);
        assertThat(created).isEqualTo((int) (duties - wardDuties + wardDuties * wards));
        assertThat(count(next)).isEqualTo(created);
        assertThat(as("demo-city", () -> service.createYear(new CreateYearTasks(next))))
                .isZero();
        assertThat(count(next)).isEqualTo(created);
        assertThat(AuditedChanges.latest(jdbc, "agency-task", "year-" + next, "YearTasksCreated")
                        .changes())
                .containsKey("created");
        // Only planners make them; a year outside the plan's time is refused.
        as("demo-ward", () -> {
            assertThatThrownBy(() -> service.createYear(new CreateYearTasks(next)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        as("demo-city", () -> {
            assertThatThrownBy(() -> service.createYear(new CreateYearTasks(2020)))
                    .isInstanceOf(TaskRefused.class);
            return null;
        });
    }

    @Test
    void theDemoYearsHaveTasksInVariedStatesAndSomeAgenciesDidTheirPart() {
        int last = service.today().getYear() - 1;
        List<AgencyTaskService.AgencyYear> year = service.year(last);
        assertThat(year).isNotEmpty();
        assertThat(year.stream()
                        .flatMap(y -> y.tasks().stream())
                        .map(AgencyTask::status)
                        .distinct())
                .contains(TaskStatus.DONE, TaskStatus.NOT_DONE);
        assertThat(year).anyMatch(AgencyTaskService.AgencyYear::doneItsPart);
        assertThat(year).anyMatch(y -> !y.doneItsPart());
        assertThat(year).anyMatch(y -> y.unitId() != null);
        assertThat(service.year(service.today().getYear()).stream()
                        .flatMap(y -> y.tasks().stream())
                        .map(AgencyTask::status)
                        .distinct())
                .contains(TaskStatus.PLANNED, TaskStatus.IN_PROGRESS);
    }

    @Test
    void wardOfficersUpdateTheirWardCommitteesTasksAndLinkTheirResources() {
        int year = service.today().getYear();
        AgencyTask ours = service.year(year).stream()
                .filter(y -> y.unitId() != null && y.unitId() == 42L)
                .flatMap(y -> y.tasks().stream())
                .filter(t -> !t.done())
                .findFirst()
                .orElseThrow();
        AgencyTask theirs = service.year(year).stream()
                .filter(y -> y.unitId() != null && y.unitId() == 40L)
                .flatMap(y -> y.tasks().stream())
                .findFirst()
                .orElseThrow();
        AgencyTask city = service.year(year).stream()
                .filter(y -> y.unitId() == null)
                .flatMap(y -> y.tasks().stream())
                .findFirst()
                .orElseThrow();
        LocalDate today = service.today();
        Resource elsewhere = as(
                "demo-city",
                () -> resources.record(new RecordResource(
                        "SOCIALISATION",
                        ResourceKind.MONEY,
                        "Nhà tài trợ",
                        today,
                        null,
                        Vnd.of(1_000_000),
                        null,
                        "x",
                        RecipientLevel.WARD,
                        40L,
                        null,
                        false,
                        null,
                        null)));
        Resource mine = as(
                "demo-ward",
                () -> resources.record(new RecordResource(
                        "STATE_BUDGET",
                        ResourceKind.BUDGET_LINE,
                        "Dự toán",
                        today,
                        today.getYear(),
                        Vnd.of(2_000_000),
                        null,
                        "x",
                        RecipientLevel.WARD,
                        42L,
                        null,
                        false,
                        null,
                        null)));
        as("demo-ward", () -> {
            assertThatThrownBy(() -> service.update(new UpdateTask(
                            theirs.id(), theirs.version(), TaskStatus.IN_PROGRESS, null, null, null, null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.update(new UpdateTask(
                            city.id(), city.version(), TaskStatus.IN_PROGRESS, null, null, null, null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            // Another ward's resource is not found through the funding API, so it is no evidence.
            assertThatThrownBy(() -> service.update(new UpdateTask(
                            ours.id(),
                            ours.version(),
                            TaskStatus.DONE,
                            null,
                            today,
                            null,
                            null,
                            EvidenceKind.RESOURCE,
                            elsewhere.id())))
                    .isInstanceOf(TaskRefused.class)
                    .hasMessage("task.error.evidenceNotFound");
            // A training that does not exist: refused as not found.
            assertThatThrownBy(() -> service.update(new UpdateTask(
                            ours.id(),
                            ours.version(),
                            TaskStatus.DONE,
                            null,
                            today,
                            null,
                            null,
                            EvidenceKind.TRAINING,
                            Long.MAX_VALUE)))
                    .isInstanceOf(TaskRefused.class)
                    .hasMessage("task.error.evidenceNotFound");
            AgencyTask done = service.update(new UpdateTask(
                    ours.id(),
                    ours.version(),
                    TaskStatus.DONE,
                    null,
                    today,
                    null,
                    null,
                    EvidenceKind.RESOURCE,
                    mine.id()));
            assertThat(done.done()).isTrue();
            assertThat(done.evidenceId()).isEqualTo(mine.id());
            assertThat(service.link(EvidenceKind.RESOURCE, mine.id())).isEqualTo("/resources/" + mine.id());
            assertThatThrownBy(() -> service.update(new UpdateTask(
                            ours.id(), ours.version(), TaskStatus.PLANNED, null, null, null, null, null, null)))
                    .isInstanceOf(TaskEditedConcurrently.class);
            return null;
        });
        assertThat(AuditedChanges.latest(jdbc, "agency-task", ours.id(), "TaskUpdated")
                        .changes())
                .containsKeys("status", "doneOn", "evidenceKind", "evidenceId");
        // The city officer updates the city agencies' tasks; a viewer reads only.
        AgencyTask updated = as(
                "demo-city",
                () -> service.update(new UpdateTask(
                        city.id(), city.version(), TaskStatus.IN_PROGRESS, null, null, "Đang làm", null, null, null)));
        assertThat(updated.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        as("demo-viewer", () -> {
            assertThat(service.get(city.id()).id()).isEqualTo(city.id());
            assertThatThrownBy(() -> service.update(new UpdateTask(
                            city.id(), updated.version(), TaskStatus.DONE, null, today, "x", null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }
}
