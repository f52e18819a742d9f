package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.meeting.Attendance.ABSENT;
import static vn.ishc.meeting.Attendance.EXCUSED;
import static vn.ishc.meeting.Attendance.PRESENT;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Absent three meetings running flags a member; anything else at one of the three does not. */
class AbsenceRuleTest {
    static boolean flagged(Attendance... latestFirst) {
        return AbsenceRule.flagged(Arrays.asList(latestFirst));
    }

    @Test
    void threeAbsencesRunningFlag() {
        assertThat(flagged(ABSENT, ABSENT, ABSENT)).isTrue();
        assertThat(flagged(ABSENT, ABSENT, ABSENT, PRESENT)).isTrue();
    }

    @Test
    void twoAreNotEnough() {
        assertThat(flagged(ABSENT, ABSENT)).isFalse();
        assertThat(flagged(ABSENT, ABSENT, PRESENT)).isFalse();
        assertThat(AbsenceRule.flagged(List.of())).isFalse();
    }

    @Test
    void leaveOrPresenceBreaksTheRun() {
        assertThat(flagged(ABSENT, EXCUSED, ABSENT)).isFalse();
        assertThat(flagged(PRESENT, ABSENT, ABSENT, ABSENT)).isFalse();
    }

    @Test
    void aMeetingBeforeTheMemberJoinedDoesNotCount() {
        assertThat(flagged(ABSENT, ABSENT, null)).isFalse();
    }
}
