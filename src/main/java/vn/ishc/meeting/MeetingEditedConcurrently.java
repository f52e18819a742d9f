package vn.ishc.meeting;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the meeting (or the club's dues) since the user opened it. */
public class MeetingEditedConcurrently extends EditedConcurrently {
    MeetingEditedConcurrently() {
        super("meeting changed by someone else");
    }
}
