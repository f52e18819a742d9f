package vn.ishc.activity.care;

import vn.ishc.shared.NotFoundException;

/** No such volunteer, care recipient or pairing in the caller's scope. */
public class CareNotFound extends NotFoundException {
    public CareNotFound(String what) {
        super(what);
    }
}
