package vn.ishc.club;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the club since the user opened it. */
public class ClubEditedConcurrently extends EditedConcurrently {
    ClubEditedConcurrently(long id) {
        super("club " + id + " was changed by someone else");
    }
}
