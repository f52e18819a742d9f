package vn.ishc.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

/** Correcting a change's effective date moves the validity of the units it ended and created. */
@IntegrationTest
class UnitChangeCorrectionTest {
    @Autowired
    UnitCsvImport csvImport;

    @Autowired
    UnitChangeCorrection correction;

    @Autowired
    UnitDirectory units;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    UnitView byName(String name) {
        return units.all().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    String loadMerger() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        assertThat(csvImport
                        .load(String.join(
                                "\n",
                                "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                                "a,1,Xã A " + tag + ",xã,,2020-01-01,2024-10-31,,,,,",
                                "b,2,Xã B " + tag + ",xã,,2020-01-01,2024-10-31,,,,,",
                                "ab,3,Xã AB " + tag + ",xã,,2024-11-01,,a|b,,,Nghị quyết 9/NQ-TEST,"))
                        .problems())
                .isEmpty();
        return tag;
    }

    @Test
    void theEndedAndCreatedUnitsFollowTheCorrectedDate() {
        String tag = loadMerger();
        ChangeView change = units.historyOf(byName("Xã AB " + tag).id()).get(0);
        correction.correct(new CorrectUnitChange(
                change.id(),
                LocalDate.of(2024, 12, 1),
                "Nghị quyết 9/NQ-TEST (đính chính)",
                true,
                "Đã xác nhận",
                change.version()));
        assertThat(byName("Xã A " + tag).validTo()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(byName("Xã B " + tag).validTo()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(byName("Xã AB " + tag).validFrom()).isEqualTo(LocalDate.of(2024, 12, 1));
        ChangeView corrected = units.change(change.id()).orElseThrow();
        assertThat(corrected.legalReference()).isEqualTo("Nghị quyết 9/NQ-TEST (đính chính)");
        assertThat(corrected.dateConfirmed()).isTrue();
    }

    @Test
    void aDateThatWouldEndAUnitBeforeItBeganIsRefusedAndChangesNothing() {
        String tag = loadMerger();
        ChangeView change = units.historyOf(byName("Xã AB " + tag).id()).get(0);
        assertThatThrownBy(() -> correction.correct(new CorrectUnitChange(
                        change.id(), LocalDate.of(2019, 6, 1), "X", true, null, change.version())))
                .isInstanceOf(InvalidUnitChange.class);
        assertThat(byName("Xã A " + tag).validTo()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(units.change(change.id()).orElseThrow().effectiveDate()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void aDateOutsideTheLifeOfAUnitAnotherChangeKeepsGoingIsRefused() {
        // The seeded 2025 merger ended Phường Thành Công, which absorbed Thắng Lợi on 1 November 2024.
        ChangeView reform = units.historyOf(UnitDirectoryTest.P_BUON_MA_THUOT).get(0);
        assertThatThrownBy(() -> correction.correct(new CorrectUnitChange(
                        reform.id(), LocalDate.of(1990, 1, 1), reform.legalReference(), true, null, reform.version())))
                .isInstanceOf(InvalidUnitChange.class)
                .extracting(e -> ((InvalidUnitChange) e).messageKey())
                .isEqualTo("unit.change.error.order");
        assertThat(units.find(UnitDirectoryTest.P_BUON_MA_THUOT).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void anAdministratorCorrectsTheDateOnTheChangeScreen() throws Exception {
        String tag = loadMerger();
        ChangeView change = units.historyOf(byName("Xã AB " + tag).id()).get(0);
        var admin = user(accounts.loadUserByUsername("demo-admin"));
        mvc.perform(get("/admin/unit-changes/" + change.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nghị quyết 9/NQ-TEST")));
        mvc.perform(post("/admin/unit-changes/" + change.id())
                        .with(admin)
                        .with(csrf())
                        .param("effectiveDate", "2019-06-01")
                        .param("legalReference", "Nghị quyết 9/NQ-TEST")
                        .param("version", String.valueOf(change.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kết thúc trước khi bắt đầu")));
        mvc.perform(post("/admin/unit-changes/" + change.id())
                        .with(admin)
                        .with(csrf())
                        .param("effectiveDate", "")
                        .param("legalReference", "")
                        .param("version", String.valueOf(change.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập mục này.")));
        mvc.perform(post("/admin/unit-changes/" + change.id())
                        .with(admin)
                        .with(csrf())
                        .param("effectiveDate", "2025-01-01")
                        .param("legalReference", "Nghị quyết 9/NQ-TEST")
                        .param("dateConfirmed", "true")
                        .param("version", String.valueOf(change.version())))
                .andExpect(status().is3xxRedirection());
        // A second administrator still holding the old version is told, not silently overwritten.
        mvc.perform(post("/admin/unit-changes/" + change.id())
                        .with(admin)
                        .with(csrf())
                        .param("effectiveDate", "2025-03-01")
                        .param("legalReference", "Nghị quyết 9/NQ-TEST")
                        .param("version", String.valueOf(change.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người khác vừa sửa thay đổi này.")));
        assertThat(byName("Xã A " + tag).validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        mvc.perform(post("/admin/unit-changes/" + change.id())
                        .with(user(accounts.loadUserByUsername("demo-city")))
                        .with(csrf())
                        .param("effectiveDate", "2025-02-01")
                        .param("legalReference", "X")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/unit-changes/99999").with(admin)).andExpect(status().isNotFound());
    }
}
