package vn.ishc.activity.health;

import vn.ishc.shared.NotFoundException;

/** No such health check or exercise group in the caller's scope. */
public class HealthCheckNotFound extends NotFoundException {
    public HealthCheckNotFound(String what) {
        super(what);
    }
}
