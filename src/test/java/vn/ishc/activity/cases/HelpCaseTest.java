package vn.ishc.activity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ishc.activity.cases.CaseCommands.OpenCase;

/** A case's rules at their boundaries, without Spring. */
class HelpCaseTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate FOUNDED = LocalDate.of(2020, 3, 1);
    static final Instant AT = Instant.parse("2026-11-29T03:00:00Z");
    static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    static HelpCase open() {
        return HelpCase.open(
                new OpenCase(
                        7, null, "Bà Y Hoa (hàng xóm)", CaseKind.HEALTH_INSURANCE_CARD, OPENED, "Làm lại thẻ BHYT"),
                null,
                TODAY,
                FOUNDED,
                "u",
                AT);
    }

    @Test
    void aCaseIsForAMemberOrANeighbourOpenedNotInTheFutureNorBeforeTheFounding() {
        assertThat(open().helpedName()).isEqualTo("Bà Y Hoa (hàng xóm)");
        assertThat(open().member()).isFalse();
        HelpCase m = HelpCase.open(
                new OpenCase(7, 5L, null, CaseKind.LEGAL_ADVICE, TODAY, null), "Lê Thị Mai", TODAY, FOUNDED, "u", AT);
        assertThat(m.helpedName()).isEqualTo("Lê Thị Mai");
        assertThatThrownBy(() -> HelpCase.open(
                        new OpenCase(7, 5L, null, CaseKind.OTHER, TODAY, null), null, TODAY, FOUNDED, "u", AT))
                .hasMessage("case.error.notAMember");
        assertThatThrownBy(() -> HelpCase.open(
                        new OpenCase(7, null, " ", CaseKind.OTHER, TODAY, null), null, TODAY, FOUNDED, "u", AT))
                .hasMessage("validation.required");
        assertThatThrownBy(() ->
                        HelpCase.open(new OpenCase(7, null, "A", null, TODAY, null), null, TODAY, FOUNDED, "u", AT))
                .hasMessage("validation.required");
        assertThatThrownBy(() -> HelpCase.open(
                        new OpenCase(7, null, "A", CaseKind.OTHER, TODAY.plusDays(1), null),
                        null,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("case.error.future");
        assertThatThrownBy(() -> HelpCase.open(
                        new OpenCase(7, null, "A", CaseKind.OTHER, FOUNDED.minusDays(1), null),
                        null,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("case.error.beforeFounding");
    }

    @Test
    void stepsGoForwardInTimeAndStopWhenTheCaseIsClosed() {
        HelpCase c = open();
        assertThatThrownBy(() -> c.addStep(OPENED.minusDays(1), "Hỏi UBND", TODAY))
                .hasMessage("case.error.beforeLast");
        c.addStep(OPENED, "Hướng dẫn làm hồ sơ", TODAY);
        c.addStep(OPENED.plusDays(10), "Nộp hồ sơ tại UBND phường", TODAY);
        assertThatThrownBy(() -> c.addStep(OPENED.plusDays(9), "x", TODAY)).hasMessage("case.error.beforeLast");
        assertThatThrownBy(() -> c.addStep(TODAY.plusDays(1), "x", TODAY)).hasMessage("case.error.future");
        assertThatThrownBy(() -> c.addStep(TODAY, " ", TODAY)).hasMessage("validation.required");
        assertThatThrownBy(() -> c.close(OPENED.plusDays(9), "Đã có thẻ", TODAY))
                .hasMessage("case.error.beforeLast");
        assertThatThrownBy(() -> c.close(OPENED.plusDays(10), " ", TODAY)).hasMessage("validation.required");
        c.close(OPENED.plusDays(10), "Đã nhận thẻ BHYT", TODAY);
        assertThat(c.closed()).isTrue();
        assertThatThrownBy(() -> c.addStep(TODAY, "x", TODAY)).hasMessage("case.error.closed");
        assertThatThrownBy(() -> c.close(TODAY, "x", TODAY)).hasMessage("case.error.closed");
    }

    @Test
    void kindsCountInTheirAreas() {
        assertThat(CaseKind.SOCIAL_ALLOWANCE.area()).isEqualTo("RIGHTS");
        assertThat(CaseKind.HEALTH_INSURANCE_CARD.area()).isEqualTo("RIGHTS");
        assertThat(CaseKind.LEGAL_ADVICE.area()).isEqualTo("RIGHTS");
        assertThat(CaseKind.EMERGENCY_SUPPORT.area()).isEqualTo("SELF_HELP");
        assertThat(CaseKind.OTHER.area()).isEqualTo("SELF_HELP");
    }
}
