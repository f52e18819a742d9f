package vn.ishc.activity;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the activity since the user opened it. */
public class ActivityEditedConcurrently extends EditedConcurrently {
    ActivityEditedConcurrently() {
        super("activity changed by someone else");
    }
}
