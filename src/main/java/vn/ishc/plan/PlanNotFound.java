package vn.ishc.plan;

import vn.ishc.shared.NotFoundException;

/** No such plan, or (for a unit) none the current user may see. */
public class PlanNotFound extends NotFoundException {
    PlanNotFound(String what) {
        super(what);
    }
}
