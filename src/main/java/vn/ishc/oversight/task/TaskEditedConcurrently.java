package vn.ishc.oversight.task;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the task since the user opened it. */
public class TaskEditedConcurrently extends EditedConcurrently {
    TaskEditedConcurrently() {
        super("agency task changed by someone else");
    }
}
