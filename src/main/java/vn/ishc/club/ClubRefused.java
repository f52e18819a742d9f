package vn.ishc.club;

import vn.ishc.shared.Refused;

/** A club change refused for a reason the user can fix. */
public class ClubRefused extends Refused {
    ClubRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
