package vn.ishc.oversight.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ishc.oversight.OversightRefused;
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;

/** A training session's rules, without Spring. */
class TrainingSessionTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final TrainingSession.Context CTX =
            new TrainingSession.Context(TODAY, Set.of(1L, 2L), Map.of(1L, Map.of(100L, "Nguyễn Văn Hội")));

    static SessionDetails details(LocalDate from, LocalDate to, List<ParticipantEntry> people) {
        return new SessionDetails(
                "Kỹ năng quản lý quỹ",
                from,
                to,
                "Hội trường",
                "Bà Lê Thị Giảng",
                Organiser.CITY_ASSOCIATION,
                null,
                3L,
                null,
                people);
    }

    static ParticipantEntry chair(long club) {
        return new ParticipantEntry(null, "Trần Thị Chủ", club, ParticipantRole.CHAIR);
    }

    static String refusal(SessionDetails d) {
        try {
            TrainingSession.record(d, CTX, "t", Instant.EPOCH);
            return null;
        } catch (OversightRefused e) {
            return e.field() + ":" + e.messageKey();
        }
    }

    @Test
    void recordedWithItsParticipants() {
        TrainingSession s = TrainingSession.record(
                details(
                        TODAY.minusDays(2),
                        TODAY,
                        List.of(chair(1), new ParticipantEntry(100L, null, 1L, ParticipantRole.CLUB_MEMBER))),
                CTX,
                "demo-city",
                Instant.EPOCH);
        assertThat(s.participants())
                .extracting(TrainingSession.Participant::fullName)
                .containsExactly("Trần Thị Chủ", "Nguyễn Văn Hội");
        assertThat(s.trains(1)).isTrue();
        assertThat(s.trains(2)).isFalse();
    }

    @Test
    void datesInOrderAndNotInTheFuture() {
        assertThat(refusal(details(TODAY, TODAY.minusDays(1), List.of(chair(1)))))
                .isEqualTo("endsOn:oversight.training.error.endsBeforeStart");
        assertThat(refusal(details(TODAY.plusDays(1), TODAY.plusDays(1), List.of(chair(1)))))
                .isEqualTo("startsOn:oversight.error.future");
        assertThat(refusal(details(TODAY, TODAY.plusDays(1), List.of(chair(1)))))
                .isEqualTo("endsOn:oversight.error.future");
        assertThat(refusal(details(TODAY, TODAY, List.of(chair(1))))).isNull();
    }

    @Test
    void atLeastOneParticipantEachOnceInTheUnitsClubs() {
        assertThat(refusal(details(TODAY, TODAY, List.of())))
                .isEqualTo("participants:oversight.training.error.noParticipant");
        assertThat(refusal(details(TODAY, TODAY, List.of(chair(1), chair(1)))))
                .isEqualTo("participants[1].fullName:oversight.training.error.twice");
        assertThat(refusal(details(TODAY, TODAY, List.of(chair(1), chair(2))))).isNull();
        assertThat(refusal(details(TODAY, TODAY, List.of(chair(9)))))
                .isEqualTo("participants[0].clubId:oversight.training.error.clubOutsideUnit");
        assertThat(refusal(
                        details(TODAY, TODAY, List.of(new ParticipantEntry(null, "A", null, ParticipantRole.CHAIR)))))
                .isEqualTo("participants[0].clubId:oversight.training.error.clubNeeded");
        assertThat(refusal(details(
                        TODAY, TODAY, List.of(new ParticipantEntry(null, "Cán bộ", null, ParticipantRole.OFFICER)))))
                .isNull();
        assertThat(refusal(details(TODAY, TODAY, List.of(new ParticipantEntry(101L, null, 1L, ParticipantRole.CHAIR)))))
                .isEqualTo("participants[0].personId:oversight.training.error.notAMember");
        assertThat(refusal(details(TODAY, TODAY, List.of(new ParticipantEntry(null, " ", 1L, ParticipantRole.CHAIR)))))
                .isEqualTo("participants[0].fullName:validation.required");
    }

    @Test
    void anotherOrganiserIsNamed() {
        SessionDetails d = new SessionDetails(
                "Chủ đề", TODAY, TODAY, null, "GV", Organiser.OTHER, null, 3L, null, List.of(chair(1)));
        assertThat(refusal(d)).isEqualTo("organiserName:oversight.training.error.organiserName");
    }

    @Test
    void cancelledOnceWithAReasonAndThenTrainsNobody() {
        TrainingSession s = TrainingSession.record(details(TODAY, TODAY, List.of(chair(1))), CTX, "t", Instant.EPOCH);
        assertThatThrownBy(() -> s.cancel(TODAY, " ")).isInstanceOf(OversightRefused.class);
        s.cancel(TODAY, "Ghi nhầm");
        assertThat(s.cancelled()).isTrue();
        assertThat(s.trains(1)).isFalse();
        assertThatThrownBy(() -> s.cancel(TODAY, "Lần nữa")).isInstanceOf(OversightRefused.class);
        assertThatThrownBy(() -> s.edit(details(TODAY, TODAY, List.of(chair(2))), CTX))
                .isInstanceOf(OversightRefused.class);
    }
}
