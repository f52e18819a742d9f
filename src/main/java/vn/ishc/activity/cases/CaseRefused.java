package vn.ishc.activity.cases;

import vn.ishc.shared.Refused;

/** A self-help or rights case refused for a reason the user can fix; nothing was recorded. */
public class CaseRefused extends Refused {
    public CaseRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
