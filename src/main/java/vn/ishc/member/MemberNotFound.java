package vn.ishc.member;

import vn.ishc.shared.NotFoundException;

/** No such person or membership, or none the current user may see. */
public class MemberNotFound extends NotFoundException {
    MemberNotFound(String what) {
        super(what);
    }
}
