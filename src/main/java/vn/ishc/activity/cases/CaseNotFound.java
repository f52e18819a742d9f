package vn.ishc.activity.cases;

import vn.ishc.shared.NotFoundException;

/** No such case in the caller's scope. */
public class CaseNotFound extends NotFoundException {
    public CaseNotFound(long id) {
        super("help case " + id);
    }
}
