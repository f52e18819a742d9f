package vn.ishc.activity;

import vn.ishc.shared.Refused;

/** An activity refused for a reason the user can fix; nothing was recorded. */
public class ActivityRefused extends Refused {
    public ActivityRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
