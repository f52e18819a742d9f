package vn.ishc.meeting;

import vn.ishc.shared.Refused;

/** A meeting or sheet refused for a reason the user can fix; nothing was recorded. */
public class MeetingRefused extends Refused {
    public MeetingRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
