package vn.ishc.funding;

import vn.ishc.shared.Refused;

/** A resource entry refused for a reason the user can fix; nothing was recorded. */
public class ResourceRefused extends Refused {
    public ResourceRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
