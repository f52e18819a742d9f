package vn.ishc.oversight;

import vn.ishc.shared.Refused;

/** A training, visit, follow-up or checklist change refused for a reason the user can fix. */
public class OversightRefused extends Refused {
    public OversightRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
