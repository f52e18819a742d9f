package vn.ishc.activity.care;

import vn.ishc.shared.Refused;

/** A home-care record refused for a reason the user can fix; nothing was recorded. */
public class CareRefused extends Refused {
    public CareRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
