package vn.ishc.activity;

import vn.ishc.shared.NotFoundException;

/** No such activity in the caller's scope. */
public class ActivityNotFound extends NotFoundException {
    public ActivityNotFound(long id) {
        super("activity " + id);
    }
}
