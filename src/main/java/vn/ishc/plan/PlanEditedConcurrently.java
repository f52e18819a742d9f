package vn.ishc.plan;

import vn.ishc.shared.EditedConcurrently;

/** The plan changed since the form was opened. */
public class PlanEditedConcurrently extends EditedConcurrently {
    PlanEditedConcurrently(long id) {
        super("plan " + id);
    }
}
