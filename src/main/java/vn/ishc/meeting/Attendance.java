package vn.ishc.meeting;

/** A member's attendance at a meeting. Labels: {@code meeting.attendance.<NAME>}. */
public enum Attendance {
    PRESENT,
    /** Absent with leave (báo vắng). */
    EXCUSED,
    ABSENT
}
