package vn.ishc.oversight;

import vn.ishc.shared.NotFoundException;

/** A training session, visit or follow-up that does not exist or lies outside the caller's scope (404). */
public class OversightNotFound extends NotFoundException {
    public OversightNotFound(String what) {
        super(what);
    }
}
