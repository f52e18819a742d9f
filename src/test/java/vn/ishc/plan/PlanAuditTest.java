package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;

/** Unlocking the locked plan is recorded with the reason, and a rename with old and new (rolled back after). */
@IntegrationTest
@Transactional
class PlanAuditTest {
    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anUnlockAndARenameAreRecordedWithTheReasonAndOldAndNewValues() {
        Plan plan = plans.all().stream().filter(Plan::locked).findFirst().orElseThrow();
        AuditedChanges.as(accounts, "demo-admin", () -> {
            plans.unlock(new PlanCommands.UnlockPlan(plan.id(), plan.version(), "Đính chính chỉ tiêu"));
            Plan open = plans.get(plan.id());
            plans.edit(new PlanCommands.EditPlan(
                    open.id(),
                    open.version(),
                    "Kế hoạch đổi tên",
                    open.legalReference(),
                    open.start(),
                    open.end(),
                    open.rules(),
                    open.targets(),
                    null));
        });
        var unlocked = AuditedChanges.latest(jdbc, "plan", plan.id(), "PlanUnlocked");
        assertThat(unlocked.reason()).isEqualTo("Đính chính chỉ tiêu");
        assertThat(unlocked.changes().get("locked")).containsExactly("true", "false");
        assertThat(unlocked.unitId()).isIn(plan.units());
        var renamed = AuditedChanges.latest(jdbc, "plan", plan.id(), "PlanChanged");
        assertThat(renamed.username()).isEqualTo("demo-admin");
        assertThat(renamed.changes().get("name")).containsExactly(plan.name(), "Kế hoạch đổi tên");
    }
}
