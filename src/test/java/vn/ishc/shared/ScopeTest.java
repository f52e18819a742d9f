package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {
    @Test
    void aUnitScopeIncludesOnlyItsUnits() {
        Scope ward = Scope.units(Set.of(42L, 10L, 11L), true);
        assertThat(ward.includes(11, null)).isTrue();
        assertThat(ward.includes(12, null)).isFalse();
        assertThat(ward.permitsWrite(11, 7L)).isTrue();
        assertThat(ward.unitPredicate("c.unit_id", "c.id")).isEqualTo("c.unit_id in (10,11,42)");
    }

    @Test
    void aClubScopeIncludesOnlyItsClubWhateverTheUnit() {
        Scope board = Scope.club(7, true);
        assertThat(board.includes(10, 7L)).isTrue();
        assertThat(board.includes(10, 8L)).isFalse();
        assertThat(board.includes(10, null)).isFalse();
        assertThat(board.unitPredicate("c.unit_id", "c.id")).isEqualTo("c.id = 7");
    }

    @Test
    void readOnlyScopesNeverWrite() {
        Scope viewer = Scope.units(Set.of(3L), false);
        assertThat(viewer.includes(3, null)).isTrue();
        assertThat(viewer.permitsWrite(3, null)).isFalse();
    }

    @Test
    void emptyAndMissingScopesSeeNothing() {
        assertThat(Scope.units(Set.of(), true).unitPredicate("u", "c")).isEqualTo("1 = 0");
        assertThat(Scope.nothing().includes(1, 1L)).isFalse();
        assertThat(Scope.nothing().unitPredicate("u", "c")).isEqualTo("1 = 0");
        assertThat(Scope.everything(true).unitPredicate("u", "c")).isEqualTo("1 = 1");
    }

    @Test
    void aUnitAsAWholeIsVisibleToUnitScopesAndAdministratorsOnly() {
        assertThat(Scope.everything(false).includesUnit(7)).isTrue();
        assertThat(Scope.everything(false).unrestricted()).isTrue();
        assertThat(Scope.units(Set.of(7L), false).includesUnit(7)).isTrue();
        assertThat(Scope.units(Set.of(7L), false).includesUnit(8)).isFalse();
        assertThat(Scope.units(Set.of(7L), true).unrestricted()).isFalse();
        assertThat(Scope.club(3, true).includesUnit(7)).isFalse();
        assertThat(Scope.nothing().includesUnit(7)).isFalse();
    }
}
