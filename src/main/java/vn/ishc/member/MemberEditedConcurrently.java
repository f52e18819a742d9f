package vn.ishc.member;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the person since the user opened the form. */
public class MemberEditedConcurrently extends EditedConcurrently {
    MemberEditedConcurrently(long id) {
        super("person " + id);
    }
}
