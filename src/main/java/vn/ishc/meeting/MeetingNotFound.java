package vn.ishc.meeting;

import vn.ishc.shared.NotFoundException;

/** No such meeting in the caller's scope. */
public class MeetingNotFound extends NotFoundException {
    public MeetingNotFound(long id) {
        super("meeting " + id);
    }
}
