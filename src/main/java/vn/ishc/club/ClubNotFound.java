package vn.ishc.club;

import vn.ishc.shared.NotFoundException;

/** No such club, or none the current user may see. */
public class ClubNotFound extends NotFoundException {
    ClubNotFound(long id) {
        super("club " + id);
    }
}
