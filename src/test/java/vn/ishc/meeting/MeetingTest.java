package vn.ishc.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.Payment;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.shared.Vnd;

/** The rules of a meeting and its sheet, at their boundaries, with no Spring. */
class MeetingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate FOUNDED = LocalDate.of(2025, 3, 1);
    static final long LAN = 1, HOA = 2, MAI = 3;
    static final long LAN_LOAN = 70, HOA_LOAN = 71;
    static final Instant AT = Instant.parse("2026-11-29T03:00:00Z");

    static Meeting.Context context() {
        Map<Long, String> members = new LinkedHashMap<>();
        members.put(LAN, "Nguyễn Thị Lan");
        members.put(HOA, "Trần Thị Hoa");
        members.put(MAI, "Lê Thị Mai");
        return new Meeting.Context(TODAY, FOUNDED, true, members, Map.of(LAN_LOAN, LAN, HOA_LOAN, HOA), false);
    }

    static HoldMeeting sheet(LocalDate on, SheetLine... lines) {
        return new HoldMeeting(5, "device-key-0001", on, "Nhà văn hóa", "Sức khỏe", "Thu hội phí", List.of(lines));
    }

    static SheetLine present(long person, long fee) {
        return new SheetLine(person, Attendance.PRESENT, Vnd.of(fee), null, List.of());
    }

    static Meeting hold(HoldMeeting c) {
        return Meeting.hold(c, context(), "thu-quy", AT);
    }

    static void refused(HoldMeeting c, String field, String key) {
        assertThatThrownBy(() -> hold(c)).isInstanceOfSatisfying(MeetingRefused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    static void lineRefused(HoldMeeting c, int line, String field, String reason) {
        assertThatThrownBy(() -> hold(c)).isInstanceOfSatisfying(SheetLineRefused.class, e -> {
            assertThat(e.field()).isEqualTo("lines[" + line + "]." + field);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.messageKey()).isEqualTo("meeting.error.line");
            assertThat(e.args()[0]).isEqualTo(line + 1);
            assertThat(((org.springframework.context.MessageSourceResolvable) e.args()[2]).getCodes())
                    .containsExactly(reason);
        });
    }

    @Test
    void aSheetRecordsEveryMembersAttendanceAndTheMoneyTakenLineByLine() {
        Meeting m = hold(sheet(
                TODAY,
                new SheetLine(
                        LAN,
                        Attendance.PRESENT,
                        Vnd.of(5_000),
                        Vnd.of(10_000),
                        List.of(new Payment(LAN_LOAN, Vnd.of(530_000)))),
                new SheetLine(HOA, Attendance.EXCUSED, Vnd.of(5_000), Vnd.ZERO, List.of())));
        assertThat(m.attendance())
                .containsExactly(
                        new Meeting.Attendee(LAN, Attendance.PRESENT),
                        new Meeting.Attendee(HOA, Attendance.EXCUSED),
                        // Left off the sheet: absent.
                        new Meeting.Attendee(MAI, Attendance.ABSENT));
        assertThat(m.moneyToPost())
                .extracting(t -> t.line() + ":" + t.money().kind() + ":"
                        + t.money().amount().dong())
                .containsExactly("0:FEE:5000", "0:CONTRIBUTION:10000", "0:REPAYMENT:530000", "1:FEE:5000");
        assertThat(m.total(MoneyKind.FEE)).isEqualTo(Vnd.of(10_000));
        assertThat(m.count(Attendance.ABSENT)).isEqualTo(1);
        assertThat(m.standing()).isTrue();
        m.posted(List.of(11L, 12L, 13L, 14L));
        assertThat(m.postings()).containsExactly(11L, 12L, 13L, 14L);
    }

    @Test
    void theMeetingDayIsTodayAtTheLatestAndNotBeforeTheFounding() {
        assertThat(hold(sheet(TODAY)).heldOn()).isEqualTo(TODAY);
        refused(sheet(TODAY.plusDays(1)), "heldOn", "meeting.error.future");
        assertThat(hold(sheet(FOUNDED)).heldOn()).isEqualTo(FOUNDED);
        refused(sheet(FOUNDED.minusDays(1)), "heldOn", "meeting.error.beforeFounding");
        refused(sheet(null), "heldOn", "validation.required");
    }

    @Test
    void oneMeetingADayAndOnlyWhileTheClubIsActive() {
        Meeting.Context c = context();
        assertThatThrownBy(() -> Meeting.hold(
                        sheet(TODAY),
                        new Meeting.Context(c.today(), c.foundedOn(), true, c.members(), c.loans(), true),
                        "x",
                        AT))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.oneADay"));
        assertThatThrownBy(() -> Meeting.hold(
                        sheet(TODAY),
                        new Meeting.Context(c.today(), c.foundedOn(), false, c.members(), c.loans(), false),
                        "x",
                        AT))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.clubNotActive"));
    }

    @Test
    void theDeviceKeyIsEightToSixtyFourSafeCharacters() {
        for (String bad : new String[] {null, "", "1234567", "a".repeat(65), "abc def gh", "khóa-12345"}) {
            refused(new HoldMeeting(5, bad, TODAY, null, null, null, List.of()), "key", "meeting.error.key");
        }
        assertThat(hold(new HoldMeeting(5, "12345678", TODAY, null, null, null, List.of()))
                        .sheetKey())
                .isEqualTo("12345678");
        assertThat(hold(new HoldMeeting(5, "a".repeat(64), TODAY, null, null, null, List.of()))
                        .sheetKey())
                .hasSize(64);
    }

    @Test
    void eachLineIsAMemberOnTheDayOnceWithAnAttendance() {
        lineRefused(sheet(TODAY, present(LAN, 0), present(99, 0)), 1, "personId", "meeting.error.notAMember");
        lineRefused(sheet(TODAY, present(LAN, 0), present(LAN, 0)), 1, "personId", "meeting.error.twice");
        lineRefused(
                sheet(TODAY, new SheetLine(HOA, null, null, null, List.of())),
                0,
                "attendance",
                "meeting.error.attendance");
    }

    @Test
    void amountsAreNotNegativeAndZeroMeansNothingTaken() {
        lineRefused(sheet(TODAY, present(LAN, 0), present(HOA, -1)), 1, "fee", "meeting.error.negative");
        lineRefused(
                sheet(TODAY, new SheetLine(LAN, Attendance.PRESENT, null, Vnd.of(-5), List.of())),
                0,
                "contribution",
                "meeting.error.negative");
        assertThat(hold(sheet(TODAY, present(LAN, 0), present(HOA, 1))).moneyToPost())
                .singleElement()
                .satisfies(t -> assertThat(t.money().amount()).isEqualTo(Vnd.of(1)));
    }

    @Test
    void aRepaymentIsOnlyOfALoanOfThatMemberRunningThatDay() {
        lineRefused(
                sheet(
                        TODAY,
                        new SheetLine(LAN, Attendance.PRESENT, null, null, List.of(new Payment(HOA_LOAN, Vnd.of(1))))),
                0,
                "repayments[0].loanId",
                "meeting.error.notTheirLoan");
        lineRefused(
                sheet(TODAY, new SheetLine(LAN, Attendance.PRESENT, null, null, List.of(new Payment(404, Vnd.of(1))))),
                0,
                "repayments[0].loanId",
                "meeting.error.notTheirLoan");
        lineRefused(
                sheet(
                        TODAY,
                        new SheetLine(
                                LAN,
                                Attendance.PRESENT,
                                null,
                                null,
                                List.of(new Payment(LAN_LOAN, Vnd.of(1)), new Payment(LAN_LOAN, Vnd.of(2))))),
                0,
                "repayments[1].loanId",
                "meeting.error.twice");
    }

    @Test
    void minutesAreBoundedAndBlankIsNothing() {
        Meeting m = hold(new HoldMeeting(5, "device-key-1", TODAY, "  ", "x".repeat(2000), null, List.of()));
        assertThat(m.place()).isNull();
        assertThat(m.topics()).hasSize(2000);
        refused(
                new HoldMeeting(5, "device-key-1", TODAY, "p".repeat(201), null, null, List.of()),
                "place",
                "validation.tooLong");
        refused(
                new HoldMeeting(5, "device-key-1", TODAY, null, null, "d".repeat(2001), List.of()),
                "decisions",
                "validation.tooLong");
    }

    @Test
    void aMeetingIsReversedOnceWithAReasonAndThenNoLongerEdited() {
        Meeting m = hold(sheet(TODAY, present(LAN, 5_000)));
        assertThatThrownBy(() -> m.reverse(TODAY, "  ", "x", AT, TODAY))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.reason"));
        m.reverse(TODAY, " Ghi nhầm ngày ", "x", AT, TODAY);
        assertThat(m.standing()).isFalse();
        assertThat(m.reversal().reason()).isEqualTo("Ghi nhầm ngày");
        assertThatThrownBy(() -> m.reverse(TODAY, "lần nữa", "x", AT, TODAY))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.reversed"));
        assertThatThrownBy(() -> m.editMinutes("a", "b", "c"))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.reversed"));
    }
}
