package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ishc.web.RecordWriteGuard.Named;

/** Which record a write's address names: the first variable after a segment some module guards. */
class RecordWriteGuardTest {
    static final Set<String> GUARDED = Set.of("clubs", "loans", "periodic", "visits");

    @Test
    void theFirstVariableAfterAGuardedSegmentIsTheRecord() {
        assertThat(RecordWriteGuard.recordOf("/api/v1/clubs/{clubId}/loans", GUARDED))
                .contains(new Named("clubs", "clubId"));
        assertThat(RecordWriteGuard.recordOf("/loans/{id}/repay", GUARDED)).contains(new Named("loans", "id"));
        assertThat(RecordWriteGuard.recordOf("/api/v1/visits/{id}/follow-ups/{followUpId}/close", GUARDED))
                .contains(new Named("visits", "id"));
        assertThat(RecordWriteGuard.recordOf("/api/v1/reports/periodic/{id:\\d+}.{format}", GUARDED))
                .contains(new Named("periodic", "id"));
    }

    @Test
    void aVariableAfterASegmentNoModuleGuardsIsNoRecord() {
        assertThat(RecordWriteGuard.recordOf("/api/v1/tasks/years/{year}", GUARDED))
                .isEmpty();
        assertThat(RecordWriteGuard.recordOf("/api/v1/clubs", GUARDED)).isEmpty();
        assertThat(RecordWriteGuard.recordOf("/admin/accounts/{id}/health-data", GUARDED))
                .isEmpty();
    }
}
