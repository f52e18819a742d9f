package vn.ishc.plan;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ishc.shared.WriteGuard;

/**
 * A write to a plan ({@code /plans/{id}/...}, {@code /api/v1/plans/{id}/unit-targets}) is decided before its body
 * is read: every plan is read by everyone; only those who may change it ({@link PlanService#mayEdit}) write.
 */
@Component
class PlanWriteGuard implements WriteGuard {
    private final PlanService plans;

    PlanWriteGuard(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Set<String> collections() {
        return Set.of("plans");
    }

    @Override
    public void check(String collection, long id, boolean write) {
        Plan p = plans.get(id);
        if (write && !plans.mayEdit(p)) throw new AccessDeniedException("plan " + id);
    }
}
