package vn.ishc.member;

import vn.ishc.shared.Refused;

/** A member change refused for a reason the user can fix. */
public class MemberRefused extends Refused {
    MemberRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
