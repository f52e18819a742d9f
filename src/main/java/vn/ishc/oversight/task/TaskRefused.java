package vn.ishc.oversight.task;

import vn.ishc.shared.Refused;

/** A change of a task refused for a reason the user can fix; nothing was saved. */
public class TaskRefused extends Refused {
    public TaskRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
