package vn.ishc.oversight.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.ishc.oversight.task.TaskCommands.UpdateTask;

/** The status rules of an agency's task, without Spring. */
class AgencyTaskTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Duty DUTY = new Duty("WARD_BUDGET", "WARD_COMMITTEE", 3, "Hằng năm bố trí kinh phí.", "Budget.");

    static AgencyTask task(int year) {
        return AgencyTask.planned(DUTY, 42L, year, AgencyTaskService.title(DUTY), "tester", Instant.EPOCH);
    }

    static UpdateTask done(LocalDate on, String note, String doc, EvidenceKind kind, Long id) {
        return new UpdateTask(1, 0, TaskStatus.DONE, null, on, note, doc, kind, id);
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(TaskRefused.class).satisfies(e -> {
            assertThat(((TaskRefused) e).field()).isEqualTo(field);
            assertThat(((TaskRefused) e).messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aDutyBecomesAPlannedTaskDueAtTheYearsEnd() {
        AgencyTask t = task(2025);
        assertThat(t.status()).isEqualTo(TaskStatus.PLANNED);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(t.title()).isEqualTo("Hằng năm bố trí kinh phí");
        assertThat(t.unitId()).isEqualTo(42L);
    }

    @Test
    void doneNeedsTheDayDone() {
        refused(
                () -> task(2025).update(done(null, "Báo cáo", null, null, null), TODAY, false, "x", Instant.EPOCH),
                "doneOn",
                "task.error.doneOnRequired");
    }

    @Test
    void theDayDoneIsNotAfterTodayNorBeforeTheYear() {
        refused(
                () -> task(2026)
                        .update(done(TODAY.plusDays(1), "n", null, null, null), TODAY, false, "x", Instant.EPOCH),
                "doneOn",
                "task.error.doneFuture");
        refused(
                () -> task(2025)
                        .update(
                                done(LocalDate.of(2024, 12, 31), "n", null, null, null),
                                TODAY,
                                false,
                                "x",
                                Instant.EPOCH),
                "doneOn",
                "task.error.doneBeforeYear");
        AgencyTask t = task(2025);
        t.update(done(LocalDate.of(2025, 1, 1), "n", null, null, null), TODAY, false, "x", Instant.EPOCH);
        assertThat(t.doneOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        AgencyTask late = task(2025);
        late.update(done(TODAY, "n", null, null, null), TODAY, false, "x", Instant.EPOCH);
        assertThat(late.done()).isTrue();
    }

    @Test
    void doneNeedsSomeEvidenceANoteADocumentOrALinkThatExists() {
        LocalDate on = LocalDate.of(2025, 12, 1);
        refused(
                () -> task(2025).update(done(on, " ", null, null, null), TODAY, false, "x", Instant.EPOCH),
                "evidenceNote",
                "task.error.evidenceRequired");
        AgencyTask byDoc = task(2025);
        byDoc.update(done(on, null, "QĐ 12/2025", null, null), TODAY, false, "x", Instant.EPOCH);
        assertThat(byDoc.evidenceDocument()).isEqualTo("QĐ 12/2025");
        AgencyTask byLink = task(2025);
        byLink.update(done(on, null, null, EvidenceKind.RESOURCE, 7L), TODAY, true, "x", Instant.EPOCH);
        assertThat(byLink.evidenceId()).isEqualTo(7L);
        refused(
                () -> task(2025)
                        .update(done(on, null, null, EvidenceKind.RESOURCE, 7L), TODAY, false, "x", Instant.EPOCH),
                "evidenceId",
                "task.error.evidenceNotFound");
        refused(
                () -> task(2025)
                        .update(done(on, "n", null, EvidenceKind.RESOURCE, null), TODAY, false, "x", Instant.EPOCH),
                "evidenceId",
                "task.error.evidenceLink");
        refused(
                () -> task(2025).update(done(on, "n", null, null, 7L), TODAY, false, "x", Instant.EPOCH),
                "evidenceKind",
                "task.error.evidenceLink");
    }

    @Test
    void onlyADoneTaskKeepsItsDayDoneAndTheOthersNeedNoEvidence() {
        AgencyTask t = task(2025);
        t.update(
                new UpdateTask(1, 0, TaskStatus.IN_PROGRESS, null, LocalDate.of(2025, 5, 1), null, null, null, null),
                TODAY,
                false,
                "x",
                Instant.EPOCH);
        assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(t.doneOn()).isNull();
        t.update(
                new UpdateTask(1, 0, TaskStatus.NOT_DONE, null, null, null, null, null, null),
                TODAY,
                false,
                "x",
                Instant.EPOCH);
        assertThat(t.done()).isFalse();
        refused(
                () -> t.update(
                        new UpdateTask(1, 0, null, null, null, null, null, null, null),
                        TODAY,
                        false,
                        "x",
                        Instant.EPOCH),
                "status",
                "validation.required");
        refused(
                () -> t.update(
                        new UpdateTask(
                                1, 0, TaskStatus.PLANNED, LocalDate.of(2027, 1, 1), null, null, null, null, null),
                        TODAY,
                        false,
                        "x",
                        Instant.EPOCH),
                "dueOn",
                "task.error.dueOn");
    }

    @Test
    void anAgencyHasDoneItsPartWhenAllItsTasksOfTheYearAreDone() {
        Agency ward = new Agency("WARD_COMMITTEE", 40, "V.4", true, "UBND", "PC");
        AgencyTask a = task(2025);
        AgencyTask b = task(2025);
        a.update(done(LocalDate.of(2025, 6, 1), "n", null, null, null), TODAY, false, "x", Instant.EPOCH);
        assertThat(new AgencyTaskService.AgencyYear(ward, 42L, "Tân Lập", java.util.List.of(a, b)).doneItsPart())
                .isFalse();
        b.update(done(LocalDate.of(2025, 7, 1), "n", null, null, null), TODAY, false, "x", Instant.EPOCH);
        assertThat(new AgencyTaskService.AgencyYear(ward, 42L, "Tân Lập", java.util.List.of(a, b)).doneItsPart())
                .isTrue();
        assertThat(new AgencyTaskService.AgencyYear(ward, 42L, "Tân Lập", java.util.List.of()).doneItsPart())
                .isFalse();
    }
}
