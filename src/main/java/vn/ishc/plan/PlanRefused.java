package vn.ishc.plan;

import vn.ishc.shared.Refused;

/** A plan change, or an indicator question, refused for a reason the user can fix. */
public class PlanRefused extends Refused {
    PlanRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
