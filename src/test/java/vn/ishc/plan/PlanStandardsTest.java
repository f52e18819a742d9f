package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;
import vn.ishc.area.UnitCsvImport;
import vn.ishc.area.UnitDirectory;
import vn.ishc.member.MemberRegistry;
import vn.ishc.plan.IndicatorEngine.Figure;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.shared.Scope;

/**
 * The member pages and the dashboard read the same rules, those of the plan: after a plan's members-per-club
 * bound is edited, the club page's composition panel, the member registry's composition and the dashboard's
 * {@link Indicator#CLUBS_COMPOSITION_OK} all judge the club by the new bound.
 */
@IntegrationTest
class PlanStandardsTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitDirectory units;

    @Autowired
    UnitCsvImport csv;

    @Autowired
    Plans plans;

    @Autowired
    PlanService service;

    @Autowired
    IndicatorEngine engine;

    @Autowired
    MemberRegistry members;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void aPlanEditChangesTheMemberPagesAndTheDashboardAlike() throws Exception {
        PlanFixture f = new PlanFixture(jdbc, units, csv);
        Plan plan = f.plan(plans); // 4–6 members, women 50–75 %, older 50–75 %, younger 25–50 %
        LocalDate joined = LocalDate.of(2022, 3, 1);
        long club = f.club("K", "Xã A", joined);
        f.member(club, "Bà Một", "FEMALE", 1950, joined);
        f.member(club, "Bà Hai", "FEMALE", 1952, joined);
        f.member(club, "Chị Ba", "FEMALE", 1990, joined);
        f.member(club, "Ông Bốn", "MALE", 1948, joined);
        f.member(club, "Anh Năm", "MALE", 1985, joined);
        LocalDate today = LocalDate.now(clock);
        View view = new View(plan, f.unit("Xã A"), today, Era.PLAN);

        // 5 members within 4–6: the club page, the registry and the dashboard say it meets the standard.
        assertThat(clubPage(club)).contains("Đạt chuẩn (4–6)");
        assertThat(as(() -> members.compositionOf(club, today).meetsEveryRule()))
                .isTrue();
        assertThat(engine.compute(view, Scope.everything(false))
                        .result(Indicator.CLUBS_COMPOSITION_OK)
                        .total())
                .isEqualTo(new Figure(1, 1));

        // The plan now asks for exactly 6 members.
        Plan p = plans.find(plan.id()).orElseThrow();
        PlanRules r = p.rules();
        PlanRules six = new PlanRules(
                6,
                6,
                r.womenMinPercent(),
                r.womenMaxPercent(),
                r.olderMinPercent(),
                r.olderMaxPercent(),
                r.youngerMinPercent(),
                r.youngerMaxPercent(),
                r.olderAge(),
                r.borrowersMinPercent(),
                r.fullyActiveAreas(),
                r.fullyActiveMeetings());
        as(() -> service.edit(new PlanCommands.EditPlan(
                p.id(), p.version(), p.name(), p.legalReference(), p.start(), p.end(), six, p.targets(), null)));
        Plan edited = plans.find(plan.id()).orElseThrow();

        assertThat(clubPage(club)).contains("Dưới chuẩn (6–6)").doesNotContain("Đạt chuẩn (4–6)");
        assertThat(as(() -> members.compositionOf(club, today).meetsEveryRule()))
                .isFalse();
        assertThat(engine.compute(new View(edited, f.unit("Xã A"), today, Era.PLAN), Scope.everything(false))
                        .result(Indicator.CLUBS_COMPOSITION_OK)
                        .total())
                .isEqualTo(new Figure(0, 1));
    }

    String clubPage(long club) throws Exception {
        return mvc.perform(get("/clubs/" + club).with(user(accounts.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    <T> T as(java.util.function.Supplier<T> work) {
        var user = accounts.loadUserByUsername("admin");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
