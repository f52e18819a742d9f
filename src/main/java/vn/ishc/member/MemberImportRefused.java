package vn.ishc.member;

import vn.ishc.shared.Refused;

/**
 * An uploaded member list, or the commit of a pending import, refused as a whole for a reason the user
 * can fix (a missing column, rows in error): nothing was saved.
 */
public class MemberImportRefused extends Refused {
    MemberImportRefused(String messageKey, Object... args) {
        super("file", messageKey, args);
    }
}
