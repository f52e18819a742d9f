package vn.ishc.activity.health;

import vn.ishc.shared.Refused;

/** A health check, screening or exercise group refused for a reason the user can fix; nothing was recorded. */
public class HealthRefused extends Refused {
    public HealthRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
