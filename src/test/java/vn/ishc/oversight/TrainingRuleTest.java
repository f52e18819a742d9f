package vn.ishc.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.club.BoardRole;
import vn.ishc.oversight.TrainingRule.Attendance;

/** "Trained in a year" at its edges: board member or not, 31 December and 1 January, a cancelled session. */
class TrainingRuleTest {
    static final long CLUB = 7;

    static Attendance at(LocalDate on, ParticipantRole role) {
        return new Attendance(1, on, false, CLUB, role);
    }

    @Test
    void theBoardRolesAreTheClubModulesBoardRoles() {
        assertThat(TrainingRule.BOARD_ROLES.stream().map(Enum::name).toList())
                .containsExactlyElementsOf(
                        Arrays.stream(BoardRole.values()).map(Enum::name).toList());
    }

    @Test
    void aBoardMemberTrainsTheClubAnOrdinaryMemberDoesNot() {
        LocalDate day = LocalDate.of(2024, 5, 10);
        for (ParticipantRole r : ParticipantRole.values()) {
            boolean board = r.onTheBoard();
            assertThat(TrainingRule.trainedIn(List.of(at(day, r)), CLUB, 2024))
                    .as(r.name())
                    .isEqualTo(board);
        }
        assertThat(TrainingRule.trainedIn(List.of(at(day, ParticipantRole.CLUB_MEMBER)), CLUB, 2024))
                .isFalse();
        assertThat(TrainingRule.trainedIn(List.of(at(day, ParticipantRole.CHAIR)), CLUB, 2024))
                .isTrue();
    }

    @Test
    void theYearIsTheSessionsFirstDay() {
        List<Attendance> lastDay = List.of(at(LocalDate.of(2023, 12, 31), ParticipantRole.CHAIR));
        assertThat(TrainingRule.trainedIn(lastDay, CLUB, 2023)).isTrue();
        assertThat(TrainingRule.trainedIn(lastDay, CLUB, 2024)).isFalse();
        List<Attendance> firstDay = List.of(at(LocalDate.of(2024, 1, 1), ParticipantRole.TREASURER));
        assertThat(TrainingRule.trainedIn(firstDay, CLUB, 2023)).isFalse();
        assertThat(TrainingRule.trainedIn(firstDay, CLUB, 2024)).isTrue();
    }

    @Test
    void aCancelledSessionOrAnotherClubTrainsNobodyHere() {
        LocalDate day = LocalDate.of(2024, 5, 10);
        Attendance cancelled = new Attendance(1, day, true, CLUB, ParticipantRole.CHAIR);
        Attendance other = new Attendance(2, day, false, CLUB + 1, ParticipantRole.CHAIR);
        Attendance none = new Attendance(3, day, false, null, ParticipantRole.CHAIR);
        assertThat(TrainingRule.trainedIn(List.of(cancelled, other, none), CLUB, 2024))
                .isFalse();
        assertThat(TrainingRule.lastTraining(List.of(cancelled, other), CLUB)).isEmpty();
    }

    @Test
    void theLastTrainingIsTheLatestThatCounts() {
        List<Attendance> list = List.of(
                at(LocalDate.of(2022, 3, 1), ParticipantRole.CHAIR),
                at(LocalDate.of(2025, 3, 1), ParticipantRole.CLUB_MEMBER),
                at(LocalDate.of(2024, 3, 1), ParticipantRole.SECRETARY),
                new Attendance(9, LocalDate.of(2026, 1, 1), true, CLUB, ParticipantRole.CHAIR));
        assertThat(TrainingRule.lastTraining(list, CLUB)).contains(LocalDate.of(2024, 3, 1));
    }
}
