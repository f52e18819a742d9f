package vn.ishc.area;

import vn.ishc.shared.EditedConcurrently;

/** Someone else corrected the change since the administrator opened it. */
public class UnitChangeEditedConcurrently extends EditedConcurrently {
    UnitChangeEditedConcurrently(long id) {
        super("unit change " + id);
    }
}
