package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;

/**
 * Plans through their pages: the seeded plan, a second plan on the six units of 2025 beside it, locking,
 * changes of a locked plan only with a reason and in the change log, the ward roadmap, and who may do
 * what.
 */
@IntegrationTest
class PlanPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlanService plans;

    @Autowired
    Plans repository;

    @Autowired
    UnitDirectory units;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theSeededPlanHasTheTargetsOfThePlanAndItsTwentyOneUnits() throws Exception {
        Plan bmt = repository.find(1).orElseThrow();
        assertThat(bmt.units()).hasSize(21);
        assertThat(bmt.locked()).isTrue();
        assertThat(bmt.target(Indicator.NEW_CLUBS)).isEqualTo(19);
        assertThat(bmt.target(Indicator.NEW_CLUB_MEMBERS)).isEqualTo(950);
        assertThat(bmt.target(Indicator.NEW_CLUB_OLDER_MEMBERS)).isEqualTo(570);
        assertThat(bmt.target(Indicator.NEW_CLUBS_YEAR)).isEqualTo(2);
        assertThat(bmt.target(Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED)).isEqualTo(70);
        // Found by name and validity: the two units without a code are in, the 2025 units (which reuse
        // old codes) are not.
        List<String> names = bmt.units().stream()
                .map(id -> units.find(id).orElseThrow().name())
                .toList();
        assertThat(names).contains("Phường Thống Nhất", "Phường Thắng Lợi", "Xã Hòa Xuân");
        assertThat(bmt.units()).allMatch(id -> units.find(id).orElseThrow().validOn(bmt.unitsDate()));
        assertThat(bmt.rules()).isEqualTo(PlanRules.DEFAULT);
        mvc.perform(get("/plans/1").with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Thắng Lợi")))
                .andExpect(content().string(containsString("Kế hoạch số 11403/KH-UBND")))
                .andExpect(content().string(containsString("id=\"targets\"")))
                .andExpect(content().string(containsString("id=\"roadmap\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"edit-plan\""))));
    }

    long createSecondPlan(String tag) throws Exception {
        // The six wards and communes formed on 1 July 2025 directly under Tỉnh Đắk Lắk (id 1, V2).
        List<UnitView> of2025 = units.childrenAsOf(1, java.time.LocalDate.of(2026, 1, 1)).stream()
                .filter(u -> u.type().isGrassroots())
                .toList();
        assertThat(of2025).hasSize(6);
        MockHttpServletRequestBuilder request = post("/plans/new")
                .with(as("demo-city"))
                .with(csrf())
                .param("name", "Kế hoạch 2026–2030 " + tag)
                .param("legalReference", "Quyết định 1648/QĐ-TTg")
                .param("start", "2026-01-01")
                .param("end", "2030-12-31")
                .param("unitsDate", "2026-01-01");
        for (UnitView u : of2025) request.param("units", String.valueOf(u.id()));
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/plans/*"));
        return repository.all().stream()
                .filter(p -> p.name().equals("Kế hoạch 2026–2030 " + tag))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aCityOfficerCreatesA2026PlanOnTheSixUnitsOf2025BesideTheFirst() throws Exception {
        mvc.perform(get("/plans/new").with(as("demo-city")).param("unitsDate", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Buôn Ma Thuột")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Phường Thắng Lợi"))));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Plan p = repository.find(createSecondPlan(tag)).orElseThrow();
        assertThat(p.units()).hasSize(6);
        assertThat(p.locked()).isFalse();
        assertThat(p.target(Indicator.NEW_CLUBS)).isEqualTo(19);
        assertThat(repository.find(1).orElseThrow().units()).hasSize(21);
        // The dashboard of the new plan: by its units (those of 2026) and by today's.
        mvc.perform(get("/dashboard")
                        .with(as("demo-city"))
                        .param("plan", String.valueOf(p.id()))
                        .param("asOf", "2026-06-30")
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Buôn Ma Thuột")));

        // A plan whose end comes before its start, or without units, is refused and nothing is saved.
        int before = repository.all().size();
        mvc.perform(post("/plans/new")
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("name", "Sai " + tag)
                        .param("start", "2030-01-01")
                        .param("end", "2026-01-01")
                        .param("unitsDate", "2026-01-01")
                        .param("units", String.valueOf(p.units().iterator().next())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc phải sau ngày bắt đầu.")));
        mvc.perform(post("/plans/new")
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("name", "Sai " + tag)
                        .param("start", "2026-01-01")
                        .param("end", "2030-01-01")
                        .param("unitsDate", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn ít nhất một phường, xã.")));
        assertThat(repository.all()).hasSize(before);
    }

    @Test
    void aLockedPlanChangesOnlyWithAReasonAndEveryChangeIsLogged() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long id = createSecondPlan(tag);
        Plan p = repository.find(id).orElseThrow();
        mvc.perform(post("/plans/{id}/lock", id)
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("version", String.valueOf(p.version())))
                .andExpect(status().is3xxRedirection());
        p = repository.find(id).orElseThrow();
        assertThat(p.locked()).isTrue();

        // Without a reason: the form again, with the message beside the field, and nothing saved.
        mvc.perform(edit(p, "25", "").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch đã khóa: hãy ghi lý do thay đổi.")));
        assertThat(repository.find(id).orElseThrow().target(Indicator.NEW_CLUBS))
                .isEqualTo(19);

        // With a reason: saved and logged (who, what, old → new, why), and shown on the plan page.
        mvc.perform(edit(p, "25", "Điều chỉnh theo Quyết định 1648/QĐ-TTg").with(as("demo-city")))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.find(id).orElseThrow().target(Indicator.NEW_CLUBS))
                .isEqualTo(25);
        var log = plans.changes(id);
        assertThat(log).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("target.NEW_CLUBS");
            assertThat(c.oldValue()).isEqualTo("19");
            assertThat(c.newValue()).isEqualTo("25");
            assertThat(c.changedBy()).isEqualTo("demo-city");
            assertThat(c.reason()).isEqualTo("Điều chỉnh theo Quyết định 1648/QĐ-TTg");
        });
        assertThat(log).anySatisfy(c -> assertThat(c.what()).isEqualTo("locked"));
        mvc.perform(get("/plans/{id}", id).with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điều chỉnh theo Quyết định 1648/QĐ-TTg")));

        // A stale version is refused (409), not applied over the other change.
        mvc.perform(edit(p, "30", "lại").with(as("demo-city"))).andExpect(status().isConflict());

        // The roadmap: which ward plans a new club in which year; also only with a reason.
        Plan current = repository.find(id).orElseThrow();
        long ward = current.units().iterator().next();
        mvc.perform(post("/plans/{id}/roadmap", id)
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("version", String.valueOf(current.version()))
                        .param("c_" + ward + "_2027", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch đã khóa: hãy ghi lý do thay đổi.")));
        mvc.perform(post("/plans/{id}/roadmap", id)
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("version", String.valueOf(current.version()))
                        .param("c_" + ward + "_2027", "hai")
                        .param("reason", "Phường đăng ký"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số CLB mới phải là số nguyên từ 0 đến 99.")));
        mvc.perform(post("/plans/{id}/roadmap", id)
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("version", String.valueOf(current.version()))
                        .param("c_" + ward + "_2027", "2")
                        .param("reason", "Phường đăng ký"))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.find(id).orElseThrow().planned(ward, 2027)).isEqualTo(2);
        String cell = "c_" + ward + "_2027";
        assertThat(mvc.perform(get("/plans/{id}/roadmap", id).with(as("demo-city")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "max=\"99\"",
                        "name=\"" + cell + "\" id=\"" + cell + "\" value=\"2\" aria-label=\"",
                        "id=\"reason\"");
        String share = "t_" + ward + "_" + Indicator.NEW_CLUB_MEMBERS.code();
        assertThat(mvc.perform(get("/plans/{id}/unit-targets", id).with(as("demo-city")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("max=\"100000\"", "name=\"" + share + "\" id=\"" + share + "\"", "id=\"reason\"");
        assertThat(plans.changes(id)).anySatisfy(c -> assertThat(c.what()).startsWith("roadmap "));
        // The dashboard by the plan's units compares each ward with its roadmap.
        mvc.perform(get("/dashboard")
                        .with(as("demo-city"))
                        .param("plan", String.valueOf(id))
                        .param("asOf", "2027-06-30")
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CLB mới theo lộ trình")))
                .andExpect(content().string(containsString("Lộ trình phường, xã")));

        // Only an administrator unlocks, with a reason.
        Plan locked = repository.find(id).orElseThrow();
        mvc.perform(post("/plans/{id}/unlock", id)
                        .with(as("demo-city"))
                        .with(csrf())
                        .param("version", String.valueOf(locked.version()))
                        .param("reason", "mở"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/unlock", id)
                        .with(as("demo-admin"))
                        .with(csrf())
                        .param("version", String.valueOf(locked.version()))
                        .param("reason", "Sửa lộ trình"))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.find(id).orElseThrow().locked()).isFalse();
    }

    MockHttpServletRequestBuilder edit(Plan p, String newClubs, String reason) {
        return edit(p, newClubs, reason, java.util.Map.of());
    }

    /** The edit form as the page posts it, with some fields replaced. */
    MockHttpServletRequestBuilder edit(Plan p, String newClubs, String reason, java.util.Map<String, String> replaced) {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("version", String.valueOf(p.version()));
        f.put("name", p.name());
        f.put("legalReference", p.legalReference());
        f.put("start", p.start().toString());
        f.put("end", p.end().toString());
        f.put("reason", reason);
        PlanRules r = p.rules();
        f.put("membersMin", "" + r.membersMin());
        f.put("membersMax", "" + r.membersMax());
        f.put("womenMinPercent", "" + r.womenMinPercent());
        f.put("womenMaxPercent", "" + r.womenMaxPercent());
        f.put("olderMinPercent", "" + r.olderMinPercent());
        f.put("olderMaxPercent", "" + r.olderMaxPercent());
        f.put("youngerMinPercent", "" + r.youngerMinPercent());
        f.put("youngerMaxPercent", "" + r.youngerMaxPercent());
        f.put("olderAge", "" + r.olderAge());
        f.put("borrowersMinPercent", "" + r.borrowersMinPercent());
        f.put("fullyActiveAreas", "" + r.fullyActiveAreas());
        f.put("fullyActiveMeetings", "" + r.fullyActiveMeetings());
        for (Indicator i : Indicator.values()) {
            Integer t = i == Indicator.NEW_CLUBS ? Integer.valueOf(newClubs) : p.target(i);
            f.put("targets[" + i.code() + "]", t == null ? "" : t.toString());
        }
        f.putAll(replaced);
        MockHttpServletRequestBuilder b = post("/plans/{id}/edit", p.id()).with(csrf());
        f.forEach((k, v) -> b.param(k, v));
        return b;
    }

    @Test
    void onlyAdministratorsAndCityOfficersChangePlans() throws Exception {
        mvc.perform(get("/plans/new").with(as("demo-ward"))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/1/edit").with(as("demo-viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/1/roadmap").with(as("demo-club"))).andExpect(status().isForbidden());
        mvc.perform(post("/plans/1/lock").with(as("demo-ward")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans/1/edit").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bắt buộc vì kế hoạch đã khóa")));
        mvc.perform(get("/plans").with(as("demo-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"new-plan\""))));
        mvc.perform(get("/plans/987654").with(as("demo-city"))).andExpect(status().isNotFound());
    }

    @Test
    void badFormValuesGetMessagesBesideTheFields() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Plan p = repository.find(createSecondPlan(tag)).orElseThrow();
        mvc.perform(edit(p, "-3", "", java.util.Map.of("olderAge", "7")).with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ tiêu phải là số không âm.")))
                .andExpect(content().string(containsString("Tuổi phải từ 40 đến 100.")));
        mvc.perform(edit(p, "20", "", java.util.Map.of("membersMin", "80")).with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mức tối đa không được nhỏ hơn mức tối thiểu.")));
        assertThat(repository.find(p.id()).orElseThrow().target(Indicator.NEW_CLUBS))
                .isEqualTo(19);
    }
}
