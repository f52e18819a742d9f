package vn.ishc.oversight.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.oversight.OversightRefused;
import vn.ishc.oversight.Rating;
import vn.ishc.oversight.RatingThresholds;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitCommands.ScoreEntry;

/** A visit's rules, total and rating from the checklist (5 items of 2 points: 10 in all), and its follow-ups. */
class MonitoringVisitTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final List<ChecklistItem> ITEMS = List.of(
            new ChecklistItem("A", 10, "A", "A", 2),
            new ChecklistItem("B", 20, "B", "B", 2),
            new ChecklistItem("C", 30, "C", "C", 2),
            new ChecklistItem("D", 40, "D", "D", 2),
            new ChecklistItem("E", 50, "E", "E", 2));
    static final MonitoringVisit.Context CTX =
            new MonitoringVisit.Context(TODAY, LocalDate.of(2020, 1, 1), 1, ITEMS, RatingThresholds.DEFAULT);

    static List<ScoreEntry> scores(int... s) {
        List<ScoreEntry> out = new ArrayList<>();
        for (int i = 0; i < s.length; i++) out.add(new ScoreEntry(ITEMS.get(i).code(), s[i], null));
        return out;
    }

    static MonitoringVisit visit(List<ScoreEntry> scores, List<FollowUpEntry> followUps) {
        return MonitoringVisit.record(
                new RecordVisit(5, TODAY.minusDays(10), "Hội NCT phường", scores, "Sổ sách thiếu", followUps),
                CTX,
                "demo-ward",
                Instant.EPOCH);
    }

    @Test
    void theTotalAndTheRatingAtTheThresholds() {
        assertThat(visit(scores(2, 2, 2, 2, 0), List.of()).rating()).isEqualTo(Rating.GOOD); // 8/10 = 80 %
        assertThat(visit(scores(2, 2, 2, 1, 0), List.of()).rating()).isEqualTo(Rating.FAIR); // 70 %
        assertThat(visit(scores(2, 2, 1, 0, 0), List.of()).rating()).isEqualTo(Rating.FAIR); // 50 %
        assertThat(visit(scores(2, 2, 0, 0, 0), List.of()).rating()).isEqualTo(Rating.WEAK); // 40 %
        assertThat(visit(scores(0, 0, 0, 0, 0), List.of()).rating()).isEqualTo(Rating.WEAK);
        MonitoringVisit all = visit(scores(2, 2, 2, 2, 2), List.of());
        assertThat(all.rating()).isEqualTo(Rating.GOOD);
        assertThat(all.score()).isEqualTo(10);
        assertThat(all.maxScore()).isEqualTo(10);
    }

    @Test
    void everyItemScoredOnceWithinItsRange() {
        assertThatThrownBy(() -> visit(scores(2, 2, 2, 2), List.of()))
                .isInstanceOf(OversightRefused.class)
                .hasMessage("oversight.visit.error.scoreMissing");
        assertThatThrownBy(() -> visit(scores(2, 2, 2, 2, 3), List.of()))
                .hasMessage("oversight.visit.error.scoreRange");
        assertThatThrownBy(() -> visit(scores(2, 2, 2, 2, -1), List.of()))
                .hasMessage("oversight.visit.error.scoreRange");
        List<ScoreEntry> twice = new ArrayList<>(scores(2, 2, 2, 2, 2));
        twice.add(new ScoreEntry("a", 1, null));
        assertThatThrownBy(() -> visit(twice, List.of())).hasMessage("oversight.visit.error.itemTwice");
        List<ScoreEntry> unknown = new ArrayList<>(scores(2, 2, 2, 2, 2));
        unknown.add(new ScoreEntry("Z", 1, null));
        assertThatThrownBy(() -> visit(unknown, List.of())).hasMessage("oversight.visit.error.noSuchItem");
    }

    @Test
    void theDayNotInTheFutureNorBeforeTheFounding() {
        assertThatThrownBy(() -> MonitoringVisit.record(
                        new RecordVisit(5, TODAY.plusDays(1), "X", scores(2, 2, 2, 2, 2), null, List.of()),
                        CTX,
                        "t",
                        Instant.EPOCH))
                .hasMessage("oversight.error.future");
        assertThatThrownBy(() -> MonitoringVisit.record(
                        new RecordVisit(5, LocalDate.of(2019, 12, 31), "X", scores(2, 2, 2, 2, 2), null, List.of()),
                        CTX,
                        "t",
                        Instant.EPOCH))
                .hasMessage("oversight.visit.error.beforeFounding");
        assertThat(MonitoringVisit.record(
                                new RecordVisit(5, TODAY, "X", scores(2, 2, 2, 2, 2), null, List.of()),
                                CTX,
                                "t",
                                Instant.EPOCH)
                        .visitedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void followUpsDueNotBeforeTheVisitClosedOnce() {
        assertThatThrownBy(() -> visit(
                        scores(1, 1, 1, 0, 0), List.of(new FollowUpEntry("Bổ sung sổ", "Thư ký", TODAY.minusDays(11)))))
                .hasMessage("oversight.visit.error.dueBeforeVisit");
        MonitoringVisit v =
                visit(scores(1, 1, 1, 0, 0), List.of(new FollowUpEntry("Bổ sung sổ", "Thư ký", TODAY.minusDays(1))));
        MonitoringVisit saved = v.withIds(
                9,
                List.of(new MonitoringVisit.FollowUp(
                        3L, "Bổ sung sổ", "Thư ký", TODAY.minusDays(1), null, null, null, 0)));
        assertThat(saved.followUps().get(0).overdueOn(TODAY)).isTrue();
        assertThat(saved.followUps().get(0).overdueOn(TODAY.minusDays(1))).isFalse();
        assertThatThrownBy(() -> saved.closeFollowUp(3, 0, TODAY.plusDays(1), null, "t", TODAY))
                .hasMessage("oversight.error.future");
        assertThatThrownBy(() -> saved.closeFollowUp(3, 0, TODAY.minusDays(11), null, "t", TODAY))
                .hasMessage("oversight.followUp.error.beforeVisit");
        MonitoringVisit.FollowUp closed = saved.closeFollowUp(3, 0, TODAY, "Đã bổ sung", "t", TODAY);
        assertThat(closed.open()).isFalse();
        assertThat(closed.overdueOn(TODAY)).isFalse();
        assertThatThrownBy(() -> saved.closeFollowUp(3, 0, TODAY, null, "t", TODAY))
                .hasMessage("oversight.followUp.error.closed");
    }

    @Test
    void aCancelledVisitClosesNothing() {
        MonitoringVisit v = visit(scores(1, 1, 1, 0, 0), List.of())
                .withIds(9, List.of(new MonitoringVisit.FollowUp(3L, "X", null, TODAY, null, null, null, 0)));
        v.cancel(TODAY, "Ghi nhầm");
        assertThatThrownBy(() -> v.closeFollowUp(3, 0, TODAY, null, "t", TODAY))
                .hasMessage("oversight.visit.error.cancelled");
        assertThatThrownBy(() -> v.cancel(TODAY, "Lại")).hasMessage("oversight.visit.error.cancelled");
    }
}
