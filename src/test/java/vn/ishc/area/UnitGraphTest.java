package vn.ishc.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splits and renames, which the Buôn Ma Thuột data does not have, on a small made-up province. */
class UnitGraphTest {
    static final LocalDate SPLIT_DAY = LocalDate.of(2021, 1, 1);
    static final LocalDate RENAME_DAY = LocalDate.of(2023, 1, 1);

    // Province 1 > district 2 > communes: 3 (split into 4 and 5), 6 (renamed 7).
    final UnitGraph graph = new UnitGraph(
            List.of(
                    unit(1, null, null, null),
                    unit(2, 1L, null, null),
                    unit(3, 2L, null, SPLIT_DAY.minusDays(1)),
                    unit(4, 2L, SPLIT_DAY, null),
                    unit(5, 2L, SPLIT_DAY, null),
                    unit(6, 2L, null, RENAME_DAY.minusDays(1)),
                    unit(7, 2L, RENAME_DAY, null)),
            List.of(
                    change(1, ChangeKind.SPLIT, SPLIT_DAY, new ChangeView.Link(3, 4), new ChangeView.Link(3, 5)),
                    change(2, ChangeKind.RENAME, RENAME_DAY, new ChangeView.Link(6, 7))));

    static UnitView unit(long id, Long parent, LocalDate from, LocalDate to) {
        return new UnitView(
                id, "C" + id, "Unit " + id, parent == null ? UnitType.PROVINCE : UnitType.COMMUNE, parent, from, to);
    }

    static ChangeView change(long id, ChangeKind kind, LocalDate on, ChangeView.Link... links) {
        return new ChangeView(
                id, kind, on, "Test " + id, true, null, List.of(), List.of(), List.of(), List.of(links), 0);
    }

    @Test
    void aSplitUnitPassesIntoEveryPart() {
        assertThat(graph.successorsAsOf(3, SPLIT_DAY.minusDays(1)))
                .extracting(UnitView::id)
                .containsExactly(3L);
        assertThat(graph.successorsAsOf(3, SPLIT_DAY)).extracting(UnitView::id).containsExactlyInAnyOrder(4L, 5L);
        assertThat(graph.originsAsOf(4, SPLIT_DAY.minusDays(1)))
                .extracting(UnitView::id)
                .containsExactly(3L);
    }

    @Test
    void aPartOfASplitDoesNotOwnTheWholeOldUnit() {
        assertThat(graph.territory(4)).containsExactly(4L);
        assertThat(graph.territory(2)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void aRenamedUnitKeepsItsPredecessorsTerritory() {
        assertThat(graph.territory(7)).containsExactlyInAnyOrder(6L, 7L);
        assertThat(graph.successorsAsOf(6, RENAME_DAY)).extracting(UnitView::id).containsExactly(7L);
        assertThat(graph.childrenAsOf(2, RENAME_DAY.minusDays(1)))
                .extracting(UnitView::id)
                .containsExactly(4L, 5L, 6L);
        assertThat(graph.childrenAsOf(2, RENAME_DAY)).extracting(UnitView::id).containsExactly(4L, 5L, 7L);
    }

    @Test
    void pathRunsFromTheRoot() {
        assertThat(graph.path(7)).extracting(UnitView::id).containsExactly(1L, 2L, 7L);
    }

    @Test
    void unknownUnitsHaveNoTerritory() {
        assertThat(graph.territory(99)).isEmpty();
        assertThat(graph.successorsAsOf(99, RENAME_DAY)).isEmpty();
    }
}
