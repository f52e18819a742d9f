package vn.ishc.funding;

import vn.ishc.shared.NotFoundException;

/** No such resource entry in the caller's scope. */
public class ResourceNotFound extends NotFoundException {
    public ResourceNotFound(long id) {
        super("resource " + id);
    }
}
