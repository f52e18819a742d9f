package vn.ishc.member;

import vn.ishc.shared.NotFoundException;

/** No such pending import or row, or none the current user may change. */
public class MemberImportNotFound extends NotFoundException {
    MemberImportNotFound(String what) {
        super(what);
    }
}
