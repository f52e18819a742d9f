package vn.ishc.oversight.task;

import vn.ishc.shared.NotFoundException;

/** No such agency task. */
public class TaskNotFound extends NotFoundException {
    public TaskNotFound(long id) {
        super("agency task " + id);
    }
}
