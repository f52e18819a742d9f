package vn.ishc.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingHomeTest {
    @Test
    void theNextMeetingIsThisMonthsDayUnlessPastOrHeldThenNextMonths() {
        LocalDate today = LocalDate.of(2026, 1, 20);
        assertThat(MeetingHome.nextMeeting(25, today, false)).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(MeetingHome.nextMeeting(20, today, false)).isEqualTo(today);
        assertThat(MeetingHome.nextMeeting(25, today, true)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(MeetingHome.nextMeeting(10, today, false)).isEqualTo(LocalDate.of(2026, 2, 10));
        // The 31st in February is its last day.
        assertThat(MeetingHome.nextMeeting(31, today, true)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(MeetingHome.nextMeeting(null, today, false)).isNull();
    }
}
