package vn.ishc.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.IntegrationTest;

/**
 * The seeded Buôn Ma Thuột units at every era boundary: the day before and the day of the 2024 merger
 * (recorded as 1 November 2024) and of the 1 July 2025 reorganisation. Runs on H2 and on PostgreSQL.
 */
@IntegrationTest
class UnitDirectoryTest {
    static final long DAK_LAK = 1, PHU_YEN = 2, BMT_CITY = 3;
    static final long TAN_LAP = 10, TAN_HOA = 11, TAN_AN = 12, THONG_NHAT = 13, THANG_LOI = 15, THANH_CONG = 16;
    static final long TAN_LOI = 17, TAN_THANH = 18, TAN_TIEN = 19, TU_AN = 20, CU_EBUR = 24, HOA_THANG = 26;
    static final long P_BUON_MA_THUOT = 40, P_TAN_AN = 41, P_TAN_LAP = 42;

    static final LocalDate PLAN = LocalDate.of(2021, 1, 1);
    static final LocalDate BEFORE_2024 = LocalDate.of(2024, 10, 31);
    static final LocalDate MERGER_2024 = LocalDate.of(2024, 11, 1);
    static final LocalDate BEFORE_2025 = LocalDate.of(2025, 6, 30);
    static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitDirectory units;

    private static List<String> names(List<UnitView> list) {
        return list.stream().map(UnitView::name).toList();
    }

    @Test
    void buonMaThuotHas21UnitsUntilThe2024Merger() {
        assertThat(units.childrenAsOf(BMT_CITY, PLAN)).hasSize(21);
        assertThat(units.childrenAsOf(BMT_CITY, BEFORE_2024)).hasSize(21);
        assertThat(names(units.childrenAsOf(BMT_CITY, BEFORE_2024))).contains("Phường Thắng Lợi", "Phường Thống Nhất");
    }

    @Test
    void buonMaThuotHas19UnitsFromThe2024MergerToThe2025Reform() {
        assertThat(units.childrenAsOf(BMT_CITY, MERGER_2024)).hasSize(19);
        assertThat(units.childrenAsOf(BMT_CITY, BEFORE_2025)).hasSize(19);
        assertThat(names(units.childrenAsOf(BMT_CITY, MERGER_2024)))
                .doesNotContain("Phường Thắng Lợi", "Phường Thống Nhất")
                .contains("Phường Thành Công", "Phường Tân Tiến");
    }

    @Test
    void from1July2025SixUnitsLieDirectlyUnderDakLakAndTheCityLevelIsGone() {
        assertThat(names(units.childrenAsOf(DAK_LAK, BEFORE_2025))).containsExactly("Thành phố Buôn Ma Thuột");
        assertThat(names(units.childrenAsOf(DAK_LAK, REFORM_2025)))
                .containsExactlyInAnyOrder(
                        "Phường Buôn Ma Thuột",
                        "Phường Tân An",
                        "Phường Tân Lập",
                        "Phường Thành Nhất",
                        "Phường Ea Kao",
                        "Xã Hòa Phú");
        assertThat(units.childrenAsOf(BMT_CITY, REFORM_2025)).isEmpty();
        assertThat(units.find(BMT_CITY).orElseThrow().validOn(REFORM_2025)).isFalse();
    }

    @Test
    void phuYenIsARootUntilItMergesIntoDakLak() {
        assertThat(names(units.rootsAsOf(BEFORE_2025))).containsExactlyInAnyOrder("Tỉnh Đắk Lắk", "Tỉnh Phú Yên");
        assertThat(names(units.rootsAsOf(REFORM_2025))).containsExactly("Tỉnh Đắk Lắk");
        assertThat(units.find(DAK_LAK).orElseThrow().code()).isEqualTo("66");
    }

    @Test
    void successorsFollowEachMergerOnItsDay() {
        assertThat(units.successorsAsOf(THANG_LOI, BEFORE_2024))
                .extracting(UnitView::id)
                .containsExactly(THANG_LOI);
        assertThat(units.successorsAsOf(THANG_LOI, MERGER_2024))
                .extracting(UnitView::id)
                .containsExactly(THANH_CONG);
        assertThat(units.successorsAsOf(THANG_LOI, BEFORE_2025))
                .extracting(UnitView::id)
                .containsExactly(THANH_CONG);
        assertThat(units.successorsAsOf(THANG_LOI, REFORM_2025))
                .extracting(UnitView::id)
                .containsExactly(P_BUON_MA_THUOT);
        assertThat(units.successorsAsOf(TAN_HOA, BEFORE_2025))
                .extracting(UnitView::id)
                .containsExactly(TAN_HOA);
        assertThat(units.successorsAsOf(TAN_HOA, REFORM_2025))
                .extracting(UnitView::id)
                .containsExactly(P_TAN_LAP);
        assertThat(units.successorsAsOf(PHU_YEN, REFORM_2025))
                .extracting(UnitView::id)
                .containsExactly(DAK_LAK);
        assertThat(units.successorsAsOf(P_TAN_LAP, BEFORE_2025)).isEmpty();
    }

    @Test
    void originsGoBackToThePlanUnitsIncludingThoseMergedIn2024() {
        assertThat(units.originsAsOf(P_BUON_MA_THUOT, PLAN))
                .extracting(UnitView::id)
                .containsExactlyInAnyOrder(
                        THANH_CONG, THANG_LOI, TAN_TIEN, THONG_NHAT, TAN_THANH, TU_AN, TAN_LOI, CU_EBUR);
        assertThat(units.originsAsOf(P_BUON_MA_THUOT, BEFORE_2024)).hasSize(8);
        assertThat(units.originsAsOf(P_BUON_MA_THUOT, MERGER_2024))
                .extracting(UnitView::id)
                .containsExactlyInAnyOrder(THANH_CONG, TAN_TIEN, TAN_THANH, TU_AN, TAN_LOI, CU_EBUR);
        assertThat(units.originsAsOf(P_BUON_MA_THUOT, BEFORE_2025)).hasSize(6);
        assertThat(units.originsAsOf(P_BUON_MA_THUOT, REFORM_2025))
                .extracting(UnitView::id)
                .containsExactly(P_BUON_MA_THUOT);
        assertThat(units.originsAsOf(P_TAN_LAP, PLAN))
                .extracting(UnitView::id)
                .containsExactlyInAnyOrder(TAN_LAP, TAN_HOA, HOA_THANG);
    }

    @Test
    void aCodeIsReusedAcrossErasSoItNeverIdentifiesAUnitAlone() {
        assertThat(units.all().stream().filter(u -> "24133".equals(u.code())))
                .extracting(UnitView::id)
                .containsExactlyInAnyOrder(THANH_CONG, P_BUON_MA_THUOT);
    }

    @Test
    void theTerritoryOfAUnitSpansTheEras() {
        assertThat(units.territory(P_TAN_LAP)).containsExactlyInAnyOrder(P_TAN_LAP, TAN_LAP, TAN_HOA, HOA_THANG);
        assertThat(units.territory(P_TAN_LAP)).doesNotContain(TAN_AN, P_TAN_AN);
        assertThat(units.territory(BMT_CITY))
                .contains(TAN_LAP, THANG_LOI, P_BUON_MA_THUOT, P_TAN_AN, P_TAN_LAP, 43L, 44L, 45L)
                .doesNotContain(DAK_LAK, PHU_YEN);
        assertThat(units.territory(DAK_LAK)).contains(PHU_YEN, BMT_CITY, P_TAN_LAP);
        // A unit of the plan's era does not own what was recorded after it merged into a larger one.
        assertThat(units.territory(TAN_LAP)).containsExactly(TAN_LAP);
    }

    @Test
    void theHistoryOfAUnitListsItsChangesWithTheirLegalReferences() {
        List<ChangeView> history = units.historyOf(THANH_CONG);
        assertThat(history).extracting(ChangeView::effectiveDate).containsExactly(MERGER_2024, REFORM_2025);
        assertThat(history.get(0).legalReference()).isEqualTo("Nghị quyết 1193/NQ-UBTVQH15");
        assertThat(history.get(0).dateConfirmed()).isFalse();
        assertThat(history.get(1).legalReference()).isEqualTo("Nghị quyết 1660/NQ-UBTVQH15");
        assertThat(units.formedFrom(P_BUON_MA_THUOT)).hasSize(6);
        assertThat(units.becamePartOf(THANG_LOI)).extracting(l -> l.unit().id()).containsExactly(THANH_CONG);
    }
}
