package vn.ishc.report.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.ishc.report.MonthlyReportChanged;
import vn.ishc.report.MonthlyReportRefused;
import vn.ishc.report.ReportState;

/** The monthly report's chain without Spring: which state each step needs, who may take it, what it keeps. */
class MonthlyReportTest {
    static final YearMonth MARCH = YearMonth.of(2025, 3);
    static final YearMonth NOW = YearMonth.of(2025, 4);
    static final Instant AT = Instant.parse("2025-04-02T03:00:00Z");
    static final MonthlyReport.Actor BOARD = new MonthlyReport.Actor("board", true, false, false, false);
    static final MonthlyReport.Actor WARD = new MonthlyReport.Actor("ward", false, true, false, false);
    static final MonthlyReport.Actor CITY = new MonthlyReport.Actor("city", false, false, true, true);
    static final MonthlyReport.Actor ADMIN = new MonthlyReport.Actor("admin", true, true, true, true);

    MonthlyReport report = MonthlyReport.notStarted(7, 42, MARCH);

    @Test
    void submittedReturnedResubmittedApprovedAcceptedUnlockedAndResubmitted() {
        assertThat(report.state()).isEqualTo(ReportState.NOT_STARTED);
        report.submit(BOARD, "  Tháng này sinh hoạt đều  ", "{\"v\":1}", NOW, AT);
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(report.narrative()).isEqualTo("Tháng này sinh hoạt đều");
        report.returnForChanges(WARD, "Thiếu số liệu quỹ", AT);
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
        assertThat(report.locked()).isFalse();
        report.submit(BOARD, "Đã bổ sung", "{\"v\":2}", NOW, AT);
        report.approve(WARD, null, AT);
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.locked()).isTrue();
        report.accept(CITY, null, AT);
        assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(report.locked()).isTrue();
        report.unlock(CITY, "Sửa phiếu thu ghi nhầm ngày", AT);
        assertThat(report.state()).isEqualTo(ReportState.REOPENED);
        assertThat(report.locked()).isFalse();
        report.submit(BOARD, "Bản sửa", "{\"v\":3}", NOW, AT);

        assertThat(report.steps())
                .extracting(MonthlyReport.Step::action)
                .containsExactly(
                        MonthlyReport.Action.SUBMITTED,
                        MonthlyReport.Action.RETURNED,
                        MonthlyReport.Action.SUBMITTED,
                        MonthlyReport.Action.APPROVED,
                        MonthlyReport.Action.ACCEPTED,
                        MonthlyReport.Action.UNLOCKED,
                        MonthlyReport.Action.SUBMITTED);
        // The version approved stays in the history, unchanged by the resubmission after the unlock.
        assertThat(report.approvedSubmissions()).singleElement().satisfies(s -> {
            assertThat(s.content()).isEqualTo("{\"v\":2}");
            assertThat(s.narrative()).isEqualTo("Đã bổ sung");
        });
        assertThat(report.latestSubmission().orElseThrow().content()).isEqualTo("{\"v\":3}");
        assertThat(report.steps().get(1).comment()).isEqualTo("Thiếu số liệu quỹ");
        assertThat(report.steps().get(5).by()).isEqualTo("city");
    }

    @Test
    void eachStepNeedsItsRole() {
        assertThatThrownBy(() -> report.submit(WARD, null, "{}", NOW, AT)).isInstanceOf(AccessDeniedException.class);
        report.submit(BOARD, null, "{}", NOW, AT);
        assertThatThrownBy(() -> report.approve(BOARD, null, AT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.returnForChanges(CITY, "x", AT)).isInstanceOf(AccessDeniedException.class);
        report.approve(WARD, null, AT);
        assertThatThrownBy(() -> report.accept(WARD, null, AT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.unlock(WARD, "x", AT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.unlock(BOARD, "x", AT)).isInstanceOf(AccessDeniedException.class);
        report.unlock(ADMIN, "lý do", AT);
        assertThat(report.state()).isEqualTo(ReportState.REOPENED);
    }

    @Test
    void eachStepNeedsItsState() {
        assertThatThrownBy(() -> report.approve(WARD, null, AT)).isInstanceOf(MonthlyReportChanged.class);
        assertThatThrownBy(() -> report.accept(CITY, null, AT)).isInstanceOf(MonthlyReportChanged.class);
        assertThatThrownBy(() -> report.unlock(ADMIN, "x", AT)).isInstanceOf(MonthlyReportChanged.class);
        report.submit(BOARD, null, "{}", NOW, AT);
        assertThatThrownBy(() -> report.submit(BOARD, null, "{}", NOW, AT)).isInstanceOf(MonthlyReportChanged.class);
        assertThatThrownBy(() -> report.accept(CITY, null, AT)).isInstanceOf(MonthlyReportChanged.class);
        report.approve(WARD, null, AT);
        assertThatThrownBy(() -> report.approve(WARD, null, AT)).isInstanceOf(MonthlyReportChanged.class);
        assertThatThrownBy(() -> report.returnForChanges(WARD, "x", AT)).isInstanceOf(MonthlyReportChanged.class);
        assertThatThrownBy(() -> report.submit(BOARD, null, "{}", NOW, AT)).isInstanceOf(MonthlyReportChanged.class);
    }

    @Test
    void aReturnNeedsACommentAnUnlockAReasonAndAFutureMonthCannotBeSubmitted() {
        assertThatThrownBy(() -> report.submit(BOARD, null, "{}", YearMonth.of(2025, 2), AT))
                .isInstanceOf(MonthlyReportRefused.class)
                .hasMessage("report.error.futureMonth");
        report.submit(BOARD, null, "{}", MARCH, AT);
        assertThatThrownBy(() -> report.returnForChanges(WARD, "   ", AT))
                .isInstanceOf(MonthlyReportRefused.class)
                .hasMessage("report.error.commentRequired");
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
        report.approve(WARD, null, AT);
        assertThatThrownBy(() -> report.unlock(ADMIN, null, AT))
                .isInstanceOf(MonthlyReportRefused.class)
                .hasMessage("report.error.reasonRequired");
        assertThat(report.locked()).isTrue();
        assertThatThrownBy(() -> report.approve(WARD, "x".repeat(MonthlyReport.MAX_TEXT + 1), AT))
                .isInstanceOf(MonthlyReportChanged.class);
    }
}
